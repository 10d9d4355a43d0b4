import Foundation
import TestSupport

/// The JSON written by `Oracles/extra_survival_oracle.R` into `Fixtures/extra_survival_R.json`.
struct ExtraOracle: Decodable {
    struct Row: Decodable {
        var time: Double
        var event: Int
        var group: String
    }

    struct Spec: Decodable {
        var time: String
        var event: String
        var group: String
        var ref: String
        var covariates: [String]
        var strata: String?
        var times: [Double]
    }


    struct LogRank: Decodable {
        var chisq: Double
        var df: Int
        var p: Double
        var observed: [Double]
        var expected: [Double]
    }

    struct Term: Decodable {
        var name: String
        var coef: Double
        var se: Double
        var hr: Double
        var lower: Double?
        var upper: Double?
        var z: Double
        var p: Double
    }

    struct ZPH: Decodable {
        var term: String
        var chisq: Double
        var df: Int
        var p: Double
    }

    struct Cox: Decodable {
        var warnings: [String]
        var loglik: [Double]
        var iter: Int
        var n: Int
        var nevent: Int
        var terms: [Term]?
        var lr_test: [Double]?
        var wald_test: [Double]?
        var score_test: [Double]?
        var concordance: Double?
        var zph: [ZPH]?
    }

    struct Case: Decodable {
        var name: String
        var spec: Spec
        var n: Int
        var events: Int
        var groups: [String]
        var km: [String: [String: ROracleOutput.KMGroup]]
        var logrank: LogRank?
        var cox: [String: Cox]
    }

    var engine: String
    var datasets: [String: [Row]]
    var cases: [Case]

    static let shared: ExtraOracle? = {
        let url = RepositoryPaths.testFile("CohortStatisticsTests", "Fixtures/extra_survival_R.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(ExtraOracle.self, from: data)
    }()

    static func `case`(_ name: String) -> Case? { shared?.cases.first { $0.name == name } }

    /// A hand-made data set of the fixture as a tab-separated table.
    static func table(_ name: String) -> String? {
        guard let rows = shared?.datasets[name] else { return nil }
        return "time\tevent\tgroup\n" + rows.map { row in
            "\(row.time)\t\(row.event)\t\(row.group)"
        }.joined(separator: "\n") + "\n"
    }
}
