import Knowledgebase
import RulesEngine

/// Writes the few sentences a tumour board reads first, from the templates in `knowledgebase/texts.yaml`.
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
            sentences.append(alterationSentence(entry, texts))
            if !entry.prognosis.isEmpty {
                let directions = entry.prognosis.map { statement in
                    texts("direction.\(statement.direction)") + matchNote(statement, texts)
                }
                sentences.append(texts("summary.prognosis", ["gene": alteration.gene, "directions": unique(directions).joined(separator: "; ")]))
            }
            for (directions, key) in [(["resistance", "no_benefit"], "summary.therapy"), (["benefit"], "summary.benefit")] {
                let therapies = summarised(entry.therapyResistance, directions: directions, texts)
                if !therapies.isEmpty {
                    sentences.append(texts(key, ["therapies": therapies.joined(separator: language == .ja ? "、" : "; ")]))
                }
            }
        }
        if !others.isEmpty {
            sentences.append(texts("summary.other", ["count": String(others.count)]))
        }
        if tumorType.oncotreeCode == nil {
            sentences.append(texts("summary.tumorTypeUnknown"))
        }
        return sentences.joined(separator: language == .ja ? "" : " ")
    }

    /// The report's text without the gene it starts with (`NFE2L2 N262S` → `N262S`), as the sentence names the gene.
    static func withoutGene(_ source: String, _ gene: String) -> String {
        let prefix = gene + " "
        guard source.uppercased().hasPrefix(prefix.uppercased()), source.count > prefix.count else { return source }
        return String(source.dropFirst(prefix.count))
    }

    private func alterationSentence(_ entry: AlterationInterpretation, _ texts: ReportTexts) -> String {
        let alteration = entry.annotated.alteration
        let change = alteration.hgvsp ?? alteration.hgvsc ?? alteration.copyNumber.map { $0.kind.rawValue }
            ?? alteration.rearrangement.map { $0.reportedDescription ?? $0.kind.rawValue } ?? alteration.source
        let oncogenicity = entry.outcome.oncogenicity.map { texts("oncogenicity.\($0.value)") } ?? ""
        let effect = entry.outcome.effect.map { texts("summary.effect.\($0.value)") } ?? ""
        let region = entry.annotated.hotspot.region.flatMap(knowledgebase.feature).map { feature in
            texts("summary.region", ["region": texts.localized(feature.label)])
        } ?? ""
        let hotspot = entry.annotated.hotspot.isHotspot ? texts("summary.hotspot") : ""
        return texts("summary.alteration", [
            "gene": alteration.gene, "change": change, "oncogenicity": oncogenicity, "effect": effect, "region": region, "hotspot": hotspot,
        ])
    }

    /// Therapy names for the summary: clinical evidence only (preclinical level D statements stay in the detail),
    /// and not evidence from another tumour type; each with how its evidence matches the patient's tumour type.
    private func summarised(_ statements: [Statement], directions: [String], _ texts: ReportTexts) -> [String] {
        let names = statements.compactMap { statement -> String? in
            guard directions.contains(statement.direction), statement.tumorTypeMatch != .otherTumorType,
                  statement.levels.first(where: { $0.framework == RuleVocabulary.ampFramework })?.level != "D" else { return nil }
            let name = statement.therapy.map(texts.localized) ?? statement.therapyClass ?? ""
            return name + matchNote(statement, texts)
        }
        return unique(names)
    }

    /// How the statement's evidence matches the patient's tumour type, in parentheses.
    private func matchNote(_ statement: Statement, _ texts: ReportTexts) -> String {
        let match = texts("match.\(statement.tumorTypeMatch.rawValue)")
        return texts.language == .ja ? "（\(match)）" : " (\(match))"
    }

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
