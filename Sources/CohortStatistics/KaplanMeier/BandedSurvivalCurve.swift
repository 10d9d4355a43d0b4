/// A Kaplan–Meier curve from time 0 with its confidence band, as R's `survfit0` reports it: a row at
/// time 0 (S = 1, no variance, interval [1, 1]) unless the first time is 0, then one row per distinct
/// time. S(t) and the median are read from these rows.
public struct BandedSurvivalCurve: Sendable {
    private let curve: KaplanMeierCurve
    private let rows: [Row]

    /// One row with its interval; a bound is `nil` where R gives `NA`.
    private struct Row: Sendable {
        var time: Double
        var survival: Double
        var logStandardError: Double
        var lower: Double?
        var upper: Double?
    }

    init(_ curve: KaplanMeierCurve, band: ConfidenceBand) {
        var rows: [Row] = []
        rows.reserveCapacity(curve.times.count + 1)
        if curve.times.first != 0 {
            rows.append(Row(time: 0, survival: 1, logStandardError: 0, lower: 1, upper: 1))
        }
        for index in curve.times.indices {
            let bounds = band.interval(survival: curve.survival[index], logStandardError: curve.logStandardError[index])
            rows.append(Row(
                time: curve.times[index], survival: curve.survival[index], logStandardError: curve.logStandardError[index],
                lower: bounds.lower, upper: bounds.upper))
        }
        self.curve = curve
        self.rows = rows
    }

    /// S(t) and its interval at `time`, as R's `summary(fit, times =, extend = TRUE)`: the
    /// step function's value at the last time ≤ `time` (so beyond the last observation the
    /// last value carries on), and the number at risk at `time` (0 beyond the last observation).
    public func estimate(at time: Double) -> SurvivalEstimate {
        var low = 0
        var high = rows.count
        while low < high {  // rows with row.time ≤ time: 0 ..< low
            let middle = (low + high) / 2
            if rows[middle].time <= time { low = middle + 1 } else { high = middle }
        }
        let row = rows[max(low - 1, 0)]
        let standardError = row.logStandardError * row.survival
        return SurvivalEstimate(
            time: time, survival: row.survival, stdErr: standardError.isFinite ? standardError : nil,
            lower: row.lower, upper: row.upper, nRisk: curve.numberAtRisk(at: time))
    }

    /// The median survival time and its confidence interval, as R's `print.survfit`.
    public var median: MedianSurvival {
        let times = rows.map(\.time)
        return MedianSurvival(
            median: Self.firstCrossing(rows.map(\.survival), times),
            lower: Self.firstCrossing(rows.map(\.lower), times),
            upper: Self.firstCrossing(rows.map(\.upper), times))
    }

    /// R `survmean`'s `minmin`: the first time a curve is ≤ 0.5 (within √ε); when it equals 0.5
    /// there and drops lower later, the midpoint of that time and the time it drops. `nil` when
    /// the curve never reaches 0.5.
    private static func firstCrossing(_ curve: [Double?], _ times: [Double]) -> Double? {
        let tolerance = Double.ulpOfOne.squareRoot()
        let kept = curve.indices.compactMap { index -> (value: Double, time: Double)? in
            guard let value = curve[index], !value.isNaN, value < 0.5 + tolerance else { return nil }
            return (value, times[index])
        }
        guard let first = kept.first else { return nil }
        if abs(first.value - 0.5) < tolerance, let drop = kept.first(where: { $0.value < first.value }) {
            return (first.time + drop.time) / 2
        }
        return first.time
    }
}
