import CohortStatistics
import Foundation
import Testing

/// Distribution functions against closed forms and published constants.
@Suite("Distributions")
struct DistributionTests {
    private func relative(_ actual: Double, _ expected: Double) -> Double {
        abs(actual - expected) / abs(expected)
    }

    @Test("Normal quantiles: 1.959963984540054 at 0.975 (R qnorm), symmetry, round trip")
    func normalQuantile() {
        #expect(relative(NormalDistribution.quantile(0.975), 1.959963984540054) < 1e-15)
        #expect(relative(NormalDistribution.quantile(0.995), 2.5758293035488999) < 1e-15)
        #expect(NormalDistribution.quantile(0.5) == 0)
        for p in [1e-300, 1e-20, 1e-8, 0.001, 0.2, 0.7, 0.999999] {
            let x = NormalDistribution.quantile(p)
            #expect(relative(NormalDistribution.cdf(x), p) < 1e-13, "p = \(p)")
            // 1 − p is rounded, so symmetry holds only to about ε / p.
            if p >= 1e-3 { #expect(relative(NormalDistribution.quantile(1 - p), -x) < 1e-12, "p = \(p)") }
        }
        #expect(NormalDistribution.quantile(0) == -.infinity)
        #expect(NormalDistribution.quantile(1) == .infinity)
    }

    @Test("Normal tails keep relative accuracy far out")
    func normalTails() {
        // Φ(−10) = 7.6198530241605269e-24 (R pnorm(-10)).
        #expect(relative(NormalDistribution.cdf(-10), 7.6198530241605269e-24) < 1e-12)
        #expect(relative(NormalDistribution.twoSidedPValue(1.959963984540054), 0.05) < 1e-14)
    }

    @Test("Chi-square upper tails equal their closed forms")
    func chiSquare() {
        for x in [0.001, 0.5, 3.84, 10, 50, 200, 700] {
            // df 2: e^(−x/2); df 4: e^(−x/2)(1 + x/2); df 1: erfc(√(x/2)); df 3: erfc(√(x/2)) + √(2x/π) e^(−x/2).
            #expect(relative(ChiSquareDistribution.survival(x, degreesOfFreedom: 2), exp(-x / 2)) < 1e-13, "df 2, x \(x)")
            #expect(relative(ChiSquareDistribution.survival(x, degreesOfFreedom: 4), exp(-x / 2) * (1 + x / 2)) < 1e-13,
                    "df 4, x \(x)")
            #expect(relative(ChiSquareDistribution.survival(x, degreesOfFreedom: 1), erfc((x / 2).squareRoot())) < 1e-12,
                    "df 1, x \(x)")
            let df3 = erfc((x / 2).squareRoot()) + (2 * x / Double.pi).squareRoot() * exp(-x / 2)
            #expect(relative(ChiSquareDistribution.survival(x, degreesOfFreedom: 3), df3) < 1e-12, "df 3, x \(x)")
        }
        #expect(ChiSquareDistribution.survival(0, degreesOfFreedom: 1) == 1)
        #expect(relative(ChiSquareDistribution.survival(3.841458820694124, degreesOfFreedom: 1), 0.05) < 1e-13)
    }

    @Test("Incomplete gamma: P + Q = 1 and P(1, x) = 1 − e^(−x)")
    func incompleteGamma() {
        for a in [0.5, 1, 2.5, 10, 100] {
            for x in [0.01, 1, 5, 20, 150] {
                let total = IncompleteGamma.regularizedLower(a, x) + IncompleteGamma.regularizedUpper(a, x)
                #expect(abs(total - 1) < 1e-14, "a \(a), x \(x)")
            }
        }
        #expect(relative(IncompleteGamma.regularizedLower(1, 0.3), -expm1(-0.3)) < 1e-14)
    }

    @Test("Incomplete beta: I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b; quantile inverts it")
    func beta() {
        for x in [0.001, 0.2, 0.5, 0.9] {
            #expect(relative(BetaDistribution.cdf(x, 3.5, 1), pow(x, 3.5)) < 1e-13)
            #expect(relative(BetaDistribution.cdf(x, 1, 7), 1 - pow(1 - x, 7)) < 1e-13)
            #expect(relative(BetaDistribution.quantile(BetaDistribution.cdf(x, 4, 9), 4, 9), x) < 1e-12)
        }
    }
}
