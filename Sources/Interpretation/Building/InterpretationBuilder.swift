import Knowledgebase
import KnowledgeLookup
import Normalization
import ReportModel
import RulesEngine

/// Assembles an ``Interpretation`` from the annotated alterations and their rule outcomes.
public struct InterpretationBuilder: Sendable {
    public let knowledgebase: Knowledgebase
    /// When statements attach and the tier of an alteration without them (`rules/ruleset.yaml`).
    public let statementPolicy: StatementPolicy

    public init(knowledgebase: Knowledgebase, statementPolicy: StatementPolicy) {
        self.knowledgebase = knowledgebase
        self.statementPolicy = statementPolicy
    }

    /// Builds the interpretation. Alterations keep the report's order. `origins` gives the somatic or
    /// germline origin the report states for the variant at each location; `reportAlterations` is every alteration
    /// of the report as the rules saw it, against which study populations are tested.
    public func build(
        provenance: Provenance, header: ReportHeader, tumorType: ResolvedTumorType,
        alterations: [EvaluatedAlteration], otherAlterations: [OtherAlteration], biomarkers: Biomarkers,
        origins: [SourceLocation: VariantOrigin] = [:], reportAlterations: [CoAlteration] = []
    ) -> Interpretation {
        let matcher = EvidenceMatcher(knowledgebase: knowledgebase, tumorType: tumorType)
        let eligibility = PopulationEligibilityChecker(knowledgebase: knowledgebase, tumorType: tumorType, reportAlterations: reportAlterations)
        var cited = Set<String>()
        let interpreted = alterations.map { evaluated -> AlterationInterpretation in
            let origin = origins[evaluated.annotated.alteration.sourceLocation]?.rawValue
            var entry = interpretation(evaluated.annotated, evaluated.outcome, origin: origin, matcher: matcher, eligibility: eligibility)
            entry.overrides = evaluated.overrides
            cited.formUnion(evaluated.outcome.supportingEvidence)
            for statement in entry.prognosis + entry.therapyResistance + entry.frequencies + entry.trials + entry.notApplicable.map(\.statement) {
                cited.formUnion(statement.evidence)
            }
            return entry
        }
        var evidence: [String: CitedEvidence] = [:]
        for id in cited {
            guard let item = knowledgebase.evidence.item(id) else { continue }
            evidence[id] = CitedEvidence(item: item, citation: knowledgebase.evidence.citation(of: item))
        }
        var warnings: [String] = []
        if tumorType.oncotreeCode == nil {
            warnings.append(knowledgebase.texts.text("summary.tumorTypeUnknown", .en))
        }
        if tumorType.histologyNeeded {
            warnings.append(knowledgebase.texts.text("summary.histologyNeeded", .en, ["name": tumorType.name ?? ""]))
        }
        let summary = SummaryWriter(knowledgebase: knowledgebase)
        return Interpretation(
            provenance: provenance, report: header, tumorType: tumorType, alterations: interpreted,
            otherAlterations: otherAlterations, biomarkers: biomarkers, evidence: evidence,
            summary: LocalizedText(
                en: summary.summary(interpreted, others: otherAlterations, tumorType: tumorType, language: .en),
                ja: summary.summary(interpreted, others: otherAlterations, tumorType: tumorType, language: .ja)),
            disclaimer: knowledgebase.texts.texts["disclaimer"] ?? LocalizedText(en: "", ja: ""),
            warnings: warnings)
    }

    private func interpretation(
        _ annotated: AnnotatedAlteration, _ outcome: RuleOutcome, origin: String?, matcher: EvidenceMatcher,
        eligibility: PopulationEligibilityChecker
    ) -> AlterationInterpretation {
        let levels = LevelAssigner(knowledgebase: knowledgebase)
        var notApplicable: [NotApplicableStatement] = []
        /// The statement with only the evidence whose population includes the patient; nil (and listed as not
        /// applicable) when none does.
        func applicable(_ statement: Statement, kind: String) -> Statement? {
            var kept: [String] = []
            var reasons: [LocalizedText] = []
            for id in statement.evidence {
                let excluded = knowledgebase.evidence.item(id).map(eligibility.reasons(excluding:)) ?? []
                if excluded.isEmpty { kept.append(id) } else { reasons += excluded }
            }
            if !reasons.isEmpty {
                var excludedStatement = statement
                excludedStatement.evidence = statement.evidence.filter { !kept.contains($0) }
                notApplicable.append(NotApplicableStatement(statement: excludedStatement, kind: kind, reasons: unique(reasons)))
            }
            guard !kept.isEmpty else { return nil }
            var result = statement
            result.evidence = kept
            return result
        }
        func statement(_ applied: AppliedStatement) -> Statement {
            let conclusion = applied.conclusion
            let firstItem = conclusion.evidence.lazy.compactMap { knowledgebase.evidence.item($0) }.first
            let match = matcher.bestMatch(conclusion.evidence)
            return Statement(
                direction: conclusion.direction, therapy: conclusion.therapy, therapyClass: conclusion.therapyClass,
                text: conclusion.statement ?? firstItem?.statement ?? LocalizedText(en: "", ja: ""),
                evidence: conclusion.evidence, tumorTypeMatch: match, ruleID: applied.ruleID,
                levels: levels.levels(for: conclusion, match: match))
        }
        func evidenceStatement(_ applied: AppliedEvidence) -> Statement? {
            guard let item = knowledgebase.evidence.item(applied.evidenceID) else { return nil }
            return Statement(
                direction: item.direction, therapy: item.therapy, therapyClass: item.therapyClass, text: item.statement,
                evidence: [item.id], tumorTypeMatch: matcher.match(item), ruleID: applied.ruleID, levels: [])
        }
        let frequencies = deduplicated(outcome.frequencies.compactMap(evidenceStatement))
            .filter { $0.tumorTypeMatch.appliesToPatient || $0.tumorTypeMatch == .panCancer }
        let prognosis = ranked(deduplicated(outcome.prognosis.map(statement)).compactMap { applicable($0, kind: "prognosis") })
        let therapy = ranked(deduplicated(outcome.therapyResistance.map(statement)).compactMap { applicable($0, kind: "therapy") })
        let trials = deduplicated(outcome.trials.compactMap(evidenceStatement)).compactMap { applicable($0, kind: "trial") }
        let covered = Set(therapy.compactMap(\.therapyClass))
        return AlterationInterpretation(
            annotated: annotated, outcome: outcome,
            prognosis: prognosis, therapyResistance: therapy, frequencies: frequencies, trials: trials,
            warnings: annotated.alteration.warnings + annotated.knowledgeWarnings + outcome.conflicts,
            overrides: [], origin: origin,
            tier: tier(annotated, outcome, statements: prognosis + therapy),
            notApplicable: notApplicable,
            notes: notes(outcome, origin: origin),
            gaps: unique(outcome.gaps.filter { !covered.contains($0.gap.therapyClass) }.map(\.gap.text)))
    }

    /// Published evidence before the knowledgebase's own cohort reanalyses (citations of kind `dataset`), then the
    /// strongest AMP/ASCO/CAP level first; otherwise the rules' order.
    private func ranked(_ statements: [Statement]) -> [Statement] {
        // Each statement's key once, before sorting, rather than twice per comparison: the comparisons copied the
        // builder (and its knowledgebase) each time, most of this function's cost.
        let evidence = knowledgebase.evidence
        let keys = statements.map { (evidence.areOwnReanalyses($0.evidence) ? 1 : 0, $0.ampLevel ?? "Z") }
        return statements.indices.sorted { lhs, rhs in
            keys[lhs] != keys[rhs] ? keys[lhs] < keys[rhs] : lhs < rhs
        }.map { statements[$0] }
    }

    /// The AMP/ASCO/CAP tier: from the strongest level among the statements (A/B: I, C/D: II), else the policy's
    /// tier for the oncogenicity call; nil for an alteration that could not be interpreted.
    private func tier(_ annotated: AnnotatedAlteration, _ outcome: RuleOutcome, statements: [Statement]) -> AlterationTier? {
        guard annotated.alteration.disposition == .interpreted, let oncogenicity = outcome.oncogenicity?.value,
              let framework = knowledgebase.evidenceFramework(RuleVocabulary.ampFramework) else { return nil }
        let tiers = framework.levels.filter { $0.kind == "tier" && $0.verified }
        let levels = statements.compactMap(\.ampLevel)
        let texts = knowledgebase.texts
        if let strongest = levels.min(), let tier = tiers.first(where: { ($0.evidenceLevels ?? []).contains(strongest) }) {
            return AlterationTier(
                tier: tier.id, level: strongest,
                basis: texts.localizedText("tier.basis.level", ["level": strongest]), definition: tier.definition)
        }
        guard let id = statementPolicy.tierWithoutStatements[oncogenicity] else { return nil }
        let key = outcome.statementsWithheld ? "tier.basis.withheld" : "tier.basis.noStatement"
        return AlterationTier(
            tier: id, level: nil, basis: texts.localizedText(key, ["oncogenicity": oncogenicity]),
            definition: tiers.first { $0.id == id }?.definition)
    }

    /// The notes an alteration's card must show: statements withheld, germline origin.
    private func notes(_ outcome: RuleOutcome, origin: String?) -> [LocalizedText] {
        var notes: [LocalizedText] = []
        if outcome.statementsWithheld, outcome.oncogenicity != nil { notes.append(statementPolicy.withheldBecause) }
        if origin == VariantOrigin.germline.rawValue, let note = knowledgebase.texts.texts["note.germline"] { notes.append(note) }
        return notes
    }

    private func unique(_ values: [LocalizedText]) -> [LocalizedText] {
        var seen = Set<LocalizedText>()
        return values.filter { seen.insert($0).inserted }
    }

    /// Drops a statement whose evidence and direction repeat an earlier one (two rules citing the same item).
    private func deduplicated(_ statements: [Statement]) -> [Statement] {
        var seen = Set<String>()
        return statements.filter { seen.insert("\($0.direction)|\($0.therapyClass ?? "")|\($0.evidence.joined(separator: ","))").inserted }
    }
}
