import Foundation

/// The Kaplan–Meier estimate of one group, with Greenwood variance, as R's `survfit`.
///
/// The curve has one row per distinct time (event or censoring), like R's `survfit` object:
/// the number at risk just before the time, the events and censorings at it, the survival just
/// after it, and the standard error of log S (Greenwood: Σ d / (n (n − d)); infinite once S
/// reaches 0).
public struct KaplanMeierCurve: Sendable, Equatable {
    /// Distinct times, ascending.
    public let times: [Double]
    /// Patients at risk at each time (time ≥ t).
    public let atRisk: [Int]
    /// Events at each time.
    public let eventCounts: [Int]
    /// Censorings at each time.
    public let censoredCounts: [Int]
    /// S(t) just after each time.
    public let survival: [Double]
    /// Standard error of log S(t) (Greenwood).
    public let logStandardError: [Double]

    /// The number of patients.
    public var count: Int { atRisk.first ?? 0 }
    /// The number of events.
    public var eventTotal: Int { eventCounts.reduce(0, +) }

    /// Estimates the curve from follow-up times and event indicators.
    public init(times: [Double], events: [Bool]) {
        let order = times.indices.sorted { times[$0] < times[$1] }
        var distinct: [Double] = []
        var atRisk: [Int] = []
        var eventCounts: [Int] = []
        var censoredCounts: [Int] = []
        var survival: [Double] = []
        var logStandardError: [Double] = []
        var s = 1.0
        var greenwood = 0.0
        var index = 0
        while index < order.count {
            let time = times[order[index]]
            var end = index
            var deaths = 0
            while end < order.count, times[order[end]] == time {
                if events[order[end]] { deaths += 1 }
                end += 1
            }
            let risk = order.count - index
            if deaths > 0 {
                let n = Double(risk)
                let d = Double(deaths)
                s *= (n - d) / n
                greenwood += d / (n * (n - d))
            }
            distinct.append(time)
            atRisk.append(risk)
            eventCounts.append(deaths)
            censoredCounts.append(end - index - deaths)
            survival.append(s)
            logStandardError.append(greenwood.squareRoot())
            index = end
        }
        self.times = distinct
        self.atRisk = atRisk
        self.eventCounts = eventCounts
        self.censoredCounts = censoredCounts
        self.survival = survival
        self.logStandardError = logStandardError
    }

    /// The rows R's `survfit0` reports: a row at time 0 (S = 1, no variance, interval [1, 1])
    /// is prepended unless the first time is 0.
    func rowsFromZero(_ band: ConfidenceBand) -> [SurvivalRow] {
        var rows: [SurvivalRow] = []
        rows.reserveCapacity(times.count + 1)
        if times.first != 0 {
            rows.append(SurvivalRow(time: 0, survival: 1, logStandardError: 0, lower: 1, upper: 1))
        }
        for index in times.indices {
            let bounds = band.interval(survival: survival[index], logStandardError: logStandardError[index])
            rows.append(SurvivalRow(
                time: times[index], survival: survival[index], logStandardError: logStandardError[index],
                lower: bounds.lower, upper: bounds.upper))
        }
        return rows
    }

    /// S(t) and its interval at `time`, as R's `summary(fit, times =, extend = TRUE)`: the
    /// step function's value at the last time ≤ `time` (so beyond the last observation the
    /// last value carries on), and the number at risk at `time` (0 beyond the last observation).
    public func estimate(at time: Double, band: ConfidenceBand) -> SurvivalEstimate {
        let rows = rowsFromZero(band)
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
            lower: row.lower, upper: row.upper, nRisk: numberAtRisk(at: time))
    }

    /// Patients with follow-up time ≥ `time`.
    public func numberAtRisk(at time: Double) -> Int {
        var low = 0
        var high = times.count
        while low < high {  // first index with times[index] ≥ time
            let middle = (low + high) / 2
            if times[middle] < time { low = middle + 1 } else { high = middle }
        }
        return low < atRisk.count ? atRisk[low] : 0
    }

    /// The median survival time and its confidence interval, as R's `print.survfit`.
    public func median(band: ConfidenceBand) -> MedianSurvival {
        let rows = rowsFromZero(band)
        let times = rows.map(\.time)
        return MedianSurvival(
            median: Self.firstCrossing(rows.map(\.survival), times),
            lower: Self.firstCrossing(rows.map(\.lower), times),
            upper: Self.firstCrossing(rows.map(\.upper), times))
    }

    /// R `survmean`'s `minmin`: the first time a curve is ≤ 0.5 (within √ε); when it equals 0.5
    /// there and drops lower later, the midpoint of that time and the time it drops. `nil` when
    /// the curve never reaches 0.5.
    static func firstCrossing(_ curve: [Double?], _ times: [Double]) -> Double? {
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

/// One row of a survival curve with its confidence interval.
struct SurvivalRow {
    var time: Double
    var survival: Double
    var logStandardError: Double
    var lower: Double?
    var upper: Double?
}

/// S(t) at a requested time.
public struct SurvivalEstimate: Sendable, Codable, Equatable {
    /// The requested time.
    public var time: Double
    /// S(t).
    public var survival: Double
    /// Standard error of S(t) (Greenwood), `nil` where undefined (S = 0).
    @JSONNullable public var stdErr: Double? = nil
    /// Lower confidence bound, `nil` where the transform is undefined.
    @JSONNullable public var lower: Double? = nil
    /// Upper confidence bound, `nil` where the transform is undefined.
    @JSONNullable public var upper: Double? = nil
    /// Patients still at risk at t.
    public var nRisk: Int
}

/// The median survival time with its confidence interval; `nil` when not reached.
public struct MedianSurvival: Sendable, Codable, Equatable {
    /// The median.
    @JSONNullable public var median: Double? = nil
    /// Where the lower confidence curve first reaches 0.5.
    @JSONNullable public var lower: Double? = nil
    /// Where the upper confidence curve first reaches 0.5.
    @JSONNullable public var upper: Double? = nil
}
