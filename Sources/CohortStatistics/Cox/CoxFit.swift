import Foundation

/// A fitted Cox model: the reportable result plus what the proportional-hazards test needs.
public struct CoxFit: Sendable {
    /// The estimates and tests.
    public let result: CoxRegressionResult
    let data: SortedCoxData?
    /// The coefficients, NaN where not estimable (R's `NA`).
    let estimates: [Double]
    let termOfCovariate: [Int]
    let termNames: [String]

    /// Fits a Cox proportional hazards model as R's `coxph` (Newton–Raphson from β = 0 with
    /// step-halving, R's convergence rule, Efron or Breslow ties, optional strata).
    ///
    /// Degenerate data never crash or yield silent NaN: no events, no covariates, perfect
    /// separation (infinite coefficient), non-convergence and redundant covariates are reported
    /// in ``CoxRegressionResult/status`` with a message.
    public init(
        _ input: CoxModelInput, ties: TiesMethod = .efron, control: CoxControl = CoxControl(),
        confidenceLevel: Double = 0.95
    ) {
        let events = input.events.reduce(0) { $0 + ($1 ? 1 : 0) }
        var empty = CoxRegressionResult(
            status: .noEvents, message: nil, ties: ties, n: input.count, events: events,
            confidenceLevel: confidenceLevel, primaryTerm: input.covariateNames.first, terms: [], iterations: 0)
        guard !input.covariates.isEmpty else {
            empty.status = .noCovariates
            empty.message = "nothing to estimate: no group contrast and no covariates"
            self.init(result: empty)
            return
        }
        guard events > 0 else {
            empty.message = "no events among the \(input.count) patients: hazard ratios cannot be estimated"
            empty.terms = input.covariateNames.enumerated().map { index, name in
                CoxTerm(name: name, term: input.termNames[input.termOfCovariate[index]], estimable: false)
            }
            self.init(result: empty)
            return
        }
        let data = SortedCoxData(input)
        let outcome = NewtonRaphson(data: data, method: ties, control: control).fit()
        let assessment = FitAssessment(outcome: outcome, data: data, names: input.covariateNames, control: control)
        let result = CoxResultBuilder(
            input: input, data: data, outcome: outcome, assessment: assessment, ties: ties,
            confidenceLevel: confidenceLevel
        ).build()
        self.init(
            result: result, data: data,
            estimates: outcome.coefficients.indices.map { assessment.estimable[$0] ? outcome.coefficients[$0] : .nan },
            termOfCovariate: input.termOfCovariate, termNames: input.termNames)
    }

    /// A fit that was not attempted, with the reason in `result`.
    init(result: CoxRegressionResult) {
        self.init(result: result, data: nil, estimates: [], termOfCovariate: [], termNames: [])
    }

    private init(
        result: CoxRegressionResult, data: SortedCoxData?, estimates: [Double], termOfCovariate: [Int], termNames: [String]
    ) {
        self.result = result
        self.data = data
        self.estimates = estimates
        self.termOfCovariate = termOfCovariate
        self.termNames = termNames
    }
}
