import Knowledgebase

/// Writes the few sentences a tumour board reads first, from the templates in `knowledgebase/texts.yaml`.
struct SummaryWriter {
    let texts: TextCatalog
    let knowledgebase: Knowledgebase

    func summary(_ alterations: [AlterationInterpretation], others: [OtherAlteration], tumorType: ResolvedTumorType, language: OutputLanguage) -> String {
        var sentences: [String] = []
        if alterations.isEmpty { sentences.append(texts.text("summary.none", language)) }
        for entry in alterations {
            let alteration = entry.annotated.alteration
            guard alteration.disposition == .interpreted else {
                sentences.append(texts.text("summary.uninterpretable", language, [
                    "gene": alteration.gene, "source": alteration.source, "reason": alteration.reason ?? "unknown",
                ]))
                continue
            }
            sentences.append(alterationSentence(entry, language))
            if !entry.prognosis.isEmpty {
                let directions = entry.prognosis.map { statement in
                    texts.text("direction.\(statement.direction)", language) + parenthesised(texts.text("match.\(statement.tumorTypeMatch.rawValue)", language), language)
                }
                sentences.append(texts.text("summary.prognosis", language, ["gene": alteration.gene, "directions": unique(directions).joined(separator: "; ")]))
            }
            for (directions, key) in [(["resistance", "no_benefit"], "summary.therapy"), (["benefit"], "summary.benefit")] {
                let therapies = summarised(entry.therapyResistance, directions: directions, language: language)
                if !therapies.isEmpty {
                    sentences.append(texts.text(key, language, ["therapies": therapies.joined(separator: language == .ja ? "、" : "; ")]))
                }
            }
        }
        if !others.isEmpty {
            sentences.append(texts.text("summary.other", language, ["count": String(others.count)]))
        }
        if tumorType.oncotreeCode == nil {
            sentences.append(texts.text("summary.tumorTypeUnknown", language))
        }
        return sentences.joined(separator: language == .ja ? "" : " ")
    }

    private func alterationSentence(_ entry: AlterationInterpretation, _ language: OutputLanguage) -> String {
        let alteration = entry.annotated.alteration
        let change = alteration.hgvsp ?? alteration.hgvsc ?? alteration.copyNumber.map { $0.kind.rawValue }
            ?? alteration.rearrangement.map { $0.reportedDescription ?? $0.kind.rawValue } ?? alteration.source
        let oncogenicity = entry.outcome.oncogenicity.map { texts.text("oncogenicity.\($0.value)", language) } ?? ""
        let effect = entry.outcome.effect.map { texts.text("summary.effect.\($0.value)", language) } ?? ""
        var region = ""
        if let id = entry.annotated.hotspot.region, let feature = knowledgebase.feature(id) {
            region = texts.text("summary.region", language, ["region": language == .ja ? feature.label.ja : feature.label.en])
        }
        let hotspot = entry.annotated.hotspot.isHotspot ? texts.text("summary.hotspot", language) : ""
        return texts.text("summary.alteration", language, [
            "gene": alteration.gene, "change": change, "oncogenicity": oncogenicity, "effect": effect, "region": region, "hotspot": hotspot,
        ])
    }

    /// Therapy names for the summary: clinical evidence only (preclinical level D statements stay in the detail),
    /// and not evidence from another tumour type; each with how its evidence matches the patient's tumour type.
    private func summarised(_ statements: [Statement], directions: [String], language: OutputLanguage) -> [String] {
        let names = statements.compactMap { statement -> String? in
            guard directions.contains(statement.direction), statement.tumorTypeMatch != .otherTumorType,
                  statement.levels.first(where: { $0.framework == "amp_asco_cap_2017" })?.level != "D" else { return nil }
            let name = statement.therapy.map { language == .ja ? $0.ja : $0.en } ?? statement.therapyClass ?? ""
            return name + parenthesised(texts.text("match.\(statement.tumorTypeMatch.rawValue)", language), language)
        }
        return unique(names)
    }

    private func parenthesised(_ text: String, _ language: OutputLanguage) -> String {
        language == .ja ? "（\(text)）" : " (\(text))"
    }

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
