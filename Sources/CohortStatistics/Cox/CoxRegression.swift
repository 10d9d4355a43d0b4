import Foundation

/// A fitted Cox model: the reportable result plus what the proportional-hazards test needs.
public struct CoxFit: Sendable {
    /// The estimates and tests.
    public let result: CoxRegressionResult
    let data: SortedCoxData?
    let coefficients: [Double]
    let usable: [Bool]
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
            result: result, data: data, coefficients: outcome.coefficients, usable: assessment.estimable,
            termOfCovariate: input.termOfCovariate, termNames: input.termNames)
    }

    /// A fit that was not attempted, with the reason in `result`.
    init(result: CoxRegressionResult) {
        self.init(result: result, data: nil, coefficients: [], usable: [], termOfCovariate: [], termNames: [])
    }

    private init(
        result: CoxRegressionResult, data: SortedCoxData?, coefficients: [Double], usable: [Bool],
        termOfCovariate: [Int], termNames: [String]
    ) {
        self.result = result
        self.data = data
        self.coefficients = coefficients
        self.usable = usable
        self.termOfCovariate = termOfCovariate
        self.termNames = termNames
    }
}

/// R `coxph.fit`'s checks on a finished iteration: redundant columns and infinite coefficients.
struct FitAssessment {
    let status: CoxStatus
    let message: String?
    /// Per coefficient: finite, not redundant, from a converged fit.
    let estimable: [Bool]
    let redundant: [Bool]

    init(outcome: NewtonRaphson.Outcome, data: SortedCoxData, names: [String], control: CoxControl) {
        let p = names.count
        let redundant = outcome.rank < p ? (0 ..< p).map { outcome.variance[$0, $0] == 0 } : Array(repeating: false, count: p)
        self.redundant = redundant
        // R: infs = |u · var|, the size of the Newton step still to take.
        let step = (0 ..< p).map { column in
            abs((0 ..< p).reduce(0.0) { $0 + outcome.score[$1] * outcome.variance[$1, column] })
        }
        var infinite = Array(repeating: false, count: p)
        var messages: [String] = []
        if !outcome.converged {
            let largestPredictor = LinearPredictor.values(data: data, coefficients: outcome.coefficients).max() ?? 0
            if largestPredictor > 500 || step.contains(where: { !$0.isFinite }) {
                messages.append("did not converge in \(outcome.iterations) iterations; one or more coefficients may be infinite")
            } else {
                messages.append("did not converge in \(outcome.iterations) iterations "
                    + "(often a sign of an infinite coefficient, e.g. every event in one group)")
            }
        } else if outcome.iterations > 1 {
            for column in 0 ..< p where !outcome.score[column].isFinite
                || (step[column] > control.eps && step[column] > control.infinityTolerance * abs(outcome.coefficients[column])) {
                infinite[column] = true
            }
            let names = infinite.indices.filter { infinite[$0] }.map { names[$0] }
            if !names.isEmpty {
                messages.append("the log-likelihood converged while \(names.joined(separator: ", ")) kept moving: "
                    + "infinite estimate (monotone likelihood, e.g. every event in one group)")
            }
        }
        let redundantNames = redundant.indices.filter { redundant[$0] }.map { names[$0] }
        if !redundantNames.isEmpty {
            messages.append("\(redundantNames.joined(separator: ", ")) "
                + "\(redundantNames.count == 1 ? "is" : "are") a linear combination of the other covariates (or constant): not estimable")
        }
        if !outcome.converged {
            status = .notConverged
        } else if infinite.contains(true) {
            status = .infiniteCoefficient
        } else if redundant.contains(true) {
            status = .singular
        } else {
            status = .converged
        }
        message = messages.isEmpty ? nil : messages.joined(separator: "; ")
        estimable = (0 ..< p).map { outcome.converged && !infinite[$0] && !redundant[$0] && outcome.coefficients[$0].isFinite }
    }
}
