import Knowledgebase

/// Checks `statementPolicy` of `ruleset.yaml` and holds every rule to it: each evidence item a statement cites
/// (prognosis, therapy, frequency, trial) must be verified, and so must its citation, of a kind the policy allows,
/// with a DOI or PMID where the policy requires one.
struct StatementPolicyValidator {
    let knowledgebase: Knowledgebase
    let policy: StatementPolicy
    static let file = "ruleset.yaml"

    func validate(_ rules: [Rule], fileOfRule: [String: String]) throws(RuleSetError) {
        for value in policy.attachWhenOncogenicity where !RuleVocabulary.oncogenicity.contains(value) {
            throw fail("statementPolicy.attachWhenOncogenicity: unknown oncogenicity '\(value)'")
        }
        let tiers = Set(knowledgebase.evidenceFramework(RuleVocabulary.ampFramework)?.levels.filter { $0.kind == "tier" && $0.verified }.map(\.id) ?? [])
        for (oncogenicity, tier) in policy.tierWithoutStatements.sorted(by: { $0.key < $1.key }) {
            guard RuleVocabulary.oncogenicity.contains(oncogenicity) else {
                throw fail("statementPolicy.tierWithoutStatements: unknown oncogenicity '\(oncogenicity)'")
            }
            guard tiers.contains(tier) else { throw fail("statementPolicy.tierWithoutStatements.\(oncogenicity): '\(tier)' is not a verified tier") }
        }
        for value in RuleVocabulary.oncogenicity where policy.tierWithoutStatements[value] == nil {
            throw fail("statementPolicy.tierWithoutStatements: no tier for '\(value)'")
        }
        guard knowledgebase.evidence.citations[policy.source.citation]?.verified == true else {
            throw fail("statementPolicy.source: '\(policy.source.citation)' is not a verified citation")
        }
        for rule in rules {
            let then = rule.then
            let cited = (then.prognosis ?? []).flatMap(\.evidence) + (then.therapyResistance ?? []).flatMap(\.evidence)
                + (then.frequencies ?? []) + (then.trials ?? [])
            for id in cited {
                if let problem = problem(citing: id) {
                    throw .invalidRule(file: fileOfRule[rule.id] ?? "?", rule: rule.id, problem: "evidence '\(id)': \(problem)")
                }
            }
        }
    }

    /// Why the evidence item cannot back a statement, or nil when it can.
    func problem(citing id: String) -> String? {
        guard let item = knowledgebase.evidence.item(id) else { return "unknown evidence id" }
        guard item.verified else { return "the item is not verified" }
        guard let citation = knowledgebase.evidence.citation(of: item) else { return "unknown citation '\(item.citation)'" }
        guard citation.verified else { return "its citation '\(citation.id)' is not verified" }
        guard policy.citations.kinds.contains(citation.kind) else {
            return "its citation '\(citation.id)' is of kind '\(citation.kind)', which cannot back a statement (statementPolicy.citations.kinds)"
        }
        if policy.citations.identifierRequiredFor.contains(citation.kind), citation.doi == nil, citation.pmid == nil {
            return "its citation '\(citation.id)' (\(citation.kind)) gives neither a DOI nor a PMID"
        }
        return nil
    }

    private func fail(_ problem: String) -> RuleSetError {
        .invalidRule(file: Self.file, rule: "statementPolicy", problem: problem)
    }
}
