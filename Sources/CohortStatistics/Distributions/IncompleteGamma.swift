import Foundation

/// The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
///
/// For x < a + 1 the power series of P converges fast; otherwise the continued fraction of Q
/// (evaluated with the modified Lentz method) does. Q is taken as 1 − P only in the series
/// region, where Q is not small, so small upper-tail probabilities (p-values) keep their
/// relative accuracy (about 1e-14).
public enum IncompleteGamma {
    private static let maximumIterations = 10_000
    private static let relativeTolerance = 1e-16
    private static let tiny = Double.leastNormalMagnitude / Double.ulpOfOne

    /// P(a, x), the lower regularized incomplete gamma function, for a > 0 and x ≥ 0.
    public static func regularizedLower(_ a: Double, _ x: Double) -> Double {
        guard a > 0, x >= 0, a.isFinite, !x.isNaN else { return .nan }
        if x == 0 { return 0 }
        if x == .infinity { return 1 }
        return x < a + 1 ? lowerSeries(a, x) : 1 - upperContinuedFraction(a, x)
    }

    /// Q(a, x), the upper regularized incomplete gamma function, for a > 0 and x ≥ 0.
    public static func regularizedUpper(_ a: Double, _ x: Double) -> Double {
        guard a > 0, x >= 0, a.isFinite, !x.isNaN else { return .nan }
        if x == 0 { return 1 }
        if x == .infinity { return 0 }
        return x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x)
    }

    /// log of x^a e^(−x) / Γ(a), the common prefactor.
    private static func logPrefactor(_ a: Double, _ x: Double) -> Double {
        a * log(x) - x - logGamma(a)
    }

    /// P(a, x) = x^a e^(−x) / Γ(a + 1) · Σ x^n / ((a + 1)…(a + n)).
    private static func lowerSeries(_ a: Double, _ x: Double) -> Double {
        var denominator = a
        var term = 1 / a
        var sum = term
        for _ in 0 ..< maximumIterations {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * relativeTolerance { break }
        }
        return sum * exp(logPrefactor(a, x))
    }

    /// Q(a, x) = x^a e^(−x) / Γ(a) · 1 / (x + 1 − a − 1·(1 − a) / (x + 3 − a − …)).
    private static func upperContinuedFraction(_ a: Double, _ x: Double) -> Double {
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var fraction = d
        for index in 1 ... maximumIterations {
            let an = -Double(index) * (Double(index) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            fraction *= delta
            if abs(delta - 1) < relativeTolerance { break }
        }
        return exp(logPrefactor(a, x)) * fraction
    }
}

/// The chi-square distribution's upper tail, P(X ≥ x), as R's
/// `pchisq(x, df, lower.tail = FALSE)`.
public enum ChiSquareDistribution {
    /// P(X ≥ x) for `degreesOfFreedom` > 0; 1 for x ≤ 0.
    public static func survival(_ x: Double, degreesOfFreedom: Double) -> Double {
        guard degreesOfFreedom > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        return IncompleteGamma.regularizedUpper(degreesOfFreedom / 2, x / 2)
    }
}
