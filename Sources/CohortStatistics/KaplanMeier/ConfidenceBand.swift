import Foundation

/// The scale on which a survival confidence interval is symmetric (R `survfit`'s `conf.type`).
public enum ConfidenceTransform: String, Sendable, Codable, Equatable, CaseIterable {
    /// exp(log S ± z·se(log S)), upper bound capped at 1 (R's default).
    case log
    /// exp(−exp(log(−log S) ± z·se(log S)/log S)); undefined where S is 0 or 1.
    case logLog = "log-log"
    /// S ± z·S·se(log S), clipped to [0, 1].
    case plain
}

/// A confidence level with its transform.
public struct ConfidenceBand: Sendable, Equatable {
    /// The transform.
    public let transform: ConfidenceTransform
    /// The coverage, e.g. 0.95.
    public let level: Double
    /// The normal quantile z = Φ⁻¹((1 + level) / 2).
    public let z: Double

    /// Creates a band; `level` must lie strictly between 0 and 1.
    public init(transform: ConfidenceTransform = .log, level: Double = 0.95) throws(CohortTableError) {
        guard level > 0, level < 1 else { throw .invalidConfidenceLevel(level) }
        self.transform = transform
        self.level = level
        self.z = NormalDistribution.quantile(1 - (1 - level) / 2)
    }

    /// The interval around survival `s` with standard error `logStandardError` of log S, as
    /// R's `survfit_confint`; a bound is `nil` where R gives `NA`.
    public func interval(survival s: Double, logStandardError se: Double) -> (lower: Double?, upper: Double?) {
        switch transform {
        case .plain:
            let halfWidth = se * s * z
            guard halfWidth.isFinite else { return (nil, nil) }
            return (max(s - halfWidth, 0), min(s + halfWidth, 1))
        case .log:
            guard s > 0, se.isFinite else { return (nil, nil) }
            let halfWidth = z * se
            return (exp(log(s) - halfWidth), min(exp(log(s) + halfWidth), 1))
        case .logLog:
            guard s > 0, s < 1, se.isFinite else { return (nil, nil) }
            let halfWidth = z * se / log(s)
            let center = log(-log(s))
            return (exp(-exp(center - halfWidth)), exp(-exp(center + halfWidth)))
        }
    }
}
