import Foundation

/// The Cox log partial likelihood with its score vector and information matrix, accumulated
/// over risk sets from the latest time backwards (Breslow or Efron handling of ties).
///
/// With `timeWeights` the covariate vector is extended to (x, g(t)·x), the model R's
/// `cox.zph` scores: the score and information then have 2p entries, evaluated at the given
/// linear predictor.
enum PartialLikelihood {
    struct Evaluation {
        var logLikelihood: Double
        var score: [Double]
        var information: SymmetricMatrix
    }

    /// Evaluates the likelihood for linear predictor `eta` (one value per sorted position).
    ///
    /// - Parameters:
    ///   - times, events, lastInStratum: the sorted outcome (ascending time within stratum).
    ///   - x: covariates row by row, `p` per row, in sorted order.
    ///   - timeWeights: g(t) per sorted position (constant within tied times), or `nil`.
    static func evaluate(
        times: [Double], events: [Bool], lastInStratum: [Bool], x: [Double], p: Int,
        eta: [Double], method: TiesMethod, timeWeights: [Double]? = nil
    ) -> Evaluation {
        let extended = timeWeights != nil
        let dimension = extended ? 2 * p : p
        var score = Array(repeating: 0.0, count: dimension)
        var information = SymmetricMatrix(dimension: dimension)
        var logLikelihood = 0.0
        // Risk-set sums of the survivors (a, cmat, denominator) and of the tied deaths.
        var a = Array(repeating: 0.0, count: p)
        var cmat = Array(repeating: 0.0, count: p * p)
        var deathA = Array(repeating: 0.0, count: p)
        var deathCmat = Array(repeating: 0.0, count: p * p)
        var denominator = 0.0

        var position = times.count - 1
        while position >= 0 {
            if lastInStratum[position] {
                denominator = 0
                for i in 0 ..< p { a[i] = 0 }
                for i in 0 ..< p * p { cmat[i] = 0 }
            }
            let time = times[position]
            let weight = timeWeights?[position] ?? 0
            var deaths = 0
            var deathDenominator = 0.0
            while position >= 0, times[position] == time {
                let risk = exp(eta[position])
                let row = position * p
                if events[position] {
                    deaths += 1
                    deathDenominator += risk
                    logLikelihood += eta[position]
                    for i in 0 ..< p {
                        let xi = x[row + i]
                        score[i] += xi
                        if extended { score[i + p] += weight * xi }
                        deathA[i] += risk * xi
                        for j in 0 ... i { deathCmat[i * p + j] += risk * xi * x[row + j] }
                    }
                } else {
                    denominator += risk
                    for i in 0 ..< p {
                        let xi = x[row + i]
                        a[i] += risk * xi
                        for j in 0 ... i { cmat[i * p + j] += risk * xi * x[row + j] }
                    }
                }
                position -= 1
                if position >= 0, lastInStratum[position] { break }  // ties do not cross strata
            }
            guard deaths > 0 else { continue }

            // Breslow adds all deaths at once; Efron in `deaths` equal parts, the k-th term
            // holding k/deaths of the tied deaths' risk (the order of terms does not matter).
            let parts = (method == .breslow || deaths == 1) ? 1 : deaths
            let share = 1 / Double(parts)
            let deathsPerPart = Double(deaths) / Double(parts)
            for _ in 0 ..< parts {
                denominator += deathDenominator * share
                logLikelihood -= deathsPerPart * log(denominator)
                for i in 0 ..< p {
                    a[i] += deathA[i] * share
                    let mean = a[i] / denominator
                    score[i] -= deathsPerPart * mean
                    if extended { score[i + p] -= weight * deathsPerPart * mean }
                    for j in 0 ... i {
                        cmat[i * p + j] += deathCmat[i * p + j] * share
                        let term = deathsPerPart * (cmat[i * p + j] - mean * a[j]) / denominator
                        information[j, i] += term
                        if extended {
                            information[j, i + p] += term * weight
                            information[j + p, i + p] += term * weight * weight
                        }
                    }
                }
            }
            for i in 0 ..< p { deathA[i] = 0 }
            for i in 0 ..< p * p { deathCmat[i] = 0 }
        }
        fillSymmetric(&information, p: p, extended: extended)
        return Evaluation(logLikelihood: logLikelihood, score: score, information: information)
    }

    /// Completes the matrix from the accumulated upper blocks.
    private static func fillSymmetric(_ matrix: inout SymmetricMatrix, p: Int, extended: Bool) {
        for i in 0 ..< p {
            for j in 0 ..< i {
                matrix[i, j] = matrix[j, i]
                if extended {
                    matrix[i, j + p] = matrix[j, i + p]
                    matrix[i + p, j + p] = matrix[j + p, i + p]
                }
            }
        }
        guard extended else { return }
        for i in 0 ..< p {
            for j in 0 ..< p { matrix[i + p, j] = matrix[j, i + p] }
        }
    }
}
