import Foundation

/// R's linear predictor of a Cox fit, Σ β_j (x_j − m_j) with R's centring m_j.
enum LinearPredictor {
    /// One value per sorted position of `data`; `NA` (non-finite) coefficients count as 0.
    static func values(data: SortedCoxData, coefficients: [Double]) -> [Double] {
        let p = data.covariateCount
        return (0 ..< data.count).map { row in
            var eta = 0.0
            for column in 0 ..< p where coefficients[column].isFinite {
                eta += coefficients[column] * (data.rawX[row * p + column] - data.means[column])
            }
            return eta
        }
    }
}

/// Turns a finished Newton–Raphson iteration into the reported ``CoxRegressionResult``.
struct CoxResultBuilder {
    let input: CoxModelInput
    let data: SortedCoxData
    let outcome: NewtonRaphson.Outcome
    let assessment: FitAssessment
    let ties: TiesMethod
    let confidenceLevel: Double

    func build() -> CoxRegressionResult {
        let z = NormalDistribution.quantile((1 + confidenceLevel) / 2)
        let terms = input.covariateNames.indices.map { term(at: $0, z: z) }
        let usedColumns = (0 ..< terms.count).filter { !assessment.redundant[$0] }
        let df = usedColumns.count
        // The primary term's numbers are set only when it is estimable.
        let primary = terms.first
        var result = CoxRegressionResult(
            status: assessment.status, message: assessment.message, ties: ties, n: input.count,
            events: input.events.reduce(0) { $0 + ($1 ? 1 : 0) }, confidenceLevel: confidenceLevel,
            primaryTerm: primary?.name, hr: primary?.hr, ciLower: primary?.ciLower, ciUpper: primary?.ciUpper, p: primary?.p,
            terms: terms, iterations: outcome.iterations)
        result.logLikelihoodNull = outcome.logLikelihoodNull
        result.scoreTest = ChiSquareTest(statistic: outcome.scoreTest, df: df)
        if outcome.converged {
            result.logLikelihood = outcome.logLikelihood
            result.likelihoodRatioTest = ChiSquareTest(
                statistic: 2 * (outcome.logLikelihood - outcome.logLikelihoodNull), df: df)
            result.concordance = Concordance.harrell(
                times: data.times, events: data.events, strata: data.strata,
                predictor: LinearPredictor.values(data: data, coefficients: usableCoefficients()))
        }
        if assessment.status == .converged || assessment.status == .singular {
            result.waldTest = waldTest(columns: usedColumns)
        }
        return result
    }

    /// The coefficients with `NA` (redundant) ones set to NaN, as R drops them.
    private func usableCoefficients() -> [Double] {
        outcome.coefficients.indices.map { assessment.redundant[$0] ? .nan : outcome.coefficients[$0] }
    }

    private func term(at index: Int, z: Double) -> CoxTerm {
        let name = input.covariateNames[index]
        var term = CoxTerm(name: name, term: input.termNames[input.termOfCovariate[index]], estimable: assessment.estimable[index])
        guard !assessment.redundant[index] else { return term }
        let coef = outcome.coefficients[index]
        let se = outcome.variance[index, index].squareRoot()
        guard coef.isFinite, se.isFinite else { return term }
        term.coef = coef
        term.se = se
        guard term.estimable, se > 0 else { return term }
        term.hr = exp(coef)
        term.ciLower = exp(coef - z * se)
        term.ciUpper = exp(coef + z * se)
        term.z = coef / se
        term.p = ChiSquareDistribution.survival((coef / se) * (coef / se), degreesOfFreedom: 1)
        return term
    }

    /// β̂ᵀ V⁻¹ β̂ over the estimable columns (R `coxph.wtest`).
    private func waldTest(columns: [Int]) -> ChiSquareTest? {
        guard !columns.isEmpty else { return nil }
        let beta = columns.map { outcome.coefficients[$0] }
        let statistic = CholeskyDecomposition(outcome.variance.submatrix(columns)).inverseQuadraticForm(beta)
        return ChiSquareTest(statistic: statistic, df: columns.count)
    }
}
