import Annotator
import Foundation
import Testing

/// `kb diff` lists the statements a change adds, removes or rewords. Expectations from rules/ruleset.yaml: a VUS
/// carries no statement, and a reviewer's Likely Oncogenic call attaches the C-CAT chemotherapy statement (rules/
/// therapy.yaml THERAPY.CCAT.CHEMORESISTANCE, evidence ccat2024-chemoresistance).
@Suite("Statement differences")
struct StatementDiffTests {
    @Test("the same interpretation twice differs in nothing; a reviewed call adds its statements and changes the tier")
    func statementLines() throws {
        let report = TestResources.report(gene: "KEAP1", hgvsp: "p.K303M")
        let plain = try TestResources.annotate(json: report)
        #expect(StatementDiff.lines(before: plain, after: plain).isEmpty)
        let overrides = try ReviewerOverrides.load(Data(TestResources.reviewedK303M.utf8), file: "overrides.yaml")
        let reviewed = try TestResources.annotator().annotate(Data(report.utf8), fileName: "r.json", overrides: overrides)
        let lines = StatementDiff.lines(before: plain, after: reviewed)
        #expect(lines.contains { $0.hasPrefix("+ therapy KEAP1 p.Lys303Met [ccat2024-chemoresistance] resistance") })
        #expect(lines.contains { $0.hasPrefix("~ tier KEAP1 p.Lys303Met reworded:") })
        #expect(!lines.contains { $0.hasPrefix("-") })
        #expect(StatementDiff.lines(before: reviewed, after: plain).contains { $0.hasPrefix("- therapy KEAP1 p.Lys303Met [ccat2024-chemoresistance]") })
    }
}
