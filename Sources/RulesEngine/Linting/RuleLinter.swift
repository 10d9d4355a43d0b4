import Knowledgebase

/// A problem `keapnrf rules lint` reports.
public struct LintFinding: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable { case error, warning }

    public var severity: Severity
    /// The rule file, or the knowledgebase file for unused evidence.
    public var file: String
    /// The rule or evidence id.
    public var subject: String
    public var message: String

    public var description: String { "\(severity.rawValue): \(file): \(subject): \(message)" }
}

/// Checks a loaded rule set for rules that can never fire, deciding rules that contradict each other, and
/// verified evidence that no rule uses. (Structure, unknown ids and vocabularies are checked when loading.)
public struct RuleLinter: Sendable {
    public let ruleSet: RuleSet
    public let knowledgebase: Knowledgebase

    public init(ruleSet: RuleSet, knowledgebase: Knowledgebase) {
        self.ruleSet = ruleSet
        self.knowledgebase = knowledgebase
    }

    /// Every finding, errors first, then in rule-file order.
    public func lint() -> [LintFinding] {
        let decisions = DecisionSpace(ruleSet: ruleSet, knowledgebase: knowledgebase)
        var findings: [LintFinding] = []
        var branchesByRule: [String: [ConstraintSet]] = [:]
        for rule in ruleSet.rules {
            let branches = Self.branches(of: rule.when)
            let satisfiable = branches.filter { $0.unsatisfiableReason(knowledgebase: knowledgebase, decisions: decisions) == nil }
            branchesByRule[rule.id] = satisfiable
            if satisfiable.isEmpty {
                let reason = branches.first?.unsatisfiableReason(knowledgebase: knowledgebase, decisions: decisions) ?? "its condition cannot hold"
                findings.append(LintFinding(severity: .error, file: file(of: rule), subject: rule.id, message: "can never fire: \(reason)"))
            }
        }
        findings += contradictions(branchesByRule, decisions: decisions)
        findings += unusedEvidence()
        return findings.sorted { ($0.severity == .error ? 0 : 1) < ($1.severity == .error ? 0 : 1) }
    }

    private func file(of rule: Rule) -> String { ruleSet.fileOfRule[rule.id] ?? "rules" }

    /// The condition in disjunctive form: one constraint set per way it can hold (`any` branches multiply).
    static func branches(of condition: Condition) -> [ConstraintSet] {
        var results = [ConstraintSet(atomsOf: condition)]
        for nested in condition.all ?? [] {
            results = combine(results, branches(of: nested))
        }
        if let any = condition.any, !any.isEmpty {
            results = combine(results, any.flatMap(branches(of:)))
        }
        return results
    }

    private static func combine(_ lhs: [ConstraintSet], _ rhs: [ConstraintSet]) -> [ConstraintSet] {
        lhs.flatMap { left in rhs.map { left.merged(with: $0) } }
    }

    /// Deciding rules of equal priority that can fire together and conclude different values.
    private func contradictions(_ branchesByRule: [String: [ConstraintSet]], decisions: DecisionSpace) -> [LintFinding] {
        let deciding = ruleSet.rules.filter { ruleSet.topicOfRule[$0.id] == RuleSet.decidingTopic }
        var findings: [LintFinding] = []
        for (index, first) in deciding.enumerated() {
            for second in deciding[(index + 1)...] where first.priority == second.priority {
                let differing = [("oncogenicity", first.then.oncogenicity, second.then.oncogenicity), ("effect", first.then.effect, second.then.effect)]
                    .filter { $0.1 != nil && $0.2 != nil && $0.1 != $0.2 }
                guard !differing.isEmpty else { continue }
                let overlap = (branchesByRule[first.id] ?? []).contains { left in
                    (branchesByRule[second.id] ?? []).contains { right in
                        left.merged(with: right).unsatisfiableReason(knowledgebase: knowledgebase, decisions: decisions) == nil
                    }
                }
                if overlap {
                    let what = differing.map { "\($0.0) '\($0.1 ?? "")' vs '\($0.2 ?? "")'" }.joined(separator: ", ")
                    findings.append(LintFinding(
                        severity: .error, file: file(of: first), subject: first.id,
                        message: "contradicts \(second.id) (\(file(of: second))): both can fire at priority \(first.priority) and conclude \(what)"))
                }
            }
        }
        return findings
    }

    /// Verified evidence that no rule cites (warnings: curated but never shown).
    private func unusedEvidence() -> [LintFinding] {
        var used = Set<String>()
        for rule in ruleSet.rules {
            used.formUnion(rule.then.evidence ?? [])
            for statement in (rule.then.prognosis ?? []) + (rule.then.therapyResistance ?? []) { used.formUnion(statement.evidence) }
            used.formUnion(rule.then.frequencies ?? [])
            used.formUnion(rule.then.trials ?? [])
        }
        return knowledgebase.evidence.items.values.filter { $0.verified && !used.contains($0.id) }
            .sorted { $0.id < $1.id }
            .map { item in
                LintFinding(severity: .warning, file: knowledgebase.evidence.fileOfItem[item.id] ?? "evidence", subject: item.id,
                            message: "verified \(item.kind) evidence that no rule cites")
            }
    }
}
