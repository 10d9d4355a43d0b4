import RulesEngine
import Testing

/// The report's alterations as the rules see them: indexed once per report, each alteration's context
/// excluding the alteration itself.
@Suite("Report context")
struct ReportContextTests {
    static let alterations = [
        CoAlteration(gene: "KEAP1", kind: "short_variant", proteinShort: "p.G333C", isLossOfFunction: false, source: "KEAP1 G333C"),
        CoAlteration(gene: "KRAS", kind: "short_variant", proteinShort: "p.G12C", isLossOfFunction: false, source: "KRAS G12C"),
        CoAlteration(gene: "stk11", kind: "short_variant", proteinShort: "p.Q37*", isLossOfFunction: true, source: "STK11 Q37*"),
        CoAlteration(gene: "KEAP1", kind: "short_variant", proteinShort: "p.R415G", isLossOfFunction: false, source: "KEAP1 R415G"),
    ]

    @Test("the first match in report order among the named genes, any letter case, only their alterations looked at")
    func firstInReportOrder() {
        let index = ReportContext.Index(Self.alterations)
        #expect(index.first(ofGenes: ["STK11", "kras"]) { _ in true }?.source == "KRAS G12C")
        #expect(index.first(ofGenes: ["STK11"]) { $0.isLossOfFunction }?.source == "STK11 Q37*")
        var looked: [String] = []
        _ = index.first(ofGenes: ["KEAP1"]) { looked.append($0.source); return false }
        #expect(looked == ["KEAP1 G333C", "KEAP1 R415G"])
    }

    @Test("an alteration's context does not count the alteration itself")
    func excludesItself() {
        let index = ReportContext.Index(Self.alterations)
        let first = ReportContext(tumorLineage: [], tumorGroups: [], index: index, excluding: 0)
        #expect(first.coAlteration(ofGenes: ["KEAP1"]) { _ in true }?.source == "KEAP1 R415G")
        let last = ReportContext(tumorLineage: [], tumorGroups: [], index: index, excluding: 3)
        #expect(last.coAlteration(ofGenes: ["KEAP1"]) { _ in true }?.source == "KEAP1 G333C")
        let alone = ReportContext(tumorLineage: [], tumorGroups: [], index: ReportContext.Index([Self.alterations[0]]), excluding: 0)
        #expect(alone.coAlteration(ofGenes: ["KEAP1"]) { _ in true } == nil)
    }
}
