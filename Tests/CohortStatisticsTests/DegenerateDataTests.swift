import CohortStatistics
import Foundation
import Testing

/// Data on which no estimate exists: the result says so in a status with a message, and no
/// NaN or infinity reaches the output.
@Suite("Degenerate data")
struct DegenerateDataTests {
    private let design = SurvivalDesign(timeColumn: "time", eventColumn: "event", groupColumn: "group", referenceGroup: "WT")

    private func analyse(_ rows: [(Double, Int, String)], options: AnalysisOptions = AnalysisOptions(times: [2])) throws -> AnalysisResult {
        let text = "time\tevent\tgroup\n" + rows.map { "\($0.0)\t\($0.1)\t\($0.2)" }.joined(separator: "\n")
        return try SurvivalAnalysis.run(table: CohortTable(text: text), design: design, options: options)
    }

    /// Every number in the JSON is finite (JSONEncoder would refuse NaN and infinity anyway).
    private func expectEncodable(_ result: AnalysisResult) throws {
        let json = try result.jsonData()
        let decoded = try JSONDecoder().decode(AnalysisResult.self, from: json)
        #expect(decoded == result)
    }

    @Test("No events: medians not reached, log-rank and Cox report noEvents")
    func noEvents() throws {
        let result = try analyse([(1, 0, "WT"), (2, 0, "WT"), (3, 0, "MUT"), (4, 0, "MUT")])
        #expect(result.events == 0)
        #expect(result.groups.map(\.median) == [nil, nil])
        #expect(result.groups[0].km[0].survival == 1)
        #expect(result.logrank.status == .noEvents)
        #expect(result.logrank.chisq == nil)
        #expect(result.cox.status == .noEvents)
        #expect(result.cox.hr == nil)
        #expect(result.cox.message?.contains("no events") == true)
        #expect(result.phTest.status == .notAvailable)
        try expectEncodable(result)
    }

    @Test("One group: log-rank and Cox report oneGroup")
    func oneGroup() throws {
        let result = try analyse([(1, 1, "WT"), (2, 0, "WT"), (3, 1, "WT")])
        #expect(result.groups.map(\.name) == ["WT"])
        #expect(result.logrank.status == .oneGroup)
        #expect(result.cox.status == .oneGroup)
        #expect(result.cox.message?.contains("only one group") == true)
        #expect(result.cox.hr == nil)
        try expectEncodable(result)
    }

    @Test("Perfect separation: every event in one group gives an infinite coefficient, not a hazard ratio")
    func perfectSeparation() throws {
        // R 3.5-3 on these rows: "Loglik converged before variable 1; coefficient may be infinite."
        let rows: [(Double, Int, String)] = [(5, 0, "WT"), (6, 0, "WT"), (7, 0, "WT"), (8, 0, "WT"), (9, 0, "WT"),
                                             (1, 1, "MUT"), (2, 1, "MUT"), (3, 1, "MUT"), (4, 1, "MUT"), (10, 0, "MUT")]
        let result = try analyse(rows)
        #expect(result.cox.status == .infiniteCoefficient)
        #expect(result.cox.message?.contains("infinite estimate") == true)
        #expect(result.cox.hr == nil)
        #expect(result.cox.ciLower == nil)
        #expect(result.cox.terms.first?.estimable == false)
        #expect(result.logrank.status == .computed)
        #expect((result.logrank.chisq ?? 0) > 0)
        #expect(result.phTest.status == .notAvailable)
        try expectEncodable(result)
    }

    @Test("Separation that R stops at the iteration limit is notConverged, with a hint")
    func separationOutOfIterations() throws {
        // R 3.5-3 on these rows: "Ran out of iterations and did not converge" (coef 21.9 after 20 iterations).
        let result = try analyse([(5, 0, "WT"), (6, 0, "WT"), (7, 0, "WT"), (1, 1, "MUT"), (2, 1, "MUT"), (3, 1, "MUT")])
        #expect(result.cox.status == .notConverged)
        #expect(result.cox.message?.contains("infinite coefficient") == true)
        #expect(result.cox.hr == nil)
        try expectEncodable(result)
    }

    @Test("A covariate that repeats another is reported singular; the other keeps its estimate")
    func singularCovariates() throws {
        let text = """
            time\tevent\tgroup\tage\tageCopy
            1\t1\tWT\t60\t60
            2\t1\tMUT\t70\t70
            3\t0\tWT\t55\t55
            4\t1\tMUT\t80\t80
            5\t0\tWT\t65\t65
            6\t1\tWT\t50\t50
            7\t1\tMUT\t75\t75
            """
        let table = try CohortTable(text: text)
        var adjusted = design
        adjusted.covariates = [.numeric(column: "age"), .numeric(column: "ageCopy")]
        let singular = try SurvivalAnalysis.run(table: table, design: adjusted).cox
        adjusted.covariates = [.numeric(column: "age")]
        let reference = try SurvivalAnalysis.run(table: table, design: adjusted).cox
        #expect(singular.status == .singular)
        #expect(singular.message?.contains("ageCopy") == true)
        #expect(singular.terms.map(\.estimable) == [true, true, false])
        #expect(singular.terms[2].coef == nil)
        #expect(singular.likelihoodRatioTest?.df == 2)
        let hr = try #require(singular.hr)
        let referenceHR = try #require(reference.hr)
        #expect(abs(hr - referenceHR) <= 1e-9 * referenceHR)
    }

    @Test("Running out of iterations is reported as notConverged")
    func notConverged() throws {
        var options = AnalysisOptions(times: [2])
        options.control.maximumIterations = 1
        let rows: [(Double, Int, String)] = [(1, 1, "WT"), (2, 1, "MUT"), (3, 0, "WT"), (4, 1, "MUT"), (5, 1, "WT"), (6, 0, "MUT")]
        let result = try analyse(rows, options: options)
        #expect(result.cox.status == .notConverged)
        #expect(result.cox.hr == nil)
        #expect(result.cox.message?.contains("did not converge") == true)
        #expect(result.phTest.status == .notAvailable)
        try expectEncodable(result)
    }

    @Test("A filter that selects nothing yields an empty, well-formed result")
    func emptySelection() throws {
        var filtered = design
        filtered.referenceGroup = nil
        filtered.filters = [RowFilter(column: "group", values: ["AMP"])]
        let table = try CohortTable(text: "time\tevent\tgroup\n1\t1\tWT\n")
        let result = try SurvivalAnalysis.run(table: table, design: filtered)
        #expect(result.n == 0)
        #expect(result.groups.isEmpty)
        #expect(result.logrank.status == .oneGroup)
        #expect(result.cox.status == .oneGroup)
        try expectEncodable(result)
    }

    @Test("Invalid options are typed errors")
    func invalidOptions() throws {
        let table = try CohortTable(text: "time\tevent\tgroup\n1\t1\tWT\n")
        #expect(throws: CohortTableError.invalidRequestedTime(-1)) {
            try SurvivalAnalysis.run(table: table, design: design, options: AnalysisOptions(times: [-1]))
        }
        #expect(throws: CohortTableError.invalidConfidenceLevel(1.5)) {
            try SurvivalAnalysis.run(table: table, design: design, options: AnalysisOptions(confidenceLevel: 1.5))
        }
    }
}
