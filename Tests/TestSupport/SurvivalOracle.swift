import Foundation

/// The JSON written by `../shared/oracles/survival_oracle.R` (R 4.2.2, survival 3.5-3).
public struct ROracleOutput: Decodable, Sendable {
    public struct KMPoint: Decodable, Sendable {
        public var time: Double
        public var surv: Double?
        public var std_err: Double?
        public var lower: Double?
        public var upper: Double?
        public var n_risk: Int
    }

    public struct KMGroup: Decodable, Sendable {
        public var n: Int
        public var events: Int
        public var median: Double?
        public var median_lower: Double?
        public var median_upper: Double?
        public var at: [KMPoint]?
    }

    public struct LogRank: Decodable, Sendable {
        public var chisq: Double
        public var df: Int
        public var p: Double
        public var observed: [String: Double]
        public var expected: [String: Double]
    }

    public struct Term: Decodable, Sendable {
        public var coef: Double
        public var hr: Double
        public var se: Double
        public var hr_lower95: Double
        public var hr_upper95: Double
        public var z: Double
        public var p_wald: Double
    }

    public struct Cox: Decodable, Sendable {
        public var terms: [String: Term]
        public var loglik: [Double]
        public var lr_test: [Double]
        public var wald_test: [Double]
        public var score_test: [Double]
        public var concordance: Double
        public var n: Int
        public var nevent: Int
    }

    public var n_input: Int
    public var n_used: Int
    public var events: Int
    public var reference_group: String
    public var groups: [String]
    public var km: [String: KMGroup]
    public var km_loglog: [String: KMGroup]?
    public var logrank: LogRank?
    public var cox: [String: Cox]?

    public static func load(_ relativePath: String) throws -> ROracleOutput {
        try JSONDecoder().decode(ROracleOutput.self, from: Data(contentsOf: SharedData.url(relativePath)))
    }
}

extension ROracleOutput {
    /// The Efron estimate of the group term (R names it `group<LEVEL>`).
    public var efron: Term? { cox?["efron"]?.terms.first { $0.key.hasPrefix("group") }?.value }
}
