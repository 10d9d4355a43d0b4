import Foundation
import TestSupport

/// `Fixtures/tcga_derived_R.json`, written by `Oracles/tcga_derived_oracle.R` (R 4.2.2, survival 3.5-3): every
/// comparison of the committed TCGA evidence with each group's curve at its event times.
struct DerivedComparisonOracle: Decodable {
    struct Group: Decodable {
        var n: Int
        var events: Int
        var median: Double?
        var median_lower: Double?
        var median_upper: Double?
        var time: [Double]
        var n_risk: [Int]
        var surv: [Double]
        var lower: [Double?]
        var upper: [Double?]
    }

    var n: Int
    var events: Int
    var groups: [String: Group]
    var logrank_chisq: Double
    var logrank_p: Double
    var hr: Double
    var hr_lower: Double
    var hr_upper: Double
    var p_wald: Double

    /// Every comparison by `<CODE>_<GENE>`.
    static func all() throws -> [String: DerivedComparisonOracle] {
        let url = RepositoryPaths.testFile("CohortAnalysisTests", "Fixtures/tcga_derived_R.json")
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        object.removeValue(forKey: "engine")
        return try JSONDecoder().decode([String: DerivedComparisonOracle].self, from: JSONSerialization.data(withJSONObject: object))
    }
}

/// Relative agreement within the tolerance (1e-6), or both absent.
func agrees(_ ours: Double?, _ oracle: Double?, tolerance: Double = 1e-6) -> Bool {
    switch (ours, oracle) {
    case (nil, nil): return true
    case let (ours?, oracle?): return abs(ours - oracle) <= tolerance * max(abs(oracle), 1e-300) || ours == oracle
    default: return false
    }
}
