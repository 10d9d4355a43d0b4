import CohortStatistics
import Foundation
import TestSupport

/// Compares our analysis results with the shared R oracle's JSON.
enum ROracleCheck {
    /// Kaplan–Meier per group: counts, medians (exactly), S(t), standard error, interval, n at risk. The
    /// groups must be the oracle's, and S(t) must be reported at exactly the oracle's times; a group without
    /// S(t) values in the oracle is a disagreement, not a skipped check.
    static func kaplanMeier(
        _ comparison: inout OracleComparison, _ ours: AnalysisResult, _ oracle: [String: ROracleOutput.KMGroup],
        label: String
    ) {
        comparison.equal("\(label) groups", Set(ours.groups.map(\.name)), Set(oracle.keys))
        for (name, expected) in oracle {
            guard let group = ours.groups.first(where: { $0.name == name }) else {
                comparison.count("\(label) group \(name) present", 0, 1)
                continue
            }
            comparison.count("\(label) \(name) n", group.n, expected.n)
            comparison.count("\(label) \(name) events", group.events, expected.events)
            comparison.exact("\(label) \(name) median", group.median, expected.median)
            comparison.exact("\(label) \(name) median lower", group.medianLower, expected.median_lower)
            comparison.exact("\(label) \(name) median upper", group.medianUpper, expected.median_upper)
            guard let points = expected.at, !points.isEmpty else {
                comparison.count("\(label) \(name) S(t) present in the oracle", 0, 1)
                continue
            }
            comparison.equal("\(label) \(name) S(t) times", group.km.map(\.time), points.map(\.time))
            for point in points {
                guard let estimate = group.km.first(where: { $0.time == point.time }) else {
                    comparison.count("\(label) \(name) S(\(point.time)) present", 0, 1)
                    continue
                }
                let at = "\(label) \(name) t=\(point.time)"
                comparison.close("\(at) survival", estimate.survival, point.surv)
                comparison.close("\(at) std err", estimate.stdErr, point.std_err)
                comparison.close("\(at) lower", estimate.lower, point.lower)
                comparison.close("\(at) upper", estimate.upper, point.upper)
                comparison.count("\(at) n at risk", estimate.nRisk, point.n_risk)
            }
        }
    }

    /// Log-rank statistic, p-value and observed/expected counts.
    static func logRank(_ comparison: inout OracleComparison, _ ours: LogRankResult, _ oracle: ROracleOutput.LogRank) {
        comparison.close("log-rank chisq", ours.chisq, oracle.chisq)
        comparison.count("log-rank df", ours.df, oracle.df)
        comparison.close("log-rank p", ours.p, oracle.p)
        comparison.equal("log-rank groups", Set(ours.groups.map(\.name)), Set(oracle.observed.keys))
        for group in ours.groups {
            comparison.close("observed \(group.name)", group.observed, oracle.observed[group.name])
            comparison.close("expected \(group.name)", group.expected, oracle.expected[group.name])
        }
    }

    /// Cox coefficients, hazard ratios, intervals, tests and concordance. R names the group
    /// contrast `group<level>`; ours is `<group column><level>`.
    static func cox(
        _ comparison: inout OracleComparison, _ ours: CoxRegressionResult, _ oracle: ROracleOutput.Cox,
        groupColumn: String
    ) {
        let label = ours.ties.rawValue
        comparison.count("\(label) status converged", ours.status == .converged ? 1 : 0, 1)
        comparison.count("\(label) n", ours.n, oracle.n)
        comparison.count("\(label) events", ours.events, oracle.nevent)
        comparison.count("\(label) terms", ours.terms.count, oracle.terms.count)
        for (rName, expected) in oracle.terms {
            let name = rName.hasPrefix("group") ? groupColumn + rName.dropFirst("group".count) : rName
            guard let ourTerm = ours.terms.first(where: { $0.name == name }) else {
                comparison.count("\(label) term \(name) present", 0, 1)
                continue
            }
            term(&comparison, "\(label) \(name)", ourTerm, coef: expected.coef, se: expected.se, hr: expected.hr,
                 lower: expected.hr_lower95, upper: expected.hr_upper95, z: expected.z, p: expected.p_wald)
        }
        comparison.close("\(label) loglik null", ours.logLikelihoodNull, oracle.loglik[0])
        comparison.close("\(label) loglik", ours.logLikelihood, oracle.loglik[1])
        chiSquare(&comparison, "\(label) LR test", ours.likelihoodRatioTest, oracle.lr_test)
        chiSquare(&comparison, "\(label) score test", ours.scoreTest, oracle.score_test)
        // summary.coxph prints the Wald statistic rounded to 2 decimals; its p is not rounded.
        comparison.close("\(label) Wald test (R rounds to 0.01)", ours.waldTest?.statistic, oracle.wald_test[0],
                         tolerance: 0.0051 / max(oracle.wald_test[0], 1e-3))
        comparison.close("\(label) Wald p", ours.waldTest?.p, oracle.wald_test[2])
        comparison.close("\(label) concordance", ours.concordance, oracle.concordance)
    }

    /// One Cox coefficient against R's values.
    static func term(
        _ comparison: inout OracleComparison, _ label: String, _ ours: CoxTerm, coef: Double, se: Double, hr: Double,
        lower: Double?, upper: Double?, z: Double, p: Double
    ) {
        comparison.close("\(label) coef", ours.coef, coef)
        comparison.close("\(label) se", ours.se, se)
        comparison.close("\(label) HR", ours.hr, hr)
        comparison.close("\(label) HR lower", ours.ciLower, lower)
        comparison.close("\(label) HR upper", ours.ciUpper, upper)
        comparison.close("\(label) z", ours.z, z)
        comparison.close("\(label) p", ours.p, p)
    }

    /// A chi-square test given by R as (statistic, df, p).
    static func chiSquare(_ comparison: inout OracleComparison, _ what: String, _ ours: ChiSquareTest?, _ oracle: [Double]) {
        guard oracle.count == 3 else {
            comparison.count("\(what): (statistic, df, p) in the oracle", oracle.count, 3)
            return
        }
        comparison.close("\(what) statistic", ours?.statistic, oracle[0])
        comparison.count("\(what) df", ours?.df, Int(oracle[1]))
        comparison.close("\(what) p", ours?.p, oracle[2])
    }
}
