import CohortStatistics
import Foundation
import Testing
import TestSupport

/// Results against `Fixtures/extra_survival_R.json`, written by R 4.2.2 / survival 3.5-3 with
/// `Oracles/extra_survival_oracle.R`: cox.zph, strata, three groups, `plain` and `log-log`
/// intervals, S(t) at 0 and beyond the last observation, the median's averaging rule, timefix,
/// medians not reached, and perfect separation.
@Suite("Extra R survival oracle")
struct ExtraROracleTests {
    /// Where each oracle case's rows come from.
    enum Source: Sendable {
        case shared(String)
        case synthetic(ties: Bool, codes: [String])
        case fixture(String)
    }

    static let sources: [String: Source] = [
        "lung": .shared("oracles/ref/lung.tsv"),
        "rossi": .shared("oracles/ref/rossi.tsv"),
        "luad_keap1": .synthetic(ties: false, codes: ["LUAD"]),
        "luad_keap1_ties": .synthetic(ties: true, codes: ["LUAD"]),
        "lung_types_stratified": .synthetic(ties: false, codes: ["LUAD", "LUSC", "SCLC", "NSCLC"]),
        "three_types": .synthetic(ties: false, codes: ["LUAD", "LUSC", "SCLC"]),
        "halfway": .fixture("halfway"),
        "timefix": .fixture("timefix"),
        "notreached": .fixture("notreached"),
        "separation": .fixture("separation"),
    ]

    static var sharedCaseNames: [String] { ["lung", "rossi"] }
    static var syntheticCaseNames: [String] { ["luad_keap1", "luad_keap1_ties", "lung_types_stratified", "three_types"] }
    static var fixtureCaseNames: [String] { ["halfway", "timefix", "notreached", "separation"] }

    @Test("Fixture was written by R survival 3.5-3")
    func fixtureEngine() throws {
        let oracle = try #require(ExtraOracle.shared, "Fixtures/extra_survival_R.json is missing or unreadable")
        #expect(oracle.engine == "R 4.2.2 survival 3.5.3")
        #expect(oracle.cases.count == Self.sources.count)
    }

    @Test("Hand-made data sets equal R", arguments: fixtureCaseNames)
    func fixtureCase(_ name: String) throws {
        try compare(name)
    }

    @Test("Shared data sets equal R (cox.zph, plain/log-log CI, S(t) beyond follow-up)", .requiresSharedData,
          arguments: sharedCaseNames)
    func sharedCase(_ name: String) throws {
        try compare(name)
    }

    @Test("Synthetic cohort: ties, strata, three groups, cox.zph equal R", .requiresSyntheticCohort,
          .requiresSyntheticTiesCohort, arguments: syntheticCaseNames)
    func syntheticCase(_ name: String) throws {
        try compare(name)
    }

    private func table(for source: Source) throws -> CohortTable {
        switch source {
        case .shared(let path):
            return try CohortTable(contentsOf: SharedData.url(path))
        case .synthetic(let ties, _):
            return try #require(ties ? SyntheticCohort.tiesTable : SyntheticCohort.standardTable)
        case .fixture(let name):
            return try CohortTable(text: try #require(ExtraOracle.table(name)))
        }
    }

    private func compare(_ name: String) throws {
        let oracle = try #require(ExtraOracle.case(name))
        let source = try #require(Self.sources[name])
        let table = try table(for: source)
        var filters: [RowFilter] = []
        if case .synthetic(_, let codes) = source { filters = [RowFilter(column: "oncotree_code", values: codes)] }
        let spec = oracle.spec
        let design = SurvivalDesign(
            timeColumn: spec.time, eventColumn: spec.event, groupColumn: spec.group, referenceGroup: spec.ref,
            covariates: spec.covariates.map { .numeric(column: $0) }, strataColumn: spec.strata, filters: filters)
        var comparison = OracleComparison("extra oracle \(name)")
        // Every case has S(t) under all three transforms, and the log-rank test: a missing one fails.
        #expect(Set(oracle.km.keys) == Set(ConfidenceTransform.allCases.map(\.rawValue)), "\(name): transforms in the oracle")
        let logrank = try #require(oracle.logrank, "\(name): no log-rank test in the oracle")

        for (transformName, groups) in oracle.km {
            let transform = try #require(ConfidenceTransform(rawValue: transformName))
            let result = try SurvivalAnalysis.run(
                table: table, design: design, options: AnalysisOptions(times: spec.times, confidenceTransform: transform))
            comparison.count("n", result.n, oracle.n)
            comparison.count("events", result.events, oracle.events)
            #expect(result.groups.map(\.name) == oracle.groups)
            ROracleCheck.kaplanMeier(&comparison, result, groups, label: transformName)
            if transform == .log {
                comparison.close("log-rank chisq", result.logrank.chisq, logrank.chisq)
                comparison.count("log-rank df", result.logrank.df, logrank.df)
                comparison.close("log-rank p", result.logrank.p, logrank.p)
                comparison.count("log-rank stratified", result.logrank.stratified ? 1 : 0, spec.strata == nil ? 0 : 1)
                for (index, group) in result.logrank.groups.enumerated() {
                    comparison.close("observed \(group.name)", group.observed, logrank.observed[index])
                    comparison.close("expected \(group.name)", group.expected, logrank.expected[index])
                }
            }
        }
        for ties in TiesMethod.allCases {
            let expected = try #require(oracle.cox[ties.rawValue])
            let result = try SurvivalAnalysis.run(
                table: table, design: design, options: AnalysisOptions(times: spec.times, ties: ties))
            try compareCox(&comparison, result, expected, groupColumn: spec.group)
        }
        comparison.finish()
    }

    private func compareCox(
        _ comparison: inout OracleComparison, _ result: AnalysisResult, _ expected: ExtraOracle.Cox, groupColumn: String
    ) throws {
        let cox = result.cox
        let label = cox.ties.rawValue
        comparison.count("\(label) n", cox.n, expected.n)
        comparison.count("\(label) events", cox.events, expected.nevent)
        comparison.close("\(label) loglik null", cox.logLikelihoodNull, expected.loglik[0])
        // Fields R reports for every fit, converged or not: a missing one fails.
        let score = try #require(expected.score_test, "\(label): no score test in the oracle")
        let lr = try #require(expected.lr_test, "\(label): no likelihood-ratio test in the oracle")
        ROracleCheck.chiSquare(&comparison, "\(label) score test", cox.scoreTest, score)
        ROracleCheck.chiSquare(&comparison, "\(label) LR test", cox.likelihoodRatioTest, lr)
        comparison.close("\(label) loglik", cox.logLikelihood, expected.loglik[1])
        comparison.close("\(label) concordance", cox.concordance, expected.concordance)
        guard expected.warnings.isEmpty else {
            // R: "Loglik converged before variable 1; coefficient may be infinite."
            comparison.count("\(label) status infiniteCoefficient", cox.status == .infiniteCoefficient ? 1 : 0, 1)
            comparison.count("\(label) hazard ratio withheld", cox.hr == nil ? 1 : 0, 1)
            comparison.count("\(label) no PH test", result.phTest.status == .notAvailable ? 1 : 0, 1)
            return
        }
        comparison.count("\(label) status converged", cox.status == .converged ? 1 : 0, 1)
        comparison.count("\(label) iterations", cox.iterations, expected.iter)
        let terms = try #require(expected.terms, "\(label): no coefficients in the oracle")
        comparison.count("\(label) terms", cox.terms.count, terms.count)
        for (index, term) in terms.enumerated() {
            guard index < cox.terms.count else {
                comparison.count("\(label) term \(term.name) present", 0, 1)
                continue
            }
            let ours = cox.terms[index]
            let name = term.name.hasPrefix("group") ? groupColumn + term.name.dropFirst("group".count) : term.name
            #expect(ours.name == name)
            ROracleCheck.term(&comparison, "\(label) \(name)", ours, coef: term.coef, se: term.se, hr: term.hr,
                              lower: term.lower, upper: term.upper, z: term.z, p: term.p)
        }
        let wald = try #require(expected.wald_test, "\(label): no Wald test in the oracle")
        ROracleCheck.chiSquare(&comparison, "\(label) Wald test", cox.waldTest, wald)
        // cox.zph: one row per term and GLOBAL.
        let zph = try #require(expected.zph, "\(label): no cox.zph in the oracle")
        comparison.count("\(label) cox.zph rows", result.phTest.terms.count + 1, zph.count)
        for row in zph {
            let ours: ChiSquareTest?
            if row.term == "GLOBAL" {
                ours = result.phTest.global
            } else {
                let name = row.term == "group" ? groupColumn : row.term
                ours = result.phTest.terms.first { $0.term == name }?.test
            }
            ROracleCheck.chiSquare(&comparison, "\(label) cox.zph \(row.term)", ours, [row.chisq, Double(row.df), row.p])
        }
    }
}
