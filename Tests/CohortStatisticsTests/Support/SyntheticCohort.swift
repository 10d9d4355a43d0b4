import Foundation
import Testing
import TestSupport
@testable import CohortStatistics

/// The synthetic 60,056-patient C-CAT-like cohort, generated once per test run with
/// `../shared/oracles/make_cohort.py` (it is never stored) and checked against the md5 sums in
/// `oracles/ref/synthetic/md5_seed20240601.txt`.
enum SyntheticCohort {
    /// A generated cohort file.
    struct Generated: Sendable {
        var url: URL
        var md5: String
        var expectedMD5: String
        var matches: Bool { md5 == expectedMD5 }
    }

    /// Four-decimal times (few ties), as `LUAD_KEAP1_R.json` and the truth checks use.
    static let standard = generate(timeDecimals: 4, expectedName: "syn.tsv")
    /// Whole-month times (many ties), as `LUAD_KEAP1_ties_R.json` uses.
    static let ties = generate(timeDecimals: 0, expectedName: "syn_ties.tsv")

    /// True when the standard cohort was generated and is byte-identical to the oracle's.
    static var standardIsUsable: Bool { (try? standard.get())?.matches ?? false }
    /// True when the tied-times cohort was generated and is byte-identical to the oracle's.
    static var tiesIsUsable: Bool { (try? ties.get())?.matches ?? false }

    static let skipMessage: Comment =
        "skipped: the synthetic cohort could not be generated with a matching md5 (needs ../shared, python3 with numpy, md5sum)"

    /// The standard cohort as a table (loaded once).
    static let standardTable: CohortTable? = {
        guard let generated = try? standard.get() else { return nil }
        return try? CohortTable(contentsOf: generated.url)
    }()

    /// The tied-times cohort as a table (loaded once).
    static let tiesTable: CohortTable? = {
        guard let generated = try? ties.get() else { return nil }
        return try? CohortTable(contentsOf: generated.url)
    }()

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static func generate(timeDecimals: Int, expectedName: String) -> Result<Generated, Failure> {
        guard SharedData.isAvailable else { return .failure(Failure(description: "no ../shared")) }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("keapnrf-cohortstatistics-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let output = directory.appendingPathComponent("synthetic_\(timeDecimals).tsv")
        let script = SharedData.url("oracles/make_cohort.py").path
        let variants = SharedData.url("cohorts/tcga_mc3_keap1_nfe2l2_variants.tsv").path
        guard run(["python3", script, "--out", output.path, "--variants", variants,
                   "--time-decimals", String(timeDecimals)]) != nil else {
            return .failure(Failure(description: "make_cohort.py failed (python3 with numpy needed)"))
        }
        guard let md5Output = run(["md5sum", output.path]),
              let md5 = md5Output.split(separator: " ").first.map(String.init) else {
            return .failure(Failure(description: "md5sum failed"))
        }
        let expectedLines = (try? SharedData.dataLines("oracles/ref/synthetic/md5_seed20240601.txt")) ?? []
        let expected = expectedLines.first { $0.hasSuffix(expectedName) }?.split(separator: " ").first.map(String.init) ?? ""
        return .success(Generated(url: output, md5: md5, expectedMD5: expected))
    }

    /// Runs a command found on PATH; its standard output, or `nil` when it failed.
    private static func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LD_LIBRARY_PATH"] = nil
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only when the standard synthetic cohort matches the oracle's md5.
    static var requiresSyntheticCohort: Self {
        .enabled(if: SyntheticCohort.standardIsUsable, SyntheticCohort.skipMessage)
    }

    /// Runs the test only when the tied-times synthetic cohort matches the oracle's md5.
    static var requiresSyntheticTiesCohort: Self {
        .enabled(if: SyntheticCohort.tiesIsUsable, SyntheticCohort.skipMessage)
    }
}
