import Foundation

/// Turns cohort-derived analyses into evidence items with statements written from the texts in
/// `texts.yaml`, stating exactly the derived numbers and no more.
public struct CohortEvidenceConverter {
    /// The citation kind of the knowledgebase's own cohort reanalyses (ranked after published evidence).
    public static let citationKind = "dataset"

    let file: CohortEvidenceFile
    let path: String
    let oncotree: OncoTree
    let texts: TextCatalog

    var citation: Citation {
        Citation(
            id: "cohort-\(file.id)", kind: Self.citationKind, authors: file.cohort.name,
            title: file.cohort.description, journal: nil, year: nil, doi: nil, pmid: nil, url: nil, retrievedFrom: nil,
            file: file.cohort.inputFile, verified: true,
            note: "Derived with \(file.method.tool) \(file.method.toolVersion) from \(file.cohort.inputFile) (SHA-256 \(file.cohort.inputSHA256), \(file.cohort.dataVersion)); \(file.method.survival). Caveats: \(file.cohort.caveats.joined(separator: " "))")
    }

    func items() -> [EvidenceItem] {
        file.survival.map(survivalItem) + file.frequencies.map(frequencyItem)
    }

    private func scope(_ code: String) -> (scope: String, tumorTypes: [String]) {
        code.uppercased() == "ALL" ? ("pan_cancer", []) : ("tumor_type", [code])
    }

    private func population(_ code: String, _ language: OutputLanguage) -> String {
        if code.uppercased() == "ALL" { return texts.text("cohort.allPatients", language) }
        return oncotree.node(code).map { "\($0.name) (\($0.code))" } ?? code
    }

    private func survivalItem(_ analysis: CohortSurvivalEvidence) -> EvidenceItem {
        let direction: String
        let reading: String
        if let lower = analysis.ciLower, let upper = analysis.ciUpper, analysis.hazardRatio != nil {
            direction = lower > 1 ? "worse" : upper < 1 ? "better" : "none"
            reading = "cohort.reading.\(direction)"
        } else {
            direction = "none"
            reading = "cohort.reading.unavailable"
        }
        func statement(_ language: OutputLanguage) -> String {
            texts.text("cohort.survival.statement", language, [
                "cohort": file.cohort.name, "population": population(analysis.tumorType, language),
                "n": String(analysis.n), "events": String(analysis.events), "endpoint": texts.term("report.endpoint.", analysis.endpoint, language),
                "alteration": texts.term("cohort.alteration.", analysis.alteration, language),
                "hr": NumberText.significant(analysis.hazardRatio), "lower": NumberText.significant(analysis.ciLower),
                "upper": NumberText.significant(analysis.ciUpper), "p": NumberText.pValue(analysis.logrankP),
                "reading": texts.text(reading, language, ["status": analysis.coxStatus]),
            ])
        }
        let (scope, tumorTypes) = scope(analysis.tumorType)
        return EvidenceItem(
            id: analysis.id, kind: "prognosis", verified: true, gene: analysis.gene,
            alteration: LocalizedText(en: analysis.alteration, ja: texts.term("cohort.alteration.", analysis.alteration, .ja)), scope: scope,
            scopeNote: "cohort-derived (\(path)); filters: \(analysis.filters.joined(separator: ", "))",
            tumorTypes: tumorTypes, tumorGroup: nil,
            population: LocalizedText(en: population(analysis.tumorType, .en), ja: population(analysis.tumorType, .ja)),
            therapy: nil, therapyClass: nil, endpoint: analysis.endpoint, comparison: "not altered",
            direction: direction,
            effects: [EffectMeasure(
                measure: "hazard_ratio", value: NumberText.rounded(analysis.hazardRatio),
                ciLower: NumberText.rounded(analysis.ciLower), ciUpper: NumberText.rounded(analysis.ciUpper),
                p: analysis.coxP.map(NumberText.pValue), n: analysis.n, group: analysis.alteration, comparator: "not altered",
                endpoint: analysis.endpoint, text: nil)],
            studyType: "retrospective cohort analysis derived by keapnrf", citation: citation.id,
            locator: "\(path), survival analysis \(analysis.id)",
            statement: LocalizedText(en: statement(.en), ja: statement(.ja)), levels: nil, note: nil)
    }

    private func frequencyItem(_ frequency: CohortFrequencyEvidence) -> EvidenceItem {
        func statement(_ language: OutputLanguage) -> String {
            texts.text("cohort.frequency.statement", language, [
                "cohort": file.cohort.name, "alteration": texts.term("cohort.alteration.", frequency.alteration, language), "altered": String(frequency.altered),
                "n": String(frequency.n), "population": population(frequency.tumorType, language),
                "percent": NumberText.fixed(frequency.percent, digits: 1),
                "lower": NumberText.fixed(frequency.wilsonLower * 100, digits: 1), "upper": NumberText.fixed(frequency.wilsonUpper * 100, digits: 1),
            ])
        }
        let (scope, tumorTypes) = scope(frequency.tumorType)
        return EvidenceItem(
            id: frequency.id, kind: "frequency", verified: true, gene: frequency.gene,
            alteration: LocalizedText(en: frequency.alteration, ja: texts.term("cohort.alteration.", frequency.alteration, .ja)), scope: scope, scopeNote: nil,
            tumorTypes: tumorTypes, tumorGroup: nil,
            population: LocalizedText(en: population(frequency.tumorType, .en), ja: population(frequency.tumorType, .ja)),
            therapy: nil, therapyClass: nil, endpoint: nil, comparison: nil, direction: "none",
            effects: [EffectMeasure(measure: "percent_altered", value: NumberText.rounded(frequency.percent, digits: 1),
                                    ciLower: NumberText.rounded(frequency.wilsonLower * 100, digits: 1),
                                    ciUpper: NumberText.rounded(frequency.wilsonUpper * 100, digits: 1), p: nil, n: frequency.n, group: nil, comparator: nil, endpoint: nil, text: nil)],
            studyType: "cohort frequency derived by keapnrf", citation: citation.id,
            locator: "\(path), frequency \(frequency.id)",
            statement: LocalizedText(en: statement(.en), ja: statement(.ja)), levels: nil, note: nil)
    }
}
