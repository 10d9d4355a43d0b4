import Foundation

/// The standard normal distribution: CDF, two-sided p-value and quantile, accurate to a few units in
/// the last place (the tails are computed with `erfc`, never as `1 - cdf`).
public enum NormalDistribution {
    /// P(Z ≤ x).
    public static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// The two-sided p-value of a z statistic, P(|Z| ≥ |z|).
    public static func twoSidedPValue(_ z: Double) -> Double {
        erfc(abs(z) / 2.0.squareRoot())
    }

    /// The standard normal density.
    public static func density(_ x: Double) -> Double {
        exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
    }

    /// The x with P(Z ≤ x) = p, for 0 < p < 1 (−∞ and +∞ at 0 and 1, NaN outside [0, 1]).
    ///
    /// Starts from the Abramowitz–Stegun 26.2.23 approximation (error < 4.5e-4) and refines it
    /// with Halley steps on the `erfc`-based tail probability, which converge to full precision.
    public static func quantile(_ p: Double) -> Double {
        guard p > 0, p < 1 else {
            if p == 0 { return -.infinity }
            if p == 1 { return .infinity }
            return .nan
        }
        if p == 0.5 { return 0 }
        // Work in the lower tail, where the tail probability is computed without cancellation.
        let lowerTail = min(p, 1 - p)
        let t = (-2 * log(lowerTail)).squareRoot()
        var x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
            / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t))
        for _ in 0 ..< 6 {
            let error = cdf(x) - lowerTail
            let density = density(x)
            guard density > 0 else { break }
            let u = error / density
            let step = u / (1 + x * u / 2)
            x -= step
            if abs(step) <= 1e-16 * max(1, abs(x)) { break }
        }
        return p < 0.5 ? x : -x
    }
}
