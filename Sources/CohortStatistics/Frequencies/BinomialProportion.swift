/// A count out of a total with its percentage and 95 % (or other) confidence intervals.
public struct BinomialProportion: Sendable, Codable, Equatable {
    /// Patients in the group.
    public var n: Int
    /// Patients with the feature (e.g. a KEAP1 mutation).
    public var count: Int
    /// 100 · count / n.
    public var percent: Double
    /// Wilson score interval, as proportions in [0, 1].
    public var wilson: Interval
    /// Clopper–Pearson ("exact") interval, as proportions in [0, 1].
    public var clopperPearson: Interval
    /// The coverage of both intervals.
    public var confidenceLevel: Double

    /// A confidence interval for a proportion.
    public struct Interval: Sendable, Codable, Equatable {
        /// Lower bound.
        public var lower: Double
        /// Upper bound.
        public var upper: Double
    }

    /// Computes the proportion `count / n` (n > 0, 0 ≤ count ≤ n) and its intervals.
    ///
    /// Wilson: (k + z²/2 ± z √(k(n − k)/n + z²/4)) / (n + z²). Clopper–Pearson: the α/2 and
    /// 1 − α/2 quantiles of Beta(k, n − k + 1) and Beta(k + 1, n − k), with 0 and 1 at the edges.
    public init(count: Int, n: Int, confidenceLevel: Double = 0.95) {
        precondition(n > 0 && count >= 0 && count <= n, "BinomialProportion needs 0 ≤ count ≤ n and n > 0")
        self.n = n
        self.count = count
        self.confidenceLevel = confidenceLevel
        percent = 100 * Double(count) / Double(n)
        let alpha = 1 - confidenceLevel
        let z = NormalDistribution.quantile(1 - alpha / 2)
        let k = Double(count)
        let total = Double(n)
        let center = (k + z * z / 2) / (total + z * z)
        let halfWidth = z / (total + z * z) * (k * (total - k) / total + z * z / 4).squareRoot()
        // At k = 0 (k = n) the lower (upper) bound is exactly 0 (1); rounding would leave ~1e-16.
        wilson = Interval(lower: count == 0 ? 0 : max(0, center - halfWidth),
                          upper: count == n ? 1 : min(1, center + halfWidth))
        clopperPearson = Interval(
            lower: count == 0 ? 0 : BetaDistribution.quantile(alpha / 2, k, total - k + 1),
            upper: count == n ? 1 : BetaDistribution.quantile(1 - alpha / 2, k + 1, total - k))
    }
}
