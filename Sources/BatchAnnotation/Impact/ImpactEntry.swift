/// What a knowledgebase or rules change does to one stored interpretation.
public struct ImpactEntry: Hashable, Sendable {
    public enum Outcome: String, Sendable, CaseIterable { case unchanged, changed, error }

    /// The most important kind of change, for sorting and counting: a classification or tier, then
    /// statements, then anything else, then evidence only, then provenance only.
    public enum Change: String, Sendable {
        case classificationOrTier = "classification or tier"
        case statements
        case other
        case evidenceOnly = "evidence only"
        case provenanceOnly = "provenance only"
    }

    /// The interpretation's path below the store.
    public var interpretation: String
    /// The report's path below the store, when it was found.
    public var report: String?
    public var outcome: Outcome
    public var change: Change?
    /// Why the interpretation could not be re-run (one line).
    public var error: String?
    public var differences: [ImpactDifference]

    init(interpretation: String, report: String?, differences: [ImpactDifference]) {
        self.interpretation = interpretation
        self.report = report
        self.differences = differences
        let kinds = Set(differences.map(\.kind))
        if kinds.isEmpty {
            change = nil
        } else if !kinds.isDisjoint(with: [.classification, .tier, .alterationAdded, .alterationRemoved]) {
            change = .classificationOrTier
        } else if !kinds.isDisjoint(with: [.statementAdded, .statementRemoved, .statementReworded]) {
            change = .statements
        } else if kinds.contains(.other) {
            change = .other
        } else if !kinds.isDisjoint(with: [.evidence, .summary]) {
            change = .evidenceOnly
        } else {
            change = .provenanceOnly
        }
        outcome = change == nil ? .unchanged : .changed
    }

    init(interpretation: String, report: String?, error: String) {
        self.interpretation = interpretation
        self.report = report
        outcome = .error
        self.error = error
        differences = []
    }
}
