import Knowledgebase
import KnowledgeLookup
import Normalization
import ReportModel
import RulesEngine

/// Assembles an ``Interpretation`` from the annotated alterations and their rule outcomes.
public struct InterpretationBuilder: Sendable {
    public let knowledgebase: Knowledgebase

    public init(knowledgebase: Knowledgebase) {
        self.knowledgebase = knowledgebase
    }

    /// Builds the interpretation. Alterations keep the report's order. `origins` gives the somatic or
    /// germline origin the report states for the variant at each location.
    public func build(
        provenance: Provenance, header: ReportHeader, tumorType: ResolvedTumorType,
        alterations: [EvaluatedAlteration], otherAlterations: [OtherAlteration], biomarkers: Biomarkers,
        origins: [SourceLocation: VariantOrigin] = [:]
    ) -> Interpretation {
        let matcher = EvidenceMatcher(knowledgebase: knowledgebase, tumorType: tumorType)
        var cited = Set<String>()
        let interpreted = alterations.map { evaluated -> AlterationInterpretation in
            var entry = interpretation(evaluated.annotated, evaluated.outcome, matcher: matcher)
            entry.overrides = evaluated.overrides
            entry.origin = origins[evaluated.annotated.alteration.sourceLocation]?.rawValue
            cited.formUnion(evaluated.outcome.supportingEvidence)
            for statement in entry.prognosis + entry.therapyResistance + entry.frequencies + entry.trials {
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

    private func interpretation(_ annotated: AnnotatedAlteration, _ outcome: RuleOutcome, matcher: EvidenceMatcher) -> AlterationInterpretation {
        let levels = LevelAssigner(knowledgebase: knowledgebase)
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
        return AlterationInterpretation(
            annotated: annotated, outcome: outcome,
            prognosis: deduplicated(outcome.prognosis.map(statement)),
            therapyResistance: deduplicated(outcome.therapyResistance.map(statement)),
            frequencies: frequencies,
            trials: deduplicated(outcome.trials.compactMap(evidenceStatement)),
            warnings: annotated.alteration.warnings + annotated.knowledgeWarnings + outcome.conflicts,
            overrides: [], origin: nil)
    }

    /// Drops a statement whose evidence and direction repeat an earlier one (two rules citing the same item).
    private func deduplicated(_ statements: [Statement]) -> [Statement] {
        var seen = Set<String>()
        return statements.filter { seen.insert("\($0.direction)|\($0.therapyClass ?? "")|\($0.evidence.joined(separator: ","))").inserted }
    }
}
