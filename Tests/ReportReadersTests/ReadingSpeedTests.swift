import Foundation
import ReportReaders
import Testing
import TestSupport

/// Reading a FoundationOne report (safe libxml2 parse, tree copy, model) is a small part of annotating it.
@Suite("Reading speed", .serialized)
struct ReadingSpeedTests {
    /// A loose ceiling that holds for an unoptimised debug build on a busy machine. Measured on the 2-core
    /// development machine: the 148 KB real FoundationOne sample reads in about 2.2 ms with a release build
    /// and about 4 ms with a debug build, the 4 KB examples in 0.1–0.2 ms
    /// (`swift test [-c release -Xswiftc -enable-testing] --filter ReadingSpeed`).
    static let ceilingMilliseconds = 100.0

    static func meanMilliseconds(_ data: Data, rounds: Int) throws -> Double {
        let clock = ContinuousClock()
        var variants = 0
        let elapsed = try clock.measure {
            for _ in 0..<rounds { variants += try ReportReader.read(data, file: "speed.xml").report.shortVariants.count }
        }
        #expect(variants > 0)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return seconds * 1000 / Double(rounds)
    }

    @Test("mean read time of the real FoundationOne sample stays under the ceiling", .requiresSharedData)
    func foundationSample() throws {
        let data = try ReaderTestSupport.sharedReport("njalloul90_Foundation_Medicine_XML_DataExtraction__sampleFoundation.xml")
        let milliseconds = try Self.meanMilliseconds(data, rounds: 200)
        print("FoundationOne sample (\(data.count) bytes): mean read time \(String(format: "%.3f", milliseconds)) ms over 200 reads")
        #expect(milliseconds < Self.ceilingMilliseconds)
    }

    @Test("mean read time of the FoundationOne examples stays under the ceiling")
    func examples() throws {
        for name in ["f1cdx-lusc-nfe2l2-e79k.xml", "f1cdx-luad-keap1-g333c-stk11-kras.xml"] {
            let data = try ReaderTestSupport.example(name)
            let milliseconds = try Self.meanMilliseconds(data, rounds: 200)
            print("\(name) (\(data.count) bytes): mean read time \(String(format: "%.3f", milliseconds)) ms over 200 reads")
            #expect(milliseconds < Self.ceilingMilliseconds)
        }
    }
}
