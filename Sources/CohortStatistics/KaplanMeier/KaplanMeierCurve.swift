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

    /// The curve from time 0 with its confidence band, to read S(t) and the median from (the band
    /// is computed once, however many times are read).
    public func banded(_ band: ConfidenceBand) -> BandedSurvivalCurve {
        BandedSurvivalCurve(self, band: band)
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

    /// S just before each distinct time, S(t−): 1 at the first time, then the value after the previous one.
    var survivalBefore: [Double] { [1] + survival.dropLast() }
}
