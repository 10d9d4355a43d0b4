import Foundation

/// The beta distribution's CDF (the regularized incomplete beta function) and quantile, as
/// needed for Clopper–Pearson intervals.
public enum BetaDistribution {
    private static let maximumIterations = 10_000
    private static let relativeTolerance = 1e-16
    private static let tiny = Double.leastNormalMagnitude / Double.ulpOfOne

    /// I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b), a, b > 0.
    public static func cdf(_ x: Double, _ a: Double, _ b: Double) -> Double {
        guard a > 0, b > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * log(x) + b * log1p(-x)
        // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the
        // symmetry I_x(a, b) = 1 − I_{1−x}(b, a) elsewhere.
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x, a, b) / a
        }
        return 1 - exp(logFront) * continuedFraction(1 - x, b, a) / b
    }

    /// The x with I_x(a, b) = p, found by bisection to full double precision.
    public static func quantile(_ p: Double, _ a: Double, _ b: Double) -> Double {
        guard a > 0, b > 0, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return 1 }
        var low = 0.0
        var high = 1.0
        for _ in 0 ..< 1_100 {
            let middle = 0.5 * (low + high)
            guard middle > low, middle < high else { break }
            if cdf(middle, a, b) < p { low = middle } else { high = middle }
        }
        return 0.5 * (low + high)
    }

    /// The continued fraction of the incomplete beta function (modified Lentz method).
    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var fraction = d
        for m in 1 ... maximumIterations {
            let mm = Double(m)
            let twoM = 2 * mm
            // Even step.
            var numerator = mm * (b - mm) * x / ((a + twoM - 1) * (a + twoM))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            fraction *= d * c
            // Odd step.
            numerator = -(a + mm) * (a + b + mm) * x / ((a + twoM) * (a + twoM + 1))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            fraction *= delta
            if abs(delta - 1) < relativeTolerance { break }
        }
        return fraction
    }
}
