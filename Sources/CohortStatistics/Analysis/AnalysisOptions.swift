/// How to analyse a cohort: reporting times, confidence intervals, Cox settings.
public struct AnalysisOptions: Sendable, Codable, Equatable {
    /// Times at which S(t) is reported for each group (any order; reported ascending).
    public var times: [Double]
    /// The confidence-interval transform for S(t) and the median (R default: `log`).
    public var confidenceTransform: ConfidenceTransform
    /// The confidence level of every interval.
    public var confidenceLevel: Double
    /// The handling of tied event times in the Cox model (R default: Efron).
    public var ties: TiesMethod
    /// Newton–Raphson settings (R defaults).
    public var control: CoxControl
    /// Merge times that differ only by floating-point noise, as R's `timefix = TRUE`.
    public var timeFix: Bool
    /// Run the proportional-hazards test on the Cox fit.
    public var proportionalHazardsTest: Bool

    /// Creates options; the defaults are R `survival`'s.
    public init(
        times: [Double] = [], confidenceTransform: ConfidenceTransform = .log, confidenceLevel: Double = 0.95,
        ties: TiesMethod = .efron, control: CoxControl = CoxControl(), timeFix: Bool = true,
        proportionalHazardsTest: Bool = true
    ) {
        self.times = times
        self.confidenceTransform = confidenceTransform
        self.confidenceLevel = confidenceLevel
        self.ties = ties
        self.control = control
        self.timeFix = timeFix
        self.proportionalHazardsTest = proportionalHazardsTest
    }
}
