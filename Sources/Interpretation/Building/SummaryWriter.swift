import Knowledgebase
import RulesEngine

/// Writes the few sentences a tumour board reads first, from the templates in `knowledgebase/texts.yaml`.
///
/// Per alteration at most three sentences, in a fixed order: the classification (with the evidence codes that
/// decide it, the origin and the AMP/ASCO/CAP tier); the implications that apply to the patient's tumour type, most
/// consequential first (pan-cancer ones only when the tumour type is unknown); the knowledge gaps. Only published
/// clinical evidence reaches the summary: preclinical (level D) statements, the knowledgebase's own cohort
/// reanalyses and evidence from other tumour types stay in the detail.
struct SummaryWriter {
    let knowledgebase: Knowledgebase

    func summary(_ alterations: [AlterationInterpretation], others: [OtherAlteration], tumorType: ResolvedTumorType, language: OutputLanguage) -> String {
        let texts = ReportTexts(catalog: knowledgebase.texts, language: language)
        var sentences: [String] = []
        if alterations.isEmpty { sentences.append(texts("summary.none")) }
        for entry in alterations {
            let alteration = entry.annotated.alteration
            guard alteration.disposition == .interpreted else {
                sentences.append(texts("summary.uninterpretable", [
                    "gene": alteration.gene, "source": Self.withoutGene(alteration.source, alteration.gene), "reason": alteration.reason ?? "unknown",
                ]))
                continue
            }
            sentences.append(classificationSentence(entry, texts))
            sentences.append(implicationSentence(entry, tumorTypeKnown: tumorType.oncotreeCode != nil, texts))
            if !entry.gaps.isEmpty {
                sentences.append(entry.gaps.map(texts.localized).joined(separator: language == .ja ? "" : " "))
            }
        }
        if !others.isEmpty {
            sentences.append(texts("summary.other", ["count": String(others.count)]))
        }
        if tumorType.oncotreeCode == nil {
            sentences.append(texts("summary.tumorTypeUnknown"))
        }
        if tumorType.histologyNeeded {
            sentences.append(texts("summary.histologyNeeded", ["name": tumorType.name ?? ""]))
        }
        return sentences.joined(separator: language == .ja ? "" : " ")
    }

    /// The report's text without the gene it starts with (`NFE2L2 N262S` → `N262S`), as the sentence names the gene.
    static func withoutGene(_ source: String, _ gene: String) -> String {
        let prefix = gene + " "
        guard source.uppercased().hasPrefix(prefix.uppercased()), source.count > prefix.count else { return source }
        return String(source.dropFirst(prefix.count))
    }

    /// `KEAP1 p.G333C: Likely Oncogenic (loss of function); ClinGen/CGC/VICC OM3, OP3 (3 points); AMP/ASCO/CAP tier II.`
    private func classificationSentence(_ entry: AlterationInterpretation, _ texts: ReportTexts) -> String {
        let alteration = entry.annotated.alteration
        let change = alteration.hgvsp ?? alteration.hgvsc ?? alteration.copyNumber.map { texts.term("report.copyNumber.", $0.kind.rawValue) }
            ?? alteration.rearrangement.map { $0.reportedDescription ?? $0.kind.rawValue } ?? alteration.source
        let codes = entry.outcome.classification.map { classification in
            texts("summary.codes", [
                "codes": classification.met.isEmpty ? texts("summary.codes.none") : classification.met.map(\.code).joined(separator: ", "),
                "points": String(classification.total), "class": texts.term("oncogenicity.", classification.class),
            ])
        } ?? ""
        return texts("summary.classified", [
            "gene": alteration.gene, "change": change,
            "oncogenicity": entry.outcome.oncogenicity.map { texts.term("oncogenicity.", $0.value) } ?? texts("summary.notClassified"),
            "effect": entry.outcome.effect.map { texts("summary.effect.\($0.value)") } ?? "",
            "origin": entry.origin.map { texts.term("summary.origin.", $0) } ?? "",
            "codes": codes,
            "tier": entry.tier.map { texts("summary.tier", ["tier": $0.tier]) } ?? "",
        ])
    }

    /// What applies to the patient: reduced benefit or resistance, benefit, then prognosis, each most consequential
    /// (strongest level) first, every therapy or direction named once.
    func implicationSentence(_ entry: AlterationInterpretation, tumorTypeKnown: Bool, _ texts: ReportTexts) -> String {
        if entry.outcome.statementsWithheld {
            return texts("summary.withheld", ["oncogenicity": entry.outcome.oncogenicity.map { texts.term("oncogenicity.", $0.value) } ?? ""])
        }
        let applies: (Statement) -> Bool = { statement in
            tumorTypeKnown ? statement.tumorTypeMatch.appliesToPatient || statement.tumorTypeMatch == .panCancer
                : statement.tumorTypeMatch == .panCancer
        }
        let therapy = summarised(entry.therapyResistance.filter(applies))
        let prognosis = summarised(entry.prognosis.filter(applies))
        let separator = texts.language == .ja ? "、" : ", "
        var parts: [String] = []
        for (directions, key) in [(["resistance", "no_benefit"], "summary.part.resistance"), (["benefit", "sensitivity"], "summary.part.benefit")] {
            let names = unique(therapy.filter { directions.contains($0.direction) }.map { statement in
                statement.therapy.map(texts.localized) ?? statement.therapyClass ?? ""
            })
            if !names.isEmpty { parts.append(texts(key, ["therapies": names.joined(separator: separator)])) }
        }
        let directions = unique(prognosis.map { texts("direction.\($0.direction)") })
        if !directions.isEmpty { parts.append(texts("summary.part.prognosis", ["directions": directions.joined(separator: separator)])) }
        guard !parts.isEmpty else {
            return texts(tumorTypeKnown ? "summary.noImplication" : "summary.noPanCancerImplication")
        }
        return texts(tumorTypeKnown ? "summary.implications" : "summary.implications.panCancer", [
            "parts": parts.joined(separator: texts.language == .ja ? "。" : "; "),
        ])
    }

    /// Published clinical statements with a direction worth a summary, in the builder's order (strongest level
    /// first): not preclinical (level D), not the knowledgebase's own reanalyses, not "no difference".
    private func summarised(_ statements: [Statement]) -> [Statement] {
        statements.filter { statement in
            let level = statement.ampLevel
            return level != nil && level != "D" && !knowledgebase.evidence.areOwnReanalyses(statement.evidence) && statement.direction != "none"
        }
    }

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
