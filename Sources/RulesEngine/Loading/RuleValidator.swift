import Knowledgebase
import Normalization

/// The values rule files may use.
public enum RuleVocabulary {
    /// The framework every statement must be graded in.
    public static let ampFramework = "amp_asco_cap_2017"
    /// The Japanese framework used on C-CAT reports.
    public static let japaneseFramework = "jsmo_jsco_jca_v2_1"
    public static let kinds: Set = ["short_variant", "copy_number", "rearrangement"]
    public static let oncogenicity: Set = ["Oncogenic", "Likely Oncogenic", "VUS", "Likely Neutral"]
    /// The classes of the evidence-code classification (ClinGen/CGC/VICC 2022); `classification/*.yaml` must
    /// define exactly these.
    public static let classificationClasses: Set = ["Oncogenic", "Likely Oncogenic", "VUS", "Likely Benign", "Benign"]
    public static let strengths: Set = ["very_strong", "strong", "moderate", "supporting"]
    public static let codeDirections: Set = ["oncogenic", "benign"]
    public static let geneRoles: Set = ["tumor_suppressor", "oncogene"]
    public static let nullMechanisms: Set = ["premature_stop", "start_loss", "canonical_splice", "deletion"]
    public static let effects: Set = ["gain_of_function", "loss_of_function", "unknown"]
    /// Statement directions: those evidence items use.
    public static let directions = EvidenceItem.directions
    public static let copyNumberKinds: Set = ["amplification", "deletion", "loss", "gain"]
    public static let dispositions: Set = ["interpreted", "uninterpretable"]
    /// Consequence terms the normaliser can assign.
    public static let consequences = NormalizedAlteration.consequenceVocabulary
}

/// Checks one rule's references and values (or, for other files that use the rule language, one condition's).
struct RuleValidator {
    let knowledgebase: Knowledgebase
    let file: String
    let topic: String
    /// What errors name: the rule id, or the location of a condition in another file.
    let subject: String
    private let rule: Rule?

    /// A validator for a rule of a rule file of this topic.
    init(knowledgebase: Knowledgebase, file: String, topic: String, rule: Rule) {
        self.knowledgebase = knowledgebase
        self.file = file
        self.topic = topic
        self.rule = rule
        subject = rule.id
    }

    /// A validator for conditions written elsewhere (e.g. in `classification/*.yaml`), naming `subject` in errors.
    init(knowledgebase: Knowledgebase, file: String, subject: String) {
        self.knowledgebase = knowledgebase
        self.file = file
        self.subject = subject
        topic = ""
        rule = nil
    }

    func fail(_ problem: String) -> RuleSetError {
        .invalidRule(file: file, rule: subject, problem: problem)
    }

    func validate() throws(RuleSetError) {
        guard let rule else { return }
        guard !rule.id.isEmpty, !rule.title.en.isEmpty, !rule.title.ja.isEmpty, !rule.rationale.isEmpty else {
            throw fail("id, title (en and ja) and rationale must not be empty")
        }
        try validate(rule.when, path: "when")
        try validate(rule.then)
        let deciding = topic == RuleSet.decidingTopic
        if deciding, rule.when.mentionsDecision {
            throw fail("rules of topic '\(RuleSet.decidingTopic)' decide oncogenicity and effect, so they cannot test them")
        }
        if !deciding, rule.then.oncogenicity != nil || rule.then.effect != nil {
            throw fail("only rules of topic '\(RuleSet.decidingTopic)' may conclude oncogenicity or effect (this file's topic is '\(topic)')")
        }
    }

    private func check(_ values: [String]?, in allowed: Set<String>, _ path: String) throws(RuleSetError) {
        for value in values ?? [] where !allowed.contains(value) {
            throw fail("\(path): unknown value '\(value)'; expected one of \(allowed.sorted().joined(separator: ", "))")
        }
    }

    func validate(_ condition: Condition, path: String) throws(RuleSetError) {
        try check(condition.kind?.values, in: RuleVocabulary.kinds, "\(path).kind")
        try check(condition.oncogenicity?.values, in: RuleVocabulary.oncogenicity, "\(path).oncogenicity")
        try check(condition.effect?.values, in: RuleVocabulary.effects, "\(path).effect")
        try check(condition.consequence?.values, in: RuleVocabulary.consequences, "\(path).consequence")
        try check(condition.copyNumber?.values, in: RuleVocabulary.copyNumberKinds, "\(path).copyNumber")
        try check(condition.disposition.map { [$0] }, in: RuleVocabulary.dispositions, "\(path).disposition")
        try check(condition.gene?.values.map { $0.uppercased() }, in: Set(knowledgebase.interpretedGeneSymbols), "\(path).gene")
        if let code = condition.evidenceCode {
            try check(code.strength?.values, in: RuleVocabulary.strengths, "\(path).evidenceCode.strength")
        }
        for region in condition.region?.values ?? [] where knowledgebase.feature(region) == nil {
            throw fail("\(path).region: unknown knowledgebase feature '\(region)'")
        }
        for (key, bounds) in [("residuesWithin", condition.residuesWithin), ("residuesCover", condition.residuesCover)] {
            if let bounds, bounds.count != 2 || bounds[0] > bounds[1] || bounds[0] < 1 {
                throw fail("\(path).\(key): expected [first, last] residues, found \(bounds)")
            }
        }
        if let tumor = condition.tumorType {
            for code in tumor.within?.values ?? [] where knowledgebase.oncotree.node(code) == nil {
                throw fail("\(path).tumorType.within: unknown OncoTree code '\(code)' (closest: \(knowledgebase.oncotree.closestCodes(to: code, limit: 3).joined(separator: ", ")))")
            }
            if let group = tumor.group, knowledgebase.tumorTypes.group(group) == nil {
                throw fail("\(path).tumorType.group: unknown tumour group '\(group)'")
            }
        }
        if let coAltered = condition.coAltered {
            try check(coAltered.kind?.values, in: RuleVocabulary.kinds, "\(path).coAltered.kind")
            for protein in coAltered.protein?.values ?? [] where !protein.hasPrefix("p.") {
                throw fail("\(path).coAltered.protein: write one-letter protein changes with 'p.', e.g. p.G12C; found '\(protein)'")
            }
        }
        for (index, nested) in (condition.all ?? []).enumerated() { try validate(nested, path: "\(path).all[\(index)]") }
        for (index, nested) in (condition.any ?? []).enumerated() { try validate(nested, path: "\(path).any[\(index)]") }
        for (index, nested) in (condition.not?.values ?? []).enumerated() { try validate(nested, path: "\(path).not[\(index)]") }
    }

    private func validate(_ conclusions: Conclusions) throws(RuleSetError) {
        try check(conclusions.oncogenicity.map { [$0] }, in: RuleVocabulary.oncogenicity, "then.oncogenicity")
        try check(conclusions.effect.map { [$0] }, in: RuleVocabulary.effects, "then.effect")
        try checkEvidence(conclusions.evidence ?? [], "then.evidence", kinds: nil)
        for (index, statement) in (conclusions.prognosis ?? []).enumerated() {
            try check([statement.direction], in: RuleVocabulary.directions, "then.prognosis[\(index)].direction")
            guard !statement.evidence.isEmpty else { throw fail("then.prognosis[\(index)]: a statement needs evidence") }
            try checkEvidence(statement.evidence, "then.prognosis[\(index)].evidence", kinds: ["prognosis"])
            try checkLevels(statement, "then.prognosis[\(index)]")
        }
        for (index, statement) in (conclusions.therapyResistance ?? []).enumerated() {
            try check([statement.direction], in: RuleVocabulary.directions, "then.therapyResistance[\(index)].direction")
            guard statement.therapy != nil || statement.therapyClass != nil else {
                throw fail("then.therapyResistance[\(index)]: name the therapy or therapyClass")
            }
            guard !statement.evidence.isEmpty else { throw fail("then.therapyResistance[\(index)]: a statement needs evidence") }
            try checkEvidence(statement.evidence, "then.therapyResistance[\(index)].evidence", kinds: ["therapy", "biology", "trial"])
            try checkLevels(statement, "then.therapyResistance[\(index)]")
        }
        try checkEvidence(conclusions.frequencies ?? [], "then.frequencies", kinds: ["frequency"])
        try checkEvidence(conclusions.trials ?? [], "then.trials", kinds: ["trial"])
        for (index, gap) in (conclusions.gaps ?? []).enumerated() where gap.therapyClass.isEmpty || gap.text.en.isEmpty || gap.text.ja.isEmpty {
            throw fail("then.gaps[\(index)]: a gap needs a therapyClass and its text in English and Japanese")
        }
    }

    /// Every prognosis and therapy statement carries an AMP/ASCO/CAP 2017 evidence level; any level named must be
    /// a verified evidence level of a known framework.
    private func checkLevels(_ statement: StatementConclusion, _ path: String) throws(RuleSetError) {
        let levels = statement.levels ?? [:]
        guard levels[RuleVocabulary.ampFramework] != nil else {
            throw fail("\(path).levels: every statement needs an \(RuleVocabulary.ampFramework) evidence level")
        }
        guard statement.levelRationale?.isEmpty == false else {
            throw fail("\(path).levelRationale: say why the levels apply")
        }
        for (frameworkID, levelID) in levels.sorted(by: { $0.key < $1.key }) {
            guard let framework = knowledgebase.evidenceFramework(frameworkID) else {
                throw fail("\(path).levels: unknown framework '\(frameworkID)'")
            }
            guard let level = framework.levels.first(where: { $0.id == levelID && $0.kind == "evidence_level" }) else {
                throw fail("\(path).levels: '\(levelID)' is not an evidence level of \(frameworkID)")
            }
            guard level.verified else {
                throw fail("\(path).levels: the definition of \(frameworkID) level \(levelID) is not verified, so the level cannot be used")
            }
        }
    }

    /// Evidence must exist, be verified (unverified items never become statements) and be of the right kind.
    private func checkEvidence(_ ids: [String], _ path: String, kinds: Set<String>?) throws(RuleSetError) {
        for id in ids {
            guard let item = knowledgebase.evidence.item(id) else { throw fail("\(path): unknown evidence id '\(id)'") }
            guard item.verified else { throw fail("\(path): evidence '\(id)' is not verified and cannot back a statement") }
            if let kinds, !kinds.contains(item.kind) {
                throw fail("\(path): evidence '\(id)' is of kind '\(item.kind)'; expected \(kinds.sorted().joined(separator: " or "))")
            }
        }
    }
}

extension Condition {
    /// True when the condition, or one nested in it, tests oncogenicity or effect.
    var mentionsDecision: Bool {
        if oncogenicity != nil || effect != nil { return true }
        let nested = (all ?? []) + (any ?? []) + (not?.values ?? [])
        return nested.contains { $0.mentionsDecision }
    }
}
