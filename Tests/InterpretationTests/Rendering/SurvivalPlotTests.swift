import Annotator
import Foundation
@testable import Interpretation
import Knowledgebase
import RulesEngine
import Testing
import TestSupport

/// Kaplan–Meier plots from cohort-derived evidence, with a cohort file written for the test into a copy of
/// the knowledgebase (`Fixtures/cohort-fixture.json`: two groups with hand-made curves).
@Suite("Kaplan–Meier plots of cohort-derived evidence")
struct SurvivalPlotTests {
    @Test("a cohort-derived prognosis statement gets a plot drawn from the knowledgebase's curve points")
    func plotFromFixture() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let knowledgebase = try CohortFixture.knowledgebase(in: directory)
            let rules = try RuleSetLoader.load(from: RepositoryPaths.rules, knowledgebase: knowledgebase)
            var interpretation = try Annotator(resources: AnnotationResources(knowledgebase: knowledgebase, ruleSet: rules))
                .annotate(try Data(contentsOf: Examples.reportURL("luad-keap1-g333c-stk11-kras")), fileName: "luad.json")
            let baseline = interpretation
            let item = try #require(knowledgebase.evidence.item(CohortFixture.evidenceID))
            interpretation.evidence[item.id] = CitedEvidence(item: item, citation: knowledgebase.evidence.citation(of: item))
            interpretation.alterations[0].prognosis.append(Statement(
                direction: item.direction, therapy: nil, therapyClass: nil, text: item.statement, evidence: [item.id],
                tumorTypeMatch: .exact, ruleID: "TEST.COHORT", levels: []))

            // The example's own cohort-derived statements (e.g. TCGA LUAD) are drawn too: the fixture adds one plot.
            let before = try ParsedPage(HTMLReportWriter.text(baseline, knowledgebase: knowledgebase, language: .en, detail: .full))
            let html = try HTMLReportWriter.text(interpretation, knowledgebase: knowledgebase, language: .en, detail: .full)
            let page = try ParsedPage(html)
            let survivalPlots = { (page: ParsedPage) in (page.attributes["class"] ?? []).filter { $0 == "survival" }.count }
            #expect(page.count("figure") == before.count("figure") + 1)
            #expect(survivalPlots(page) == survivalPlots(before) + 1)
            // Hand-computed: x = 52 + t/12 * 492 (time axis 0–12 months), y = 12 + (1 - S) * 170.
            // Altered group: S = 0.5 at 6 months, 0.25 at 12; not-altered group: S = 0.75 at 6 months.
            #expect(html.contains(#"d="M52.0,12.0 H298.0 V97.0 H544.0 V139.5""#))
            #expect(html.contains(#"d="M52.0,12.0 H298.0 V54.5 H544.0""#))
            #expect(html.contains("altered: n = 4, 3 events, median 6.00 months"))
            let japanese = try HTMLReportWriter.text(interpretation, knowledgebase: knowledgebase, language: .ja, detail: .full)
            #expect(japanese.contains("altered：n = 4、イベント 3、中央値 6.00 か月"))
            let markdown = try MarkdownReportWriter.text(interpretation, knowledgebase: knowledgebase, language: .en, detail: .full)
            #expect(markdown.contains("altered: n = 4, 3 events, median 6.00 months."))
        }
    }
}

/// A copy of the knowledgebase with the fixture cohort file added and listed in the manifest.
enum CohortFixture {
    static let evidenceID = "fixture-luad-keap1-os"

    static func knowledgebase(in directory: URL) throws -> Knowledgebase {
        let folder = try Fixtures.copyOfKnowledgebase(in: directory)
        let cohortData = try Data(contentsOf: RepositoryPaths.testFile("InterpretationTests", "Fixtures/cohort-fixture.json"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("cohorts"), withIntermediateDirectories: true)
        try cohortData.write(to: folder.appendingPathComponent("cohorts/fixture.json"))
        let manifestURL = folder.appendingPathComponent("manifest.json")
        guard var manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any],
              var files = manifest["files"] as? [[String: Any]] else { throw SetupFailure("manifest.json is not an object with files") }
        files.append(["kind": "derived", "path": "cohorts/fixture.json", "sha256": FileDigest.sha256(cohortData)])
        manifest["files"] = files
        try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys]).write(to: manifestURL)
        return try KnowledgebaseLoader.load(from: folder)
    }
}
