import Knowledgebase
import RulesEngine

/// Turns the levels a rule gives a statement into the levels shown, with definitions from the knowledgebase.
///
/// AMP/ASCO/CAP levels A and B are defined for the patient's own tumour type; when the evidence is for
/// another tumour type (or a narrower one), such a level is shown as C, which the framework defines for
/// evidence from a different tumour type. A Japanese level is shown only when the rule gives one whose
/// definition is verified; otherwise the statement says that no sourced level applies.
struct LevelAssigner {
    let knowledgebase: Knowledgebase

    func levels(for conclusion: StatementConclusion, match: TumorTypeMatchLevel) -> [AssignedLevel] {
        let given = conclusion.levels ?? [:]
        return [amp(given[RuleVocabulary.ampFramework], match: match), japanese(given[RuleVocabulary.japaneseFramework])]
    }

    private func amp(_ given: String?, match: TumorTypeMatchLevel) -> AssignedLevel {
        let id = RuleVocabulary.ampFramework
        guard let given, let framework = knowledgebase.evidenceFramework(id) else {
            return AssignedLevel(framework: id, level: nil, tier: nil, definition: nil, note: knowledgebase.texts.texts["level.amp.unassigned"])
        }
        var level = given
        var note: LocalizedText?
        if ["A", "B"].contains(given), !match.appliesToPatient {
            level = "C"
            note = knowledgebase.texts.texts["level.amp.capped"]
        }
        let definition = framework.levels.first { $0.id == level && $0.kind == "evidence_level" }?.definition
        let tier = framework.levels.first { $0.kind == "tier" && ($0.evidenceLevels ?? []).contains(level) }?.id
        return AssignedLevel(framework: id, level: level, tier: tier, definition: definition, note: note)
    }

    private func japanese(_ given: String?) -> AssignedLevel {
        let id = RuleVocabulary.japaneseFramework
        guard let given, let framework = knowledgebase.evidenceFramework(id),
              let level = framework.levels.first(where: { $0.id == given && $0.verified }) else {
            return AssignedLevel(framework: id, level: nil, tier: nil, definition: nil, note: knowledgebase.texts.texts["level.jp.unassigned"])
        }
        return AssignedLevel(framework: id, level: level.id, tier: nil, definition: level.definition, note: nil)
    }
}
