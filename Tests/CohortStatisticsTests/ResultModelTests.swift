import CohortStatistics
import Foundation
import Testing

/// The JSON result model: camelCase keys that are always present, explicit nulls, stable bytes.
@Suite("Result model")
struct ResultModelTests {
    private func sampleResult() throws -> AnalysisResult {
        let text = """
            time\tevent\tgroup\tage
            1\t1\tWT\t60
            2\t0\tMUT\t71
            3\t1\tWT\t55
            NA\t1\tWT\t50
            4\t1\tMUT\t80
            6\t0\tWT\t66
            7\t1\tMUT\t59
            9\t0\tWT\t62
            """
        let design = SurvivalDesign(
            timeColumn: "time", eventColumn: "event", groupColumn: "group", referenceGroup: "WT",
            covariates: [.numeric(column: "age")])
        return try SurvivalAnalysis.run(
            table: CohortTable(text: text), design: design, options: AnalysisOptions(times: [2, 5]))
    }

    @Test("The documented keys are present, including nulls")
    func keys() throws {
        let result = try sampleResult()
        let object = try #require(JSONSerialization.jsonObject(with: result.jsonData()) as? [String: Any])
        for key in ["n", "events", "excluded", "groups", "logrank", "cox", "confType", "phTest", "rowsSelected"] {
            #expect(object[key] != nil, "missing top-level key \(key)")
        }
        #expect(object["n"] as? Int == 7)
        #expect(object["confType"] as? String == "log")
        let excluded = try #require(object["excluded"] as? [String: Any])
        #expect(excluded["count"] as? Int == 1)
        let reasons = try #require(excluded["reasons"] as? [[String: Any]])
        #expect(reasons.first?["reason"] as? String == "missing survival time")
        #expect(reasons.first?["exampleRows"] as? [Int] == [5])

        let groups = try #require(object["groups"] as? [[String: Any]])
        for key in ["name", "n", "events", "median", "medianLower", "medianUpper", "km"] {
            #expect(groups[0][key] != nil, "missing group key \(key)")
        }
        let km = try #require(groups[0]["km"] as? [[String: Any]])
        for key in ["time", "survival", "stdErr", "lower", "upper", "nRisk"] {
            #expect(km[0][key] != nil, "missing km key \(key)")
        }
        let logrank = try #require(object["logrank"] as? [String: Any])
        for key in ["chisq", "df", "p"] { #expect(logrank[key] != nil, "missing logrank key \(key)") }
        let cox = try #require(object["cox"] as? [String: Any])
        for key in ["hr", "ciLower", "ciUpper", "p", "ties", "terms", "logLikelihoodNull", "logLikelihood",
                    "likelihoodRatioTest", "waldTest", "scoreTest", "concordance", "status", "message"] {
            #expect(cox[key] != nil, "missing cox key \(key)")
        }
        #expect(cox["ties"] as? String == "efron")
        #expect(cox["message"] is NSNull)
        let phTest = try #require(object["phTest"] as? [String: Any])
        #expect(phTest["transform"] as? String == "km")
        #expect(phTest["global"] != nil)
    }

    @Test("Encoding is deterministic and decodes back to the same value")
    func deterministic() throws {
        let first = try sampleResult()
        let second = try sampleResult()
        #expect(try first.jsonData() == second.jsonData())
        #expect(try JSONDecoder().decode(AnalysisResult.self, from: first.jsonData()) == first)
    }
}
