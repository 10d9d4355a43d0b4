/// Evaluates every rule of a rule set for an alteration and merges the conclusions of those that fire.
///
/// All rules are evaluated (none short-circuits another), so outputs can list what fired and what did not.
/// Single-valued conclusions (oncogenicity, effect, pathway) come from the fired rule with the highest
/// priority; fired rules of equal priority that disagree are recorded as conflicts (and `rules lint` rejects
/// rule sets where that can happen).
public struct RuleEngine: Sendable {
    public let ruleSet: RuleSet
    /// The rules of the deciding topic, and all others, in rule-set order: split once here rather than filtered
    /// (copying every rule and looking up its topic) for each alteration; with the conditions tested in place
    /// (see ``ConditionEvaluator``) RuleEngine.evaluate went from 6.0% to 2.4% of the samples of `annotate-rate` (perf).
    private let decidingRules: [Rule]
    private let otherRules: [Rule]

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        let isDeciding: (Rule) -> Bool = { ruleSet.topicOfRule[$0.id] == RuleSet.decidingTopic }
        decidingRules = ruleSet.rules.filter(isDeciding)
        otherRules = ruleSet.rules.filter { !isDeciding($0) }
    }

    /// Evaluates the rules for one alteration in its report context. `classification` is the alteration's
    /// evidence-code classification (nil when it could not be classified); rules may test its met codes
    /// (`evidenceCode`). A reviewer's decision, when given, replaces the oncogenicity and/or effect the deciding
    /// rules reached, before the other rules run (so that their statements follow the reviewed decision); the
    /// outcome records it as decided by `reviewer override`.
    public func evaluate(
        _ facts: AlterationFacts, context: ReportContext, classification: OncogenicityClassification?,
        reviewedDecision: ReviewedDecision = .init()
    ) -> RuleOutcome {
        var outcome = RuleOutcome()
        outcome.classification = classification
        var classified = facts
        classified.metCodes = Dictionary((classification?.met ?? []).map { ($0.code, $0.strength) }, uniquingKeysWith: { first, _ in first })

        let firedDeciding = run(decidingRules, facts: classified, context: context, into: &outcome)
        outcome.oncogenicity = decide(firedDeciding, \.then.oncogenicity, name: "oncogenicity", conflicts: &outcome.conflicts)
        outcome.effect = decide(firedDeciding, \.then.effect, name: "effect", conflicts: &outcome.conflicts)
        if let value = reviewedDecision.oncogenicity { outcome.oncogenicity = DecidedValue(value: value, ruleID: ReviewedDecision.ruleID) }
        if let value = reviewedDecision.effect { outcome.effect = DecidedValue(value: value, ruleID: ReviewedDecision.ruleID) }

        var decided = classified
        decided.oncogenicity = outcome.oncogenicity?.value
        decided.effect = outcome.effect?.value
        let firedRules = firedDeciding + run(otherRules, facts: decided, context: context, into: &outcome)
        if let pathwayRule = highestPriority(firedRules.filter { $0.then.pathway != nil }) {
            outcome.pathway = pathwayRule.then.pathway
        }
        if let decidingRule = outcome.oncogenicity?.ruleID, let rule = firedRules.first(where: { $0.id == decidingRule }) {
            outcome.supportingEvidence = rule.then.evidence ?? []
        }
        outcome.statementsWithheld = !ruleSet.statementPolicy.attachWhenOncogenicity.contains(outcome.oncogenicity?.value ?? "")
        for rule in firedRules {
            outcome.frequencies += (rule.then.frequencies ?? []).map { AppliedEvidence(evidenceID: $0, ruleID: rule.id) }
            guard !outcome.statementsWithheld else { continue }
            outcome.gaps += (rule.then.gaps ?? []).map { AppliedGap(gap: $0, ruleID: rule.id) }
            outcome.prognosis += (rule.then.prognosis ?? []).map { AppliedStatement(conclusion: $0, ruleID: rule.id) }
            outcome.therapyResistance += (rule.then.therapyResistance ?? []).map { AppliedStatement(conclusion: $0, ruleID: rule.id) }
            outcome.trials += (rule.then.trials ?? []).map { AppliedEvidence(evidenceID: $0, ruleID: rule.id) }
        }
        return outcome
    }

    /// Evaluates rules in order, records each as fired or not, and returns those that fired.
    private func run(_ rules: [Rule], facts: AlterationFacts, context: ReportContext, into outcome: inout RuleOutcome) -> [Rule] {
        let evaluator = ConditionEvaluator(facts: facts, context: context)
        var fired: [Rule] = []
        // By index, so that a rule that does not fire is read in place rather than copied whole (a copy per rule
        // was two fifths of this loop).
        for index in rules.indices {
            let result = evaluator.evaluate(rules[index].when)
            if result.holds {
                fired.append(rules[index])
                outcome.fired.append(FiredRule(id: rules[index].id, title: rules[index].title, rationale: rules[index].rationale))
            } else {
                outcome.notFired.append(
                    NotFiredRule(id: rules[index].id, title: rules[index].title, failedCondition: result.failure ?? "condition did not hold"))
            }
        }
        return fired
    }

    /// The highest-priority rule; ties go to the rule that comes first in the rule set.
    private func highestPriority(_ rules: [Rule]) -> Rule? {
        rules.enumerated().max { lhs, rhs in
            lhs.element.priority != rhs.element.priority ? lhs.element.priority < rhs.element.priority : lhs.offset > rhs.offset
        }?.element
    }

    private func decide(_ rules: [Rule], _ value: KeyPath<Rule, String?>, name: String, conflicts: inout [String]) -> DecidedValue? {
        let setting = rules.filter { $0[keyPath: value] != nil }
        guard let winner = highestPriority(setting), let winningValue = winner[keyPath: value] else { return nil }
        for rule in setting where rule.priority == winner.priority && rule[keyPath: value] != winningValue {
            conflicts.append("\(name): rules \(winner.id) and \(rule.id) have equal priority \(rule.priority) but conclude '\(winningValue)' and '\(rule[keyPath: value] ?? "")'")
        }
        return DecidedValue(value: winningValue, ruleID: winner.id)
    }
}

/// A reviewer's replacement for the decision of the `oncogenicity` rules.
public struct ReviewedDecision: Hashable, Sendable {
    /// The rule id recorded for a decision made by a reviewer.
    public static let ruleID = "reviewer override"

    public var oncogenicity: String?
    public var effect: String?

    public init(oncogenicity: String? = nil, effect: String? = nil) {
        self.oncogenicity = oncogenicity
        self.effect = effect
    }
}
