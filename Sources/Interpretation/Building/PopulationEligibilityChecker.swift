import Knowledgebase
import RulesEngine

/// Tests an evidence item's population (`eligibility`) against the patient's report: the item applies unless its
/// population required an alteration the report lacks, excluded one the report lists, or excluded the patient's
/// tumour type.
struct PopulationEligibilityChecker {
    let knowledgebase: Knowledgebase
    let tumorType: ResolvedTumorType
    /// Every alteration in the report, KEAP1/NFE2L2 included, indexed by gene once per report.
    let reportAlterations: ReportContext.Index

    init(knowledgebase: Knowledgebase, tumorType: ResolvedTumorType, reportAlterations: [CoAlteration]) {
        self.knowledgebase = knowledgebase
        self.tumorType = tumorType
        self.reportAlterations = ReportContext.Index(reportAlterations)
    }

    /// Why the item's population does not include the patient; empty when it does (or states no conditions).
    func reasons(excluding item: EvidenceItem) -> [LocalizedText] {
        guard let eligibility = item.eligibility else { return [] }
        var reasons: [LocalizedText] = []
        if let required = eligibility.requiresAny, !required.contains(where: { matching($0) != nil }) {
            reasons.append(text("eligibility.requiresAny", labels: required.map(\.label)))
        }
        for criterion in eligibility.excludes ?? [] {
            guard let found = matching(criterion) else { continue }
            reasons.append(text("eligibility.excludes", labels: [criterion.label], found: found.source))
        }
        for code in eligibility.excludesTumorTypes ?? [] where tumorType.lineage.contains(code) {
            let name = knowledgebase.oncotree.node(code)?.name ?? code
            reasons.append(text("eligibility.excludesTumorType", labels: [LocalizedText(en: "\(name) (\(code))", ja: "\(name)（\(code)）")]))
        }
        return reasons
    }

    private func matching(_ criterion: AlterationCriterion) -> CoAlteration? {
        reportAlterations.first(ofGenes: criterion.genes) { alteration in
            alteration.matches(genes: criterion.genes, kinds: criterion.kinds, proteins: criterion.proteins, lossOfFunction: criterion.lossOfFunction)
        }
    }

    /// The reason in both languages from the `texts.yaml` template `key`, with `{labels}` (joined) and `{found}`.
    private func text(_ key: String, labels: [LocalizedText], found: String = "") -> LocalizedText {
        func render(_ language: OutputLanguage) -> String {
            let texts = ReportTexts(catalog: knowledgebase.texts, language: language)
            let joined = labels.map(texts.localized).joined(separator: language == .ja ? "、" : ", ")
            return texts(key, ["labels": joined, "found": found])
        }
        return LocalizedText(en: render(.en), ja: render(.ja))
    }
}
