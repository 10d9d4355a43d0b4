import CohortStatistics
import Foundation

/// The benchmarked work: read the cohort table, keep one cancer type (or all patients), and
/// fit Kaplan–Meier per group, the log-rank test, a Cox model of one gene adjusted for age and
/// sex, and the proportional-hazards test.
public enum CohortWorkload {
    /// What to analyse.
    public struct Request: Sendable {
        /// The OncoTree code to keep, or `nil` for all patients.
        public var cancerType: String?
        /// `KEAP1` or `NFE2L2`.
        public var gene: String

        /// Creates a request.
        public init(cancerType: String?, gene: String = "KEAP1") {
            self.cancerType = cancerType
            self.gene = gene
        }
    }

    /// Runs the whole analysis on the cohort file.
    public static func run(cohort: URL, request: Request) throws -> AnalysisResult {
        let table = try CohortTable(contentsOf: cohort)
        return try analyse(table: table, request: request)
    }

    /// Runs the analysis on an already loaded table.
    public static func analyse(table: CohortTable, request: Request) throws -> AnalysisResult {
        let design = SurvivalDesign(
            timeColumn: "OS_MONTHS", eventColumn: "OS_STATUS", groupColumn: "\(request.gene)_status",
            referenceGroup: "WT", covariates: [.numeric(column: "age"), .numeric(column: "male")],
            filters: request.cancerType.map { [RowFilter(column: "oncotree_code", values: [$0])] } ?? [])
        return try SurvivalAnalysis.run(table: table, design: design, options: AnalysisOptions(times: [6, 12, 24]))
    }

    /// One line with the key numbers, to check a run against R's.
    public static func summary(_ result: AnalysisResult) -> String {
        let hr = result.cox.hr.map { String(format: "%.6f", $0) } ?? "NA"
        let chisq = result.logrank.chisq.map { String(format: "%.6f", $0) } ?? "NA"
        let zph = result.phTest.global.map { String(format: "%.6f", $0.statistic) } ?? "NA"
        return "n=\(result.n) HR=\(hr) chisq=\(chisq) zph=\(zph)"
    }
}

/// Finds the synthetic 60,056-patient cohort: the file named by `KEAPNRF_SYNTHETIC_COHORT`, or
/// one generated with `../shared/oracles/make_cohort.py` (python3 with numpy).
public enum SyntheticCohortFile {
    /// Why no cohort file is available.
    public struct Unavailable: Error, CustomStringConvertible {
        /// The reason.
        public var description: String
    }

    /// The cohort file, generating it into the temporary folder when needed.
    public static func locate(benchmarksDirectory: URL) throws(Unavailable) -> URL {
        if let path = ProcessInfo.processInfo.environment["KEAPNRF_SYNTHETIC_COHORT"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let shared = benchmarksDirectory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("keapnrf-synthetic-cohort.tsv")
        if FileManager.default.fileExists(atPath: output.path) { return output }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", shared.appendingPathComponent("oracles/make_cohort.py").path, "--out", output.path,
            "--variants", shared.appendingPathComponent("cohorts/tcga_mc3_keap1_nfe2l2_variants.tsv").path,
        ]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            throw Unavailable(description: "cannot run make_cohort.py: \(error)")
        }
        guard process.terminationStatus == 0 else {
            throw Unavailable(description: "make_cohort.py failed; set KEAPNRF_SYNTHETIC_COHORT to a generated cohort file")
        }
        return output
    }
}
