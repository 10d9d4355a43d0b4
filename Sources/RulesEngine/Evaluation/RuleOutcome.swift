import Knowledgebase

/// What the rules concluded for one alteration, and which rules did and did not fire.
public struct RuleOutcome: Hashable, Sendable {
    public var fired: [FiredRule] = []
    public var notFired: [NotFiredRule] = []
    /// The evidence-code classification behind the oncogenicity call.
    public var classification: OncogenicityClassification?
    /// The oncogenicity call and the rule that made it.
    public var oncogenicity: DecidedValue?
    /// The functional effect and the rule that made it.
    public var effect: DecidedValue?
    public var pathway: LocalizedText?
    /// Evidence ids supporting the oncogenicity call.
    public var supportingEvidence: [String] = []
    public var prognosis: [AppliedStatement] = []
    public var therapyResistance: [AppliedStatement] = []
    /// Frequency evidence ids with the rule that listed them.
    public var frequencies: [AppliedEvidence] = []
    public var trials: [AppliedEvidence] = []
    /// True when the oncogenicity call keeps prognosis, therapy and trial statements off this alteration
    /// (`statementPolicy.attachWhenOncogenicity`); the rules that would have made them still show as fired.
    public var statementsWithheld = false
    /// Knowledge gaps the rules found for this alteration's context (e.g. a co-alteration no item covers).
    public var gaps: [AppliedGap] = []
    /// Fired rules of equal priority that disagree on a single-valued conclusion.
    public var conflicts: [String] = []
}

/// A rule that fired.
public struct FiredRule: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var rationale: String
}

/// A rule that did not fire, with the first condition that failed.
public struct NotFiredRule: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var failedCondition: String
}

/// A single-valued conclusion and the rule that decided it.
public struct DecidedValue: Hashable, Sendable {
    public var value: String
    public var ruleID: String
}

/// A statement conclusion with the rule that made it.
public struct AppliedStatement: Hashable, Sendable {
    public var conclusion: StatementConclusion
    public var ruleID: String
}

/// An evidence id listed by a rule.
public struct AppliedEvidence: Hashable, Sendable {
    public var evidenceID: String
    public var ruleID: String
}

/// A knowledge gap a rule names, with the rule.
public struct AppliedGap: Hashable, Sendable {
    public var gap: GapConclusion
    public var ruleID: String
}
