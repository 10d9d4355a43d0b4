/// How tied event times enter the Cox partial likelihood.
public enum TiesMethod: String, Sendable, Codable, Equatable, CaseIterable {
    /// Efron's approximation (R `coxph`'s default).
    case efron
    /// Breslow's approximation.
    case breslow
}

/// The data of a Cox model: survival outcome, covariate columns grouped into terms, strata.
public struct CoxModelInput: Sendable {
    /// Follow-up times.
    public var times: [Double]
    /// Event indicators.
    public var events: [Bool]
    /// The covariate columns, each with one value per patient.
    public var covariates: [[Double]]
    /// The name of each covariate column (e.g. `KEAP1_statusMUT`, `age`).
    public var covariateNames: [String]
    /// For each covariate column, the index of its term in ``termNames`` (a k-level group is
    /// one term of k − 1 columns).
    public var termOfCovariate: [Int]
    /// The term names (e.g. `KEAP1_status`, `age`), as R's `cox.zph` reports them.
    public var termNames: [String]
    /// Stratum of each patient, or `nil` for an unstratified model.
    public var strata: [Int]?

    /// Creates the input; by default each covariate column is its own term.
    public init(
        times: [Double], events: [Bool], covariates: [[Double]], covariateNames: [String],
        termOfCovariate: [Int]? = nil, termNames: [String]? = nil, strata: [Int]? = nil
    ) {
        self.times = times
        self.events = events
        self.covariates = covariates
        self.covariateNames = covariateNames
        self.termOfCovariate = termOfCovariate ?? Array(covariates.indices)
        self.termNames = termNames ?? covariateNames
        self.strata = strata
    }

    /// The number of patients.
    public var count: Int { times.count }
}

/// Convergence settings of the Newton–Raphson iteration, as R's `coxph.control()`.
public struct CoxControl: Sendable, Codable, Equatable {
    /// Convergence when |1 − loglik_old / loglik_new| ≤ `eps`.
    public var eps: Double
    /// The most Newton–Raphson iterations.
    public var maximumIterations: Int
    /// Pivot tolerance of the Cholesky decomposition.
    public var cholesky: Double
    /// Relative size of the last Newton step above which a coefficient is reported infinite.
    public var infinityTolerance: Double

    /// Creates settings; the defaults are R's.
    public init(
        eps: Double = 1e-9, maximumIterations: Int = 20,
        cholesky: Double = CholeskyDecomposition.defaultTolerance, infinityTolerance: Double? = nil
    ) {
        self.eps = eps
        self.maximumIterations = maximumIterations
        self.cholesky = cholesky
        self.infinityTolerance = infinityTolerance ?? eps.squareRoot()
    }
}
