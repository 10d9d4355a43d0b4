/// Cox model data sorted by stratum and time, with covariates centred and scaled as R's
/// `coxfit6` does (columns of only −1, 0 and 1 are left as they are).
struct SortedCoxData {
    let count: Int
    let covariateCount: Int
    /// Times, ascending within stratum.
    let times: [Double]
    let events: [Bool]
    /// True for the last (latest) observation of each stratum.
    let lastInStratum: [Bool]
    let strata: [Int]
    /// Centred and scaled covariates, row by row (`count × covariateCount`).
    let x: [Double]
    /// Original covariates, row by row, in sorted order.
    let rawX: [Double]
    /// The centring of each column (0 where not centred).
    let means: [Double]
    /// The scale factor of each column (1 where not scaled).
    let scales: [Double]
    /// For each sorted position, the patient's index in the input.
    let order: [Int]

    init(_ input: CoxModelInput) {
        let n = input.count
        let p = input.covariates.count
        count = n
        covariateCount = p
        let strataValues = input.strata ?? Array(repeating: 0, count: n)
        let order = (0 ..< n).sorted { left, right in
            if strataValues[left] != strataValues[right] { return strataValues[left] < strataValues[right] }
            if input.times[left] != input.times[right] { return input.times[left] < input.times[right] }
            return left < right
        }
        self.order = order
        times = order.map { input.times[$0] }
        events = order.map { input.events[$0] }
        strata = order.map { strataValues[$0] }
        lastInStratum = (0 ..< n).map { $0 == n - 1 || strataValues[order[$0]] != strataValues[order[$0 + 1]] }

        var means = Array(repeating: 0.0, count: p)
        var scales = Array(repeating: 1.0, count: p)
        for column in 0 ..< p {
            let values = input.covariates[column]
            guard !values.allSatisfy({ $0 == -1 || $0 == 0 || $0 == 1 }) else { continue }
            let mean = values.reduce(0, +) / Double(n)
            let absoluteDeviation = values.reduce(0) { $0 + abs($1 - mean) }
            means[column] = mean
            scales[column] = absoluteDeviation > 0 ? Double(n) / absoluteDeviation : 1
        }
        self.means = means
        self.scales = scales

        var x = Array(repeating: 0.0, count: n * p)
        var rawX = Array(repeating: 0.0, count: n * p)
        for (position, patient) in order.enumerated() {
            for column in 0 ..< p {
                let value = input.covariates[column][patient]
                rawX[position * p + column] = value
                x[position * p + column] = (value - means[column]) * scales[column]
            }
        }
        self.x = x
        self.rawX = rawX
    }
}
