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
