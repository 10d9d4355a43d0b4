/// Harrell's concordance of a risk score with survival, as R's `coxph` reports it
/// (`concordancefit(..., reverse = TRUE)`, time weight "n").
///
/// A pair is comparable when the shorter time is an event and the other patient is still at
/// risk then (a longer time, or censored at the same time); pairs with tied event times are
/// not comparable. It is concordant when the earlier event has the higher score; tied scores
/// count one half. Pairs are formed within strata only. O(n log n) with a Fenwick tree.
enum Concordance {
    static func harrell(times: [Double], events: [Bool], strata: [Int], predictor: [Double]) -> Double? {
        var concordant = 0.0
        var comparable = 0.0
        var start = 0
        // `times` and `strata` come sorted by stratum, then time.
        while start < times.count {
            var end = start
            while end < times.count, strata[end] == strata[start] { end += 1 }
            let counts = countPairs(
                times: Array(times[start ..< end]), events: Array(events[start ..< end]),
                predictor: Array(predictor[start ..< end]))
            concordant += counts.concordant
            comparable += counts.comparable
            start = end
        }
        return comparable > 0 ? concordant / comparable : nil
    }

    /// Concordant (+ ½ tied) and comparable pair counts within one stratum.
    private static func countPairs(times: [Double], events: [Bool], predictor: [Double]) -> (concordant: Double, comparable: Double) {
        let ranks = denseRanks(predictor)
        var tree = FenwickTree(size: (ranks.max() ?? 0) + 1)
        // Latest first; at equal times censored patients enter the risk set before the deaths.
        let order = times.indices.sorted { left, right in
            if times[left] != times[right] { return times[left] > times[right] }
            if events[left] != events[right] { return !events[left] }
            return left < right
        }
        var concordant = 0.0
        var comparable = 0.0
        var index = 0
        while index < order.count {
            let patient = order[index]
            guard events[patient] else {
                tree.add(at: ranks[patient])
                index += 1
                continue
            }
            var blockEnd = index
            while blockEnd < order.count, times[order[blockEnd]] == times[patient], events[order[blockEnd]] {
                blockEnd += 1
            }
            let atRisk = tree.total
            for position in index ..< blockEnd {
                let rank = ranks[order[position]]
                let lower = tree.prefixSum(through: rank - 1)
                let tied = tree.prefixSum(through: rank) - lower
                concordant += Double(lower) + 0.5 * Double(tied)
                comparable += Double(atRisk)
            }
            for position in index ..< blockEnd { tree.add(at: ranks[order[position]]) }
            index = blockEnd
        }
        return (concordant, comparable)
    }

    /// 0-based ranks of the distinct values (equal values share a rank).
    private static func denseRanks(_ values: [Double]) -> [Int] {
        let distinct = Array(Set(values)).sorted()
        return values.map { value in
            var low = 0
            var high = distinct.count - 1
            while low < high {
                let middle = (low + high) / 2
                if distinct[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }
}

/// Counts per rank with prefix sums in O(log n).
struct FenwickTree {
    private var counts: [Int]
    private(set) var total = 0

    init(size: Int) { counts = Array(repeating: 0, count: size + 1) }

    mutating func add(at rank: Int) {
        total += 1
        var index = rank + 1
        while index < counts.count {
            counts[index] += 1
            index += index & -index
        }
    }

    /// The number of entries with rank ≤ `rank` (0 for a negative rank).
    func prefixSum(through rank: Int) -> Int {
        var sum = 0
        var index = rank + 1
        while index > 0 {
            sum += counts[index]
            index -= index & -index
        }
        return sum
    }
}
