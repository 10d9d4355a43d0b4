/// R `survival`'s `timefix` (`aeqSurv`): times that differ only by floating-point noise are
/// made equal before any estimate, so they count as ties.
public enum TimeFix {
    /// Maps each time to the smallest of the run of distinct times it is tied to; two
    /// consecutive distinct times are tied when their difference is ≤ √ε, either absolutely or
    /// relative to the mean absolute distinct time.
    public static func apply(_ times: [Double]) -> [Double] {
        let distinct = Array(Set(times.filter(\.isFinite))).sorted()
        guard distinct.count > 1 else { return times }
        let tolerance = Double.ulpOfOne.squareRoot()
        let meanAbsolute = distinct.reduce(0) { $0 + abs($1) } / Double(distinct.count)
        var cuts = [distinct[0]]
        for index in 1 ..< distinct.count {
            let gap = distinct[index] - distinct[index - 1]
            let tied = gap <= tolerance || gap / meanAbsolute <= tolerance
            if !tied { cuts.append(distinct[index]) }
        }
        guard cuts.count < distinct.count else { return times }
        return times.map { time in
            guard time.isFinite else { return time }
            var low = 0
            var high = cuts.count
            while low < high {  // cuts ≤ time: 0 ..< low
                let middle = (low + high) / 2
                if cuts[middle] <= time { low = middle + 1 } else { high = middle }
            }
            return cuts[max(low - 1, 0)]
        }
    }
}
