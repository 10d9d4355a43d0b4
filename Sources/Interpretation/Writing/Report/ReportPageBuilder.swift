import Knowledgebase
import ReportModel

/// Turns an interpretation into the ``ReportPage`` the HTML and Markdown templates lay out, in one language.
struct ReportPageBuilder {
    let knowledgebase: Knowledgebase
    let language: OutputLanguage

    func page(_ interpretation: Interpretation) -> ReportPage {
        let texts = ReportTexts(catalog: knowledgebase.texts, language: language)
        let order = StatementGrouping.evidenceOrder(interpretation)
        let numbers = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0 + 1) })
        let legend = LevelLegend(interpretation, texts: texts)
        let rows = StatementRowBuilder(knowledgebase: knowledgebase, evidence: interpretation.evidence, numbers: numbers, legend: legend, texts: texts)
        let inRows = Set(interpretation.alterations.flatMap { $0.prognosis + $0.therapyResistance + $0.frequencies + $0.trials }.flatMap(\.evidence))
        let cards = AlterationCardBuilder(knowledgebase: knowledgebase, rows: rows, texts: texts)
        return ReportPage(
            language: language.rawValue,
            label: texts.labels,
            header: header(interpretation, texts),
            summary: texts.localized(interpretation.summary),
            warnings: interpretation.warnings,
            alterations: interpretation.alterations.enumerated().map { cards.card($1, index: $0) },
            otherAlterations: interpretation.otherAlterations.map { other in
                OtherAlterationRow(gene: other.gene, kind: texts.term("report.kind.", other.kind), source: other.source, vaf: other.vaf.map(DisplayNumber.exact))
            },
            biomarkers: biomarkers(interpretation.biomarkers, texts),
            evidence: order.enumerated().compactMap { index, id in
                interpretation.evidence[id].map { EvidenceEntryBuilder(texts: texts).entry($0, id: id, number: index + 1, showStatement: !inRows.contains(id)) }
            },
            levelLegend: legend.entries,
            provenance: provenance(interpretation, texts),
            disclaimer: texts.localized(interpretation.disclaimer))
    }

    private func header(_ interpretation: Interpretation, _ texts: ReportTexts) -> ReportHeaderView {
        let report = interpretation.report
        let tumorType = interpretation.tumorType
        let name = tumorType.oncotreeCode.map { code in
            texts("report.tumorType.named", ["name": tumorType.name ?? code, "code": code])
        } ?? texts("report.tumorType.unknown")
        let reported = [tumorType.reportedCode, tumorType.reportedDiagnosis].compactMap { $0 }.joined(separator: " / ")
        let match = texts("report.matchedBy.\(tumorType.matchedBy ?? "none")", [
            "text": tumorType.matchedText ?? "", "reported": reported.isEmpty ? "—" : reported,
        ])
        return ReportHeaderView(
            patientId: report.patientId, specimenId: report.specimenId, panel: report.panel, reportDate: report.reportDate,
            genomeBuild: report.genomeBuild, tumorType: name, tumorTypeMatch: match)
    }

    private func biomarkers(_ biomarkers: Biomarkers, _ texts: ReportTexts) -> [LabelledValue] {
        var values: [LabelledValue] = []
        if let tmb = biomarkers.tmbPerMegabase {
            values.append(LabelledValue(name: texts("report.biomarker.tmb"), value: texts("report.biomarker.tmbValue", ["value": DisplayNumber.exact(tmb)])))
        }
        if let msi = biomarkers.msi {
            values.append(LabelledValue(name: texts("report.biomarker.msi"), value: msi.rawValue))
        }
        return values
    }

    private func provenance(_ interpretation: Interpretation, _ texts: ReportTexts) -> [LabelledValue] {
        let value = interpretation.provenance
        func row(_ key: String, _ text: String) -> LabelledValue { LabelledValue(name: texts("report.provenance.\(key)"), value: text) }
        return [
            row("tool", "\(value.toolName) \(value.toolVersion)"),
            row("knowledgebase", value.knowledgebaseVersion),
            row("knowledgebaseSHA256", value.knowledgebaseSHA256),
            row("oncotree", value.oncotreeRelease),
            row("rules", "\(value.rulesName) \(value.rulesVersion)"),
            row("rulesSHA256", value.rulesSHA256),
            row("input", value.inputFormat),
            row("inputSHA256", value.inputSHA256),
            row("overridesSHA256", value.overridesSHA256 ?? texts("report.provenance.noOverrides")),
            row("digest", InterpretationDigest.sha256(interpretation)),
        ]
    }
}
