import Foundation
import Testing
import TestSupport

/// The synthetic 60,056-patient cohort of `../shared/oracles/make_cohort.py` (default seed, four-decimal times),
/// generated once per test run into a temporary folder and checked against the oracle's md5
/// (`oracles/ref/synthetic/md5_seed20240601.txt`); it is never stored.
enum SyntheticCohortFile {
    /// The generated file, or `nil` when it cannot be generated with the oracle's md5.
    static let url: URL? = generate()

    static let skipMessage: Comment =
        "skipped: the synthetic cohort could not be generated with the oracle's md5 (needs ../shared, python3 with numpy, md5sum)"

    private static func generate() -> URL? {
        guard SharedData.isAvailable,
              let expected = try? SharedData.dataLines("oracles/ref/synthetic/md5_seed20240601.txt")
                .first(where: { $0.hasSuffix(" syn.tsv") })?.split(separator: " ").first.map(String.init) else { return nil }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keapnrf-cohortanalysis-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let output = directory.appendingPathComponent("synthetic.tsv")
        guard run(["python3", SharedData.url("oracles/make_cohort.py").path, "--out", output.path,
                   "--variants", SharedData.url("cohorts/tcga_mc3_keap1_nfe2l2_variants.tsv").path]) != nil,
              let md5 = run(["md5sum", output.path])?.split(separator: " ").first.map(String.init), md5 == expected else { return nil }
        return output
    }

    private static func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only when the synthetic cohort was generated with the oracle's md5.
    static var requiresSyntheticCohort: Self { .enabled(if: SyntheticCohortFile.url != nil, SyntheticCohortFile.skipMessage) }
}
