import Foundation
import Knowledgebase
import RulesEngine

/// Writes one statement as a report row: text, direction, both evidence levels, the populations and effect
/// sizes of its evidence, trial ids, survival plots of cohort-derived evidence and numbered references.
struct StatementRowBuilder {
    let knowledgebase: Knowledgebase
    let evidence: [String: CitedEvidence]
    let numbers: [String: Int]
    let legend: LevelLegend
    let texts: ReportTexts
    /// False on the summary page: rows then carry no populations, effect sizes or survival plots.
    let withDetail: Bool

    func row(_ statement: Statement, kind: StatementGrouping.Kind) -> StatementRow {
        let items = statement.evidence.compactMap { evidence[$0] }
        return StatementRow(
            text: texts.localized(statement.text),
            direction: texts.term("direction.", statement.direction),
            therapy: statement.therapy.map(texts.localized) ?? statement.therapyClass,
            match: texts("match.\(statement.tumorTypeMatch.rawValue)"),
            levels: kind.hasLevels ? [RuleVocabulary.ampFramework, RuleVocabulary.japaneseFramework].compactMap { legend.cell(statement.levels, framework: $0) } : [],
            populations: withDetail ? unique(items.map { texts.localized($0.item.population) }) : [],
            effects: withDetail ? items.flatMap { $0.item.effects.map(effect) } : [],
            trialIDs: kind == .trial ? trialIDs(statement, items) : [],
            references: statement.evidence.compactMap { id in
                numbers[id].map { ReferenceMark(number: String($0), anchor: "evidence-\($0)") }
            },
            plots: withDetail ? statement.evidence.compactMap { id in
                knowledgebase.cohortSurvival(id).map { SurvivalPlotBuilder(texts: texts).plot($0.cohort, $0.analysis) }
            } : [],
            rule: statement.ruleID,
            detail: withDetail)
    }

    private func effect(_ measure: EffectMeasure) -> EffectRow {
        var value = measure.value.map(DisplayNumber.exact)
        if let lower = measure.ciLower, let upper = measure.ciUpper {
            let interval = texts("report.interval", ["lower": DisplayNumber.exact(lower), "upper": DisplayNumber.exact(upper)])
            value = value.map { "\($0) \(interval)" } ?? interval
        }
        let comparison = [
            measure.group.map { group in measure.comparator.map { "\(group) vs \($0)" } ?? group },
            measure.endpoint, measure.text,
        ].compactMap { $0 }.joined(separator: "; ")
        return EffectRow(
            measure: texts.term("report.measure.", measure.measure), value: value, p: measure.p, n: measure.n.map(String.init),
            comparison: comparison.isEmpty ? nil : comparison)
    }

    /// ClinicalTrials.gov identifiers named by the statement or its citations, in order of appearance.
    private func trialIDs(_ statement: Statement, _ items: [CitedEvidence]) -> [String] {
        let sources = [statement.text.en] + items.flatMap { [$0.citation?.title, $0.citation?.url].compactMap { $0 } }
        var found: [String] = []
        for source in sources {
            var rest = source[...]
            while let range = rest.range(of: #"NCT[0-9]{8}"#, options: .regularExpression) {
                found.append(String(rest[range]))
                rest = rest[range.upperBound...]
            }
        }
        return unique(found)
    }

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

