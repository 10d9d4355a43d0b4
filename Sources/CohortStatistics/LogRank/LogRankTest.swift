/// The log-rank test of k ≥ 2 groups, optionally stratified, as R's `survdiff` (rho = 0).
public struct LogRankResult: Sendable, Codable, Equatable {
    /// Whether the test could be computed.
    public var status: Status
    /// Why not, when status is not `computed`.
    @JSONNullable public var message: String? = nil
    /// True when observed and expected counts were accumulated within strata.
    public var stratified: Bool
    /// The chi-square statistic.
    @JSONNullable public var chisq: Double? = nil
    /// Its degrees of freedom (groups with a positive expected count − 1).
    @JSONNullable public var df: Int? = nil
    /// Its upper-tail p-value.
    @JSONNullable public var p: Double? = nil
    /// Observed and expected events per group, reference first.
    public var groups: [GroupCounts]

    /// Whether the test was computed.
    public enum Status: String, Sendable, Codable, Equatable {
        /// Computed.
        case computed
        /// Only one group: nothing to compare.
        case oneGroup
        /// No events: nothing to compare.
        case noEvents
    }

    /// Observed and expected events of one group.
    public struct GroupCounts: Sendable, Codable, Equatable {
        /// The group.
        public var name: String
        /// Observed events.
        public var observed: Double
        /// Expected events under the null hypothesis.
        public var expected: Double
    }
}

/// Computes ``LogRankResult``.
public enum LogRankTest {
    /// The log-rank test of the groups `groups[i]` (0 ..< groupNames.count).
    ///
    /// At each event time the expected events of a group are d·n_g/n and the covariance is
    /// d (n − d) / (n (n − 1)) · n_g (δ_gh n − n_h) / n; sums run within strata. The statistic
    /// is (O − E)ᵀ V⁻¹ (O − E) over the groups with a positive expectation, the first dropped.
    public static func compute(
        times: [Double], events: [Bool], groups: [Int], groupNames: [String], strata: [Int]? = nil
    ) -> LogRankResult {
        let k = groupNames.count
        var observed = Array(repeating: 0.0, count: k)
        var expected = Array(repeating: 0.0, count: k)
        var variance = SymmetricMatrix(dimension: k)
        let strataValues = strata ?? Array(repeating: 0, count: times.count)
        // Latest first within each stratum, so the risk sets grow as we go.
        let order = times.indices.sorted { left, right in
            if strataValues[left] != strataValues[right] { return strataValues[left] < strataValues[right] }
            if times[left] != times[right] { return times[left] > times[right] }
            return left < right
        }
        var atRisk = Array(repeating: 0.0, count: k)
        var deathsByGroup = Array(repeating: 0.0, count: k)
        var index = 0
        while index < order.count {
            let stratum = strataValues[order[index]]
            if index == 0 || strataValues[order[index - 1]] != stratum {
                for group in 0 ..< k { atRisk[group] = 0 }
            }
            let time = times[order[index]]
            var deaths = 0.0
            for group in 0 ..< k { deathsByGroup[group] = 0 }
            while index < order.count, strataValues[order[index]] == stratum, times[order[index]] == time {
                let patient = order[index]
                atRisk[groups[patient]] += 1
                if events[patient] {
                    deaths += 1
                    deathsByGroup[groups[patient]] += 1
                }
                index += 1
            }
            guard deaths > 0 else { continue }
            let total = atRisk.reduce(0, +)
            for group in 0 ..< k {
                observed[group] += deathsByGroup[group]
                expected[group] += deaths * atRisk[group] / total
            }
            guard total > 1 else { continue }
            let factor = deaths * (total - deaths) / (total * (total - 1))
            for g in 0 ..< k {
                for h in 0 ..< k {
                    let indicator = g == h ? total : 0
                    variance[g, h] += factor * atRisk[g] * (indicator - atRisk[h]) / total
                }
            }
        }
        var result = LogRankResult(
            status: .computed, stratified: strata != nil,
            groups: (0 ..< k).map { .init(name: groupNames[$0], observed: observed[$0], expected: expected[$0]) })
        guard k >= 2 else {
            result.status = .oneGroup
            result.message = "only one group (\(groupNames.first ?? "none")): nothing to compare"
            return result
        }
        guard observed.reduce(0, +) > 0 else {
            result.status = .noEvents
            result.message = "no events: the groups cannot be compared"
            return result
        }
        let used = (0 ..< k).filter { expected[$0] > 0 }
        let tested = Array(used.dropFirst())
        var statistic = 0.0
        if !tested.isEmpty {
            let difference = tested.map { observed[$0] - expected[$0] }
            statistic = CholeskyDecomposition(variance.submatrix(tested)).inverseQuadraticForm(difference)
        }
        let df = used.count - 1
        result.chisq = statistic
        result.df = df
        result.p = df > 0 ? ChiSquareDistribution.survival(statistic, degreesOfFreedom: Double(df)) : nil
        return result
    }
}
