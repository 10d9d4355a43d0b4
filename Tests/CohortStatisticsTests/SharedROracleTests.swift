import CohortStatistics
import Foundation
import Testing
import TestSupport

/// Kaplan–Meier, log-rank and Cox results against R survival 3.5-3 (`../shared/oracles/ref`),
/// each run with the subset, grouping and event coding of `survival_oracle.R`'s invocation.
@Suite("Shared R survival oracle", .requiresSharedData)
struct SharedROracleTests {
    /// One oracle run: which file and columns R analysed.
    struct Case: CustomTestStringConvertible, Sendable {
        var oracle: String
        var input: String
        var time: String
        var event: String
        var group: String
        var reference: String
        var covariates: [String] = []
        var subset: RowFilter?
        var times: [Double]
        var synthetic: SyntheticInput = .none

        enum SyntheticInput: Sendable { case none, standard, ties }

        var testDescription: String { oracle }
    }

    static let cases: [Case] = [
        Case(oracle: "oracles/ref/lung_R.json", input: "oracles/ref/lung.tsv", time: "time", event: "event",
             group: "group", reference: "male", times: [180, 365, 730]),
        Case(oracle: "oracles/ref/rossi_R.json", input: "oracles/ref/rossi.tsv", time: "time", event: "event",
             group: "group", reference: "nofin", covariates: ["age", "prio"], times: [20, 40, 52]),
    ] + [("LUAD", "KEAP1", "LUAD_R"), ("LUAD", "NFE2L2", "LUAD_NFE2L2_R"), ("LUSC", "KEAP1", "LUSC_KEAP1_R"),
         ("LUSC", "NFE2L2", "LUSC_NFE2L2_R"), ("ESCC", "NFE2L2", "ESCC_NFE2L2_R"), ("HNSC", "NFE2L2", "HNSC_NFE2L2_R")]
        .map { code, gene, file in
            Case(oracle: "oracles/ref/tcga/\(file).json", input: "cohorts/tcga_keap1_nfe2l2_os.tsv",
                 time: "OS_MONTHS", event: "OS_STATUS", group: "\(gene)_status", reference: "WT",
                 subset: RowFilter(column: "oncotree_code", values: [code]), times: [12, 24, 36, 60])
        }

    static let syntheticCases: [Case] = [("LUAD", "KEAP1", "LUAD_KEAP1_R", Case.SyntheticInput.standard),
                                         ("ESCC", "NFE2L2", "ESCC_NFE2L2_R", .standard),
                                         ("LUSC", "NFE2L2", "LUSC_NFE2L2_R", .standard),
                                         ("LUAD", "KEAP1", "LUAD_KEAP1_ties_R", .ties)]
        .map { code, gene, file, input in
            Case(oracle: "oracles/ref/synthetic/\(file).json", input: "", time: "OS_MONTHS", event: "OS_STATUS",
                 group: "\(gene)_status", reference: "WT", covariates: ["age", "male"],
                 subset: RowFilter(column: "oncotree_code", values: [code]), times: [6, 12, 24], synthetic: input)
        }

    @Test("KM, log-rank and Cox (Efron, Breslow) equal R", arguments: cases)
    func sharedCohort(_ testCase: Case) throws {
        let table = try CohortTable(contentsOf: SharedData.url(testCase.input))
        try compare(testCase, table: table)
    }

    @Test("Synthetic cohort subsets equal R", .requiresSyntheticCohort, .requiresSyntheticTiesCohort,
          arguments: syntheticCases)
    func syntheticCohort(_ testCase: Case) throws {
        let table = try #require(testCase.synthetic == .ties ? SyntheticCohort.tiesTable : SyntheticCohort.standardTable)
        try compare(testCase, table: table)
    }

    private func compare(_ testCase: Case, table: CohortTable) throws {
        let oracle = try ROracleOutput.load(testCase.oracle)
        let design = SurvivalDesign(
            timeColumn: testCase.time, eventColumn: testCase.event, groupColumn: testCase.group,
            referenceGroup: testCase.reference, covariates: testCase.covariates.map { .numeric(column: $0) },
            filters: testCase.subset.map { [$0] } ?? [])
        var comparison = OracleComparison(testCase.oracle)
        for (transform, ties) in [(ConfidenceTransform.log, TiesMethod.efron), (.logLog, .breslow)] {
            let options = AnalysisOptions(times: testCase.times, confidenceTransform: transform, ties: ties)
            let result = try SurvivalAnalysis.run(table: table, design: design, options: options)
            comparison.count("rows selected", result.rowsSelected, oracle.n_input)
            comparison.count("n used", result.n, oracle.n_used)
            comparison.count("rows excluded", result.excluded.count, oracle.n_input - oracle.n_used)
            comparison.count("events", result.events, oracle.events)
            #expect(result.groups.map(\.name) == oracle.groups)
            // Every oracle field the comparison needs must be there: a missing one fails the test.
            let km = transform == .log ? oracle.km : try #require(oracle.km_loglog, "\(testCase.oracle): no km_loglog")
            ROracleCheck.kaplanMeier(&comparison, result, km, label: "\(transform.rawValue) CI")
            ROracleCheck.logRank(&comparison, result.logrank, try #require(oracle.logrank, "\(testCase.oracle): no logrank"))
            let cox = try #require(oracle.cox?[ties.rawValue], "\(testCase.oracle): no \(ties.rawValue) Cox fit")
            ROracleCheck.cox(&comparison, result.cox, cox, groupColumn: testCase.group)
        }
        comparison.finish()
    }
}
