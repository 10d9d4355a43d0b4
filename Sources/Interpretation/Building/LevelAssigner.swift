import Knowledgebase
import RulesEngine

/// Turns the levels a rule gives a statement into the levels shown, with definitions from the knowledgebase.
///
/// A level defined only for the patient's own tumour type (AMP/ASCO/CAP A and B) is shown as the level the
/// knowledgebase names for other tumour types (`forOtherTumorType`, C) when the evidence is not for the patient's
/// tumour type or an ancestor or group of it. A Japanese level is shown only when the rule gives one whose
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
            return AssignedLevel(framework: id, level: nil, definition: nil, note: knowledgebase.texts.texts["level.amp.unassigned"])
        }
        var level = given
        var note: LocalizedText?
        if !match.appliesToPatient, let other = framework.levels.first(where: { $0.id == given && $0.kind == "evidence_level" })?.forOtherTumorType {
            level = other
            note = knowledgebase.texts.texts["level.amp.capped"]
        }
        let definition = framework.levels.first { $0.id == level && $0.kind == "evidence_level" }?.definition
        return AssignedLevel(framework: id, level: level, definition: definition, note: note)
    }

    private func japanese(_ given: String?) -> AssignedLevel {
        let id = RuleVocabulary.japaneseFramework
        guard let given, let framework = knowledgebase.evidenceFramework(id),
              let level = framework.levels.first(where: { $0.id == given && $0.verified }) else {
            return AssignedLevel(framework: id, level: nil, definition: nil, note: knowledgebase.texts.texts["level.jp.unassigned"])
        }
        return AssignedLevel(framework: id, level: level.id, definition: level.definition, note: nil)
    }
}
