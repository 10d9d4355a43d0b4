/// Fits a Cox model by Newton–Raphson with step-halving, following R `survival`'s `coxfit6`:
/// start at β = 0, stop when |1 − ℓ_old / ℓ_new| ≤ eps, halve the step (ever more
/// aggressively) whenever the log-likelihood fails to increase or is not finite.
struct NewtonRaphson {
    /// The outcome of the iteration, on the covariates' original scale.
    struct Outcome {
        var coefficients: [Double]
        /// Inverse information at the final coefficients (0 rows for redundant columns).
        var variance: SymmetricMatrix
        /// Score vector at the final coefficients.
        var score: [Double]
        var logLikelihoodNull: Double
        var logLikelihood: Double
        /// uᵀ I⁻¹ u at β = 0.
        var scoreTest: Double
        var iterations: Int
        var converged: Bool
        /// The rank found by the last Cholesky decomposition.
        var rank: Int
        /// Columns whose pivot was redundant in the last decomposition.
        var redundant: [Bool]
    }

    let data: SortedCoxData
    let method: TiesMethod
    let control: CoxControl

    func fit() -> Outcome {
        let p = data.covariateCount
        var beta = Array(repeating: 0.0, count: p)
        let initial = evaluate(beta)
        var decomposition = CholeskyDecomposition(initial.information, tolerance: control.cholesky)
        let firstStep = decomposition.solve(initial.score)
        let scoreTest = zip(initial.score, firstStep).reduce(0) { $0 + $1.0 * $1.1 }  // uᵀ I⁻¹ u, reusing the step
        let logLikelihoodNull = initial.logLikelihood

        var current = initial
        var bestLogLikelihood = logLikelihoodNull
        guard control.maximumIterations > 0, logLikelihoodNull.isFinite else {
            return outcome(beta, current, decomposition, logLikelihoodNull, scoreTest, iterations: 0, converged: true)
        }
        var newBeta = zip(beta, firstStep).map { $0 + $1 }
        var halving = 0.0
        for iteration in 1 ... control.maximumIterations {
            let trial = evaluate(newBeta)
            decomposition = CholeskyDecomposition(trial.information, tolerance: control.cholesky)
            let finite = trial.logLikelihood.isFinite && trial.score.allSatisfy(\.isFinite)
                && trial.information.entries.allSatisfy(\.isFinite)
            if finite, abs(1 - bestLogLikelihood / trial.logLikelihood) <= control.eps {
                return outcome(newBeta, trial, decomposition, logLikelihoodNull, scoreTest,
                               iterations: iteration, converged: true)
            }
            if !finite || trial.logLikelihood < bestLogLikelihood {
                halving += 1
                newBeta = zip(newBeta, beta).map { ($0 + halving * $1) / (halving + 1) }
            } else {
                halving = 0
                bestLogLikelihood = trial.logLikelihood
                let step = decomposition.solve(trial.score)
                beta = newBeta
                newBeta = zip(newBeta, step).map { $0 + $1 }
                current = trial
            }
        }
        // Out of iterations: report the last accepted coefficients.
        current = evaluate(beta)
        decomposition = CholeskyDecomposition(current.information, tolerance: control.cholesky)
        return outcome(beta, current, decomposition, logLikelihoodNull, scoreTest,
                       iterations: control.maximumIterations, converged: false)
    }

    /// The likelihood at `beta` (scaled covariates).
    private func evaluate(_ beta: [Double]) -> PartialLikelihood.Evaluation {
        PartialLikelihood.evaluate(
            times: data.times, events: data.events, lastInStratum: data.lastInStratum,
            x: data.x, p: data.covariateCount, eta: linearPredictor(beta), method: method)
    }

    private func linearPredictor(_ beta: [Double]) -> [Double] {
        let p = data.covariateCount
        return (0 ..< data.count).map { row in
            var eta = 0.0
            for column in 0 ..< p { eta += beta[column] * data.x[row * p + column] }
            return eta
        }
    }

    /// Converts a result on the scaled covariates back to the original scale.
    private func outcome(
        _ scaledBeta: [Double], _ evaluation: PartialLikelihood.Evaluation, _ decomposition: CholeskyDecomposition,
        _ logLikelihoodNull: Double, _ scoreTest: Double, iterations: Int, converged: Bool
    ) -> Outcome {
        let p = data.covariateCount
        let scales = data.scales
        var variance = decomposition.inverse()
        for i in 0 ..< p {
            for j in 0 ..< p { variance[i, j] *= scales[i] * scales[j] }
        }
        return Outcome(
            coefficients: (0 ..< p).map { scaledBeta[$0] * scales[$0] },
            variance: variance,
            score: (0 ..< p).map { evaluation.score[$0] / scales[$0] },
            logLikelihoodNull: logLikelihoodNull,
            logLikelihood: evaluation.logLikelihood,
            scoreTest: scoreTest,
            iterations: iterations,
            converged: converged,
            rank: decomposition.rank,
            redundant: (0 ..< p).map { decomposition.isRedundant($0) }
        )
    }
}
