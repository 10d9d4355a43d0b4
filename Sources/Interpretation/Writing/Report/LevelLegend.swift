import RulesEngine

/// The evidence levels a report shows, written once: each level's definition and each note (a level shown as C
/// because the evidence is for another tumour type; no sourced Japanese level) with a number. Statement rows
/// show only the level and the number of its note, which keeps long definitions out of the tables.
struct LevelLegend {
    /// One definition or note of the legend.
    struct Entry {
        let term: String
        let text: String
    }

    let entries: [Entry]
    private let noteNumbers: [String: Int]
    private let texts: ReportTexts

    /// The legend of every level and note of the statements the page shows (those of `groups`), in page order.
    init(_ interpretation: Interpretation, groups: [StatementGrouping.Group] = StatementGrouping.Group.allCases, texts: ReportTexts) {
        self.texts = texts
        var entries: [Entry] = []
        var terms = Set<String>()
        var noteNumbers: [String: Int] = [:]
        for entry in interpretation.alterations {
            for (_, kinds) in StatementGrouping.grouped(entry, groups: groups) {
                for (_, statements) in kinds {
                    for level in statements.flatMap(\.levels) {
                        if let text = texts.level(level), let definition = level.definition {
                            let term = "\(texts.framework(level.framework)) \(text)"
                            if terms.insert(term).inserted { entries.append(Entry(term: term, text: texts.localized(definition))) }
                        }
                        if let note = level.note.map(texts.localized), noteNumbers[note] == nil {
                            noteNumbers[note] = noteNumbers.count + 1
                            entries.append(Entry(term: texts("report.level.noteTerm", ["number": String(noteNumbers.count)]), text: note))
                        }
                    }
                }
            }
        }
        self.entries = entries
        self.noteNumbers = noteNumbers
    }

    /// The cell of a statement's level in one framework: the level, or that no sourced level applies, with the
    /// number of its note. Nil for a Japanese level that is not assigned: the legend says once that the panel
    /// assigns it, instead of every row.
    func cell(_ levels: [AssignedLevel], framework: String) -> LevelCell? {
        let level = levels.first { $0.framework == framework }
        if framework == RuleVocabulary.japaneseFramework, level?.level == nil { return nil }
        let note = level?.note.map(texts.localized).flatMap { noteNumbers[$0] }
        return LevelCell(
            framework: texts.framework(framework),
            level: level.flatMap(texts.level) ?? texts("report.level.none"),
            note: note.map { texts("report.level.noteRef", ["number": String($0)]) })
    }
}
