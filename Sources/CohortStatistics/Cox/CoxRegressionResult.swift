/// Whether a Cox fit produced usable estimates.
public enum CoxStatus: String, Sendable, Codable, Equatable {
    /// Converged; every coefficient is estimable.
    case converged
    /// Converged, but some covariates are linear combinations of others (R reports `NA`).
    case singular
    /// The log-likelihood converged while a coefficient was still moving: its estimate is
    /// infinite (monotone likelihood, e.g. all events in one group). R warns "coefficient may
    /// be infinite".
    case infiniteCoefficient
    /// The iteration limit was reached before convergence.
    case notConverged
    /// There are no events, so nothing can be estimated.
    case noEvents
    /// Only one group is present, so there is no group contrast to estimate.
    case oneGroup
    /// There is nothing to estimate: no group column and no covariates.
    case noCovariates
}

/// A chi-square test statistic with its degrees of freedom and upper-tail p-value.
public struct ChiSquareTest: Sendable, Codable, Equatable {
    /// The statistic.
    public var statistic: Double
    /// Degrees of freedom.
    public var df: Int
    /// P(χ²_df ≥ statistic).
    public var p: Double

    /// Creates a test result, computing p from the statistic.
    public init(statistic: Double, df: Int) {
        self.statistic = statistic
        self.df = df
        self.p = df > 0 ? ChiSquareDistribution.survival(statistic, degreesOfFreedom: Double(df)) : 1
    }
}

/// One coefficient of a Cox model.
public struct CoxTerm: Sendable, Codable, Equatable {
    /// The covariate column's name (e.g. `KEAP1_statusMUT`).
    public var name: String
    /// The model term it belongs to (e.g. `KEAP1_status`).
    public var term: String
    /// False when the coefficient is `NA` (redundant), infinite, or the fit did not converge;
    /// the numbers below are then absent or not to be interpreted.
    public var estimable: Bool
    /// log hazard ratio.
    @JSONNullable public var coef: Double? = nil
    /// Hazard ratio exp(coef).
    @JSONNullable public var hr: Double? = nil
    /// Standard error of coef.
    @JSONNullable public var se: Double? = nil
    /// Lower confidence bound of the hazard ratio.
    @JSONNullable public var ciLower: Double? = nil
    /// Upper confidence bound of the hazard ratio.
    @JSONNullable public var ciUpper: Double? = nil
    /// Wald z = coef / se.
    @JSONNullable public var z: Double? = nil
    /// Two-sided Wald p-value.
    @JSONNullable public var p: Double? = nil
}

/// A fitted Cox proportional hazards model, with the tests R's `summary.coxph` prints.
public struct CoxRegressionResult: Sendable, Codable, Equatable {
    /// Whether the estimates are usable.
    public var status: CoxStatus
    /// What went wrong, in words, when status is not `converged`.
    @JSONNullable public var message: String? = nil
    /// The handling of tied event times.
    public var ties: TiesMethod
    /// Patients in the model.
    public var n: Int
    /// Events in the model.
    public var events: Int
    /// The confidence level of the intervals.
    public var confidenceLevel: Double
    /// The first coefficient (the first group contrast when there is a group), summarised below.
    @JSONNullable public var primaryTerm: String? = nil
    /// Hazard ratio of the primary term, when estimable.
    @JSONNullable public var hr: Double? = nil
    /// Its lower confidence bound.
    @JSONNullable public var ciLower: Double? = nil
    /// Its upper confidence bound.
    @JSONNullable public var ciUpper: Double? = nil
    /// Its two-sided Wald p-value.
    @JSONNullable public var p: Double? = nil
    /// Every coefficient.
    public var terms: [CoxTerm]
    /// Log partial likelihood at β = 0.
    @JSONNullable public var logLikelihoodNull: Double? = nil
    /// Log partial likelihood at the estimate.
    @JSONNullable public var logLikelihood: Double? = nil
    /// Likelihood-ratio test, 2 (ℓ(β̂) − ℓ(0)).
    @JSONNullable public var likelihoodRatioTest: ChiSquareTest? = nil
    /// Wald test β̂ᵀ V⁻¹ β̂ (R prints it rounded to 2 decimals; this is not rounded).
    @JSONNullable public var waldTest: ChiSquareTest? = nil
    /// Score (log-rank) test at β = 0.
    @JSONNullable public var scoreTest: ChiSquareTest? = nil
    /// Harrell's concordance of the linear predictor, as R's `coxph` reports it.
    @JSONNullable public var concordance: Double? = nil
    /// Newton–Raphson iterations used.
    public var iterations: Int
}
