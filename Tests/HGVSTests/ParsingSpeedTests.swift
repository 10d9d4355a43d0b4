import Foundation
import HGVS
import Testing
import TestSupport

/// Parsing runs once per reported variant; it must stay far below the cost of reading a report.
@Suite("Parsing speed")
struct ParsingSpeedTests {
    /// A loose ceiling that holds even for an unoptimised debug build on a busy machine; a release
    /// build parses them in about 0.4 µs each and a debug build in about 5 µs (this machine,
    /// `swift test [-c release] --filter ParsingSpeed`).
    static let ceilingMicroseconds = 100.0

    @Test("Mean parse time over the corpus strings stays under the ceiling", .requiresSharedData)
    func meanParseTime() throws {
        let strings = try SharedData.dataLines("oracles/hgvs_corpus/flat_valid.txt")
            + OracleRecord.load("oracles/ref/tcga_mc3_hgvsp_short.jsonl").map(\.input)
            + OracleRecord.load("oracles/ref/tcga_mc3_hgvsc.jsonl").map(\.input)
        let rounds = 20
        var parsed = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for string in strings where (try? HGVSParser.parse(string)) != nil { parsed += 1 }
            }
        }
        #expect(parsed == strings.count * rounds)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let microseconds = seconds * 1e6 / Double(strings.count * rounds)
        print("mean parse time: \(String(format: "%.2f", microseconds)) µs over \(strings.count) strings × \(rounds)")
        #expect(microseconds < Self.ceilingMicroseconds)
    }
}
