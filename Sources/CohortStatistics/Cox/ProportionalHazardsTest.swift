import Foundation

/// The proportional-hazards test of a Cox fit, as R `survival` 3.x's
/// `cox.zph(fit, transform = "km", terms = TRUE)`.
///
/// Each covariate x is paired with x·g(t), where g(t) = 1 − KM(t−) is the left-continuous
/// Kaplan–Meier transform of time (computed on all patients, ignoring strata) centred at its
/// mean over the events. The score vector and the full 2p × 2p information matrix of that
/// extended model are evaluated at (β̂, 0); a term's statistic is the score test uᵀ I⁻¹ u
/// over the p original columns and the term's time-interaction columns, with the score of
/// the original columns set to 0. The global test uses all 2p columns.
public struct ProportionalHazardsTestResult: Sendable, Codable, Equatable {
    /// Whether the test could be computed.
    public var status: Status
    /// Why not, when status is not `computed`.
    @JSONNullable public var message: String? = nil
    /// The time transform, always `km`.
    public var transform: String
    /// One test per model term (a k-level group is one term with k − 1 df).
    public var terms: [TermTest]
    /// The global test over all terms.
    @JSONNullable public var global: ChiSquareTest? = nil

    /// Whether the test was computed.
    public enum Status: String, Sendable, Codable, Equatable {
        /// Computed.
        case computed
        /// Not computed, because the Cox fit has no usable estimate.
        case notAvailable
    }

    /// The test of one model term.
    public struct TermTest: Sendable, Codable, Equatable {
        /// The term (e.g. `KEAP1_status`, `age`).
        public var term: String
        /// The score test.
        public var test: ChiSquareTest
    }
}

extension CoxFit {
    /// The scaled-Schoenfeld-residual score test of proportional hazards (R `cox.zph`,
    /// transform "km"). Not computed for fits that did not converge to finite estimates.
    public func proportionalHazardsTest() -> ProportionalHazardsTestResult {
        var result = ProportionalHazardsTestResult(status: .notAvailable, transform: "km", terms: [])
        guard let data, self.result.status == .converged || self.result.status == .singular else {
            result.message = "no proportional-hazards test: the Cox fit has status \(self.result.status.rawValue)"
            return result
        }
        let kept = estimates.indices.filter { estimates[$0].isFinite }
        let p = kept.count
        let eta = LinearPredictor.values(data: data, coefficients: estimates)
        let x = centredColumns(data: data, columns: kept)
        let evaluation = PartialLikelihood.evaluate(
            times: data.times, events: data.events, lastInStratum: data.lastInStratum, x: x, p: p,
            eta: eta, method: self.result.ties, timeWeights: kaplanMeierTimeTransform(data))

        let termsInModel = kept.map { termOfCovariate[$0] }
        var seen: [Int] = []
        for term in termsInModel where !seen.contains(term) { seen.append(term) }
        for term in seen {
            let columns = kept.indices.filter { termsInModel[$0] == term }
            let statistic = scoreStatistic(evaluation, p: p, timeColumns: columns)
            result.terms.append(.init(term: termNames[term], test: ChiSquareTest(statistic: statistic, df: columns.count)))
        }
        result.global = ChiSquareTest(statistic: scoreStatistic(evaluation, p: p, timeColumns: Array(0 ..< p)), df: p)
        result.status = .computed
        return result
    }

    /// uᵀ I⁻¹ u over the original columns and the given time-interaction columns.
    private func scoreStatistic(_ evaluation: PartialLikelihood.Evaluation, p: Int, timeColumns: [Int]) -> Double {
        let indices = Array(0 ..< p) + timeColumns.map { $0 + p }
        let score = Array(repeating: 0.0, count: p) + timeColumns.map { evaluation.score[$0 + p] }
        return CholeskyDecomposition(evaluation.information.submatrix(indices)).inverseQuadraticForm(score)
    }

    /// The kept covariate columns, centred at their means, row by row.
    private func centredColumns(data: SortedCoxData, columns: [Int]) -> [Double] {
        let all = data.covariateCount
        let means = columns.map { column in
            (0 ..< data.count).reduce(0.0) { $0 + data.rawX[$1 * all + column] } / Double(data.count)
        }
        var x = Array(repeating: 0.0, count: data.count * columns.count)
        for row in 0 ..< data.count {
            for (index, column) in columns.enumerated() {
                x[row * columns.count + index] = data.rawX[row * all + column] - means[index]
            }
        }
        return x
    }

    /// g(t) = 1 − KM(t−) per sorted position, KM over all patients, centred at the mean over events.
    private func kaplanMeierTimeTransform(_ data: SortedCoxData) -> [Double] {
        let curve = KaplanMeierCurve(times: data.times, events: data.events)
        let transformAt = Dictionary(zip(curve.times, curve.survivalBefore.map { 1 - $0 }), uniquingKeysWith: { first, _ in first })
        let transform = data.times.map { transformAt[$0] ?? 0 }
        let eventValues = data.events.indices.filter { data.events[$0] }.map { transform[$0] }
        let mean = eventValues.reduce(0, +) / Double(max(1, eventValues.count))
        return transform.map { $0 - mean }
    }
}
