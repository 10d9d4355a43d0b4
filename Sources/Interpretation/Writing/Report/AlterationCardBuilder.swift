import Knowledgebase
import KnowledgeLookup
import Normalization

/// Writes one alteration's card: identity, hotspot status, calls, overrides, the protein picture and the
/// statements grouped by how their evidence relates to the patient's tumour type.
struct AlterationCardBuilder {
    let knowledgebase: Knowledgebase
    let rows: StatementRowBuilder
    let texts: ReportTexts
    /// The evidence groups the card shows (the summary page leaves other tumour types to the full page).
    let groups: [StatementGrouping.Group]
    /// False on the summary page: the rules audit is counted, not listed.
    let withRules: Bool

    /// The card of one alteration; `withBackground` adds the gene's background paragraph (its first card).
    func card(_ entry: AlterationInterpretation, index: Int, withBackground: Bool) -> AlterationCard {
        let background = withBackground ? knowledgebase.geneBackground[entry.annotated.alteration.gene] : nil
        let alteration = entry.annotated.alteration
        let outcome = entry.outcome
        let change = alteration.hgvsp ?? alteration.hgvsc ?? alteration.copyNumber.map { texts.term("report.copyNumber.", $0.kind.rawValue) } ?? alteration.source
        // The summary page lists therapies and trials on page one; its cards keep prognosis and frequencies.
        let kinds: [StatementGrouping.Kind] = withRules ? StatementGrouping.Kind.allCases : [.prognosis, .frequency]
        let groups = StatementGrouping.grouped(entry, groups: groups, kinds: kinds).map { group, kinds in
            EvidenceGroupView(
                kind: group.rawValue, heading: texts("report.group.\(group.rawValue)"), note: texts("report.group.\(group.rawValue).note"),
                sections: kinds.map { kind, statements in
                    StatementSection(
                        title: texts("report.section.\(kind.rawValue)"), hasLevels: kind.hasLevels,
                        isTherapy: kind == .therapy, rows: statements.map { rows.row($0, kind: kind) })
                })
        }
        return AlterationCard(
            anchor: "alteration-\(index + 1)",
            title: "\(alteration.gene) \(change)",
            facts: facts(alteration) + originFact(entry.origin),
            hotspotStatus: texts(entry.annotated.hotspot.isHotspot ? "report.hotspot.yes" : "report.hotspot.no"),
            hotspotDetails: hotspotDetails(entry.annotated.hotspot),
            // The summary page's protein picture and its legend name the regions.
            regions: !withRules ? [] : entry.annotated.features.map { feature in
                texts("report.region", ["label": texts.localized(feature.label), "start": String(feature.start), "end": String(feature.end)])
            },
            oncogenicity: outcome.oncogenicity.map { texts.term("oncogenicity.", $0.value) },
            effect: outcome.effect.map { texts.term("report.effect.", $0.value) },
            pathway: outcome.pathway.map(texts.localized),
            classification: outcome.classification.map { classification in
                texts("report.classification.codes", [
                    "framework": texts.localized(classification.frameworkName),
                    "codes": classification.met.isEmpty ? texts("summary.codes.none") : classification.codeList,
                    "points": String(classification.total), "class": texts.term("oncogenicity.", classification.class),
                ])
            },
            tier: entry.tier.map { tier in texts("report.tier.value", ["tier": tier.tier, "basis": texts.localized(tier.basis)]) },
            notes: entry.notes.map(texts.localized),
            background: background.map { texts.localized($0.text) },
            backgroundLinks: (background?.citations ?? []).flatMap { EvidenceEntryBuilder.links(knowledgebase.evidence.citations[$0]) }
                .filter { !$0.label.hasPrefix("http") },
            gaps: entry.gaps.map(texts.localized),
            notApplicable: entry.notApplicable.map { excluded in
                texts("report.notApplicable.row", [
                    "statement": withRules ? texts.localized(excluded.statement.text)
                        : excluded.statement.therapy.map(texts.localized) ?? texts.localized(excluded.statement.text),
                    "reasons": excluded.reasons.map(texts.localized).joined(separator: texts.language == .ja ? "。" : "; "),
                ])
            },
            overrides: entry.overrides.map { override in
                OverrideRow(
                    field: texts.term("report.overrideField.", override.field),
                    originalValue: override.originalValue ?? "—", newValue: override.newValue,
                    reviewer: override.reviewer, reason: override.reason, date: override.date ?? "—")
            },
            warnings: entry.warnings,
            protein: LollipopPlotBuilder(knowledgebase: knowledgebase, texts: texts).figure(for: entry.annotated, withDetailPanel: withRules),
            groups: groups,
            hasStatements: !groups.isEmpty,
            rulesSummary: texts(withRules ? "report.rules.summary" : "report.rules.summaryOnly", [
                "fired": String(outcome.fired.count), "notFired": String(outcome.notFired.count),
            ]),
            rulesFired: withRules ? outcome.fired.map { RuleRow(id: $0.id, title: texts.localized($0.title), failedCondition: nil) } : [],
            rulesNotFired: withRules ? outcome.notFired.map { RuleRow(id: $0.id, title: texts.localized($0.title), failedCondition: $0.failedCondition) } : [])
    }

    private func facts(_ alteration: NormalizedAlteration) -> [LabelledValue] {
        var facts: [LabelledValue] = []
        func add(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { facts.append(LabelledValue(name: texts("report.fact.\(key)"), value: value)) }
        }
        add("source", alteration.source)
        add("transcript", alteration.transcript.map { transcript in
            alteration.transcriptMapping.map { "\(transcript) (\($0))" } ?? transcript
        })
        add("hgvsc", alteration.hgvsc)
        add("hgvsp", [alteration.hgvsp, alteration.hgvspShort].compactMap { $0 }.joined(separator: " / "))
        add("consequence", alteration.consequences.joined(separator: ", "))
        add("vaf", alteration.vaf.map { "\(DisplayNumber.exact($0)) (\(DisplayNumber.percent(fraction: $0)))" })
        add("depth", alteration.depth.map(String.init))
        for build in alteration.genomic.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let change = alteration.genomic[build] else { continue }
            facts.append(LabelledValue(
                name: build.rawValue, value: "chr\(change.chromosome):\(change.position) \(change.reference)>\(change.alternate)"))
        }
        add("copyNumber", alteration.copyNumber.map { copyNumber in
            [texts.term("report.copyNumber.", copyNumber.kind.rawValue), copyNumber.copyNumber.map { texts("report.copyNumber.copies", ["copies": DisplayNumber.exact($0)]) }]
                .compactMap { $0 }.joined(separator: ", ")
        })
        add("exonsLost", alteration.exonsLost.isEmpty ? nil : alteration.exonsLost.map(String.init).joined(separator: ", "))
        add("disposition", texts.term("report.disposition.", alteration.disposition.rawValue))
        add("reason", alteration.reason.map { reason in alteration.reasonDetail.map { "\(reason): \($0)" } ?? reason })
        return facts
    }

    /// The origin as the report states it, or that it does not.
    private func originFact(_ origin: String?) -> [LabelledValue] {
        [LabelledValue(name: texts("report.fact.origin"), value: texts.term("report.origin.", origin ?? "notStated"))]
    }

    private func hotspotDetails(_ hotspot: HotspotAnnotation) -> [String] {
        func line(_ match: HotspotMatch, key: String) -> String {
            let counts = DisplayNumber.counts(match.variantCounts)
            return texts(key, [
                "dataset": match.dataset, "citation": match.citation, "residue": match.residue,
                "tumours": match.tumorCount.map(String.init) ?? "—", "variant": match.variantCount.map(String.init) ?? "—",
                "counts": counts.isEmpty ? "—" : counts,
            ])
        }
        return hotspot.matches.map { line($0, key: "report.hotspot.match") } + hotspot.unverifiedMatches.map { line($0, key: "report.hotspot.unverified") }
    }
}
