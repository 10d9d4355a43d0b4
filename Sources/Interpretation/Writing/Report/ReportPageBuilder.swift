import Knowledgebase
import ReportModel

/// Turns an interpretation into the ``ReportPage`` the HTML and Markdown templates lay out, in one language.
struct ReportPageBuilder {
    let knowledgebase: Knowledgebase
    let language: OutputLanguage
    let detail: ReportDetail

    func page(_ interpretation: Interpretation) -> ReportPage {
        let texts = ReportTexts(catalog: knowledgebase.texts, language: language)
        let groups = detail == .full ? StatementGrouping.Group.allCases : [.patient, .panCancer]
        let order = StatementGrouping.evidenceOrder(interpretation, groups: groups).filter(citedOnPage(interpretation, groups: groups))
        // The full page numbers every evidence item; the summary page every source, so items of one paper share a number.
        let entries = detail == .full ? order.map { [$0] } : bySource(order, interpretation)
        var numbers: [String: Int] = [:]
        for (index, ids) in entries.enumerated() { ids.forEach { numbers[$0] = index + 1 } }
        let legend = LevelLegend(interpretation, groups: groups, texts: texts)
        let rows = StatementRowBuilder(
            knowledgebase: knowledgebase, evidence: interpretation.evidence, numbers: numbers, legend: legend, texts: texts,
            withDetail: detail == .full)
        let shown = interpretation.alterations.flatMap { entry in StatementGrouping.grouped(entry, groups: groups).flatMap { $0.kinds.flatMap(\.statements) } }
        let inRows = Set(shown.flatMap(\.evidence))
        let cards = AlterationCardBuilder(knowledgebase: knowledgebase, rows: rows, texts: texts, groups: groups, withRules: detail == .full)
        let firstPage = FirstPageBuilder(knowledgebase: knowledgebase, texts: texts, numbers: numbers)
        return ReportPage(
            language: language.rawValue,
            label: texts.labels,
            header: header(interpretation, texts),
            isFull: detail == .full,
            overview: firstPage.overview(interpretation),
            summary: texts.localized(interpretation.summary),
            warnings: interpretation.warnings,
            relevant: firstPage.relevant(interpretation),
            omitted: detail == .full ? [] : firstPage.omitted(interpretation),
            alterations: interpretation.alterations.enumerated().map { index, entry in
                let gene = entry.annotated.alteration.gene
                return cards.card(entry, index: index, withBackground: !interpretation.alterations[..<index].contains { $0.annotated.alteration.gene == gene })
            },
            otherAlterations: interpretation.otherAlterations.map { other in
                OtherAlterationRow(gene: other.gene, kind: texts.term("report.kind.", other.kind), source: other.source, vaf: other.vaf.map(DisplayNumber.exact))
            },
            biomarkers: biomarkers(interpretation.biomarkers, texts),
            evidence: entries.enumerated().compactMap { index, ids in
                ids.first.flatMap { id in
                    interpretation.evidence[id].map {
                        EvidenceEntryBuilder(texts: texts, withDetail: detail == .full).entry($0, id: id, number: index + 1, showStatement: !inRows.contains(id))
                    }
                }
            },
            levelLegend: legend.entries,
            provenance: provenance(interpretation, texts),
            disclaimer: texts.localized(interpretation.disclaimer))
    }

    /// Evidence ids grouped by their citation, in the order of each citation's first item.
    private func bySource(_ order: [String], _ interpretation: Interpretation) -> [[String]] {
        var groups: [[String]] = []
        var indexOfCitation: [String: Int] = [:]
        for id in order {
            let citation = interpretation.evidence[id]?.item.citation ?? id
            if let index = indexOfCitation[citation] {
                groups[index].append(id)
            } else {
                indexOfCitation[citation] = groups.count
                groups.append([id])
            }
        }
        return groups
    }

    /// Whether the page cites an evidence item: every item on the full page; on the summary page the items of the
    /// statements it shows, of the therapies and trials on page one, and of the oncogenicity calls.
    private func citedOnPage(_ interpretation: Interpretation, groups: [StatementGrouping.Group]) -> (String) -> Bool {
        guard detail == .summary else { return { _ in true } }
        var cited = Set<String>()
        for entry in interpretation.alterations {
            for (_, kinds) in StatementGrouping.grouped(entry, groups: groups) {
                for (_, statements) in kinds { cited.formUnion(statements.flatMap(\.evidence)) }
            }
            cited.formUnion((entry.therapyResistance + entry.trials).flatMap(\.evidence))
            cited.formUnion(entry.outcome.supportingEvidence)
        }
        return { cited.contains($0) }
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
