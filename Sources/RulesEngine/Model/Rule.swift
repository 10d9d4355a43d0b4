import Knowledgebase

/// A file of rules in `rules/*.yaml`.
public struct RuleFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    /// What the rules in the file decide: `oncogenicity` rules run first and decide oncogenicity and effect;
    /// rules of every other topic (`prognosis`, `therapy`, …) run after them and may test those decisions.
    public var topic: String
    public var description: String?
    public var rules: [Rule]
}

/// One rule: when its condition holds for an alteration in its report context, its conclusions apply.
public struct Rule: Codable, Hashable, Sendable {
    /// A stable identifier, e.g. `KEAP1.LOF.TRUNCATING`.
    public var id: String
    /// What the rule recognises, in English and Japanese, for the "rules fired" section of outputs.
    public var title: LocalizedText
    /// Why the rule holds, for curators and for the "rules fired" section of outputs.
    public var rationale: String
    /// Decides between fired rules that set the same single-valued conclusion (higher wins).
    public var priority: Int
    public var when: Condition
    public var then: Conclusions
}

/// A condition over an alteration and its report context. Every key given must hold (AND);
/// `all`, `any` and `not` combine nested conditions.
public struct Condition: Codable, Hashable, Sendable {
    public var all: [Condition]?
    public var any: [Condition]?
    /// Holds when the single condition in the list does not (written `not: [ {...} ]` or `not: {...}`).
    public var not: OneOrMany<Condition>?
    /// Gene symbol(s).
    public var gene: OneOrMany<String>?
    /// `short_variant`, `copy_number`, `rearrangement`.
    public var kind: OneOrMany<String>?
    /// Sequence Ontology term(s); holds when the alteration has any of them.
    public var consequence: OneOrMany<String>?
    /// Knowledgebase feature id(s); holds when the alteration overlaps any of them.
    public var region: OneOrMany<String>?
    /// Whether a verified hotspot dataset lists the change.
    public var hotspot: Bool?
    /// `[first, last]`: every affected residue lies within this range.
    public var residuesWithin: [Int]?
    /// `[first, last]`: the affected residues include this whole range (e.g. a deletion of all of exon 2).
    public var residuesCover: [Int]?
    /// Holds when these exons are all among the exons lost.
    public var exonsLost: [Int]?
    /// Copy-number type(s): `amplification`, `deletion`, `loss`, `gain`.
    public var copyNumber: OneOrMany<String>?
    /// Whether the alteration keeps the reading frame (short variants and rearrangements).
    public var inFrame: Bool?
    /// `interpreted` or `uninterpretable`.
    public var disposition: String?
    /// The oncogenicity decided by the `oncogenicity` rules (usable only in rules of other topics).
    public var oncogenicity: OneOrMany<String>?
    /// The functional effect decided by the `oncogenicity` rules (usable only in rules of other topics).
    public var effect: OneOrMany<String>?
    /// The patient's tumour type.
    public var tumorType: TumorTypeCondition?
    /// Another alteration in the same report.
    public var coAltered: CoAlterationCondition?
    /// An evidence code of the oncogenicity classification (`classification/*.yaml`) that the alteration meets.
    public var evidenceCode: EvidenceCodeCondition?
}

/// A condition on the evidence codes the classification found met: the code, at one of these strengths.
public struct EvidenceCodeCondition: Codable, Hashable, Sendable {
    public var code: String
    /// `very_strong`, `strong`, `moderate`, `supporting`; any strength when not given.
    public var strength: OneOrMany<String>?
}

/// A condition on the patient's tumour type: within one of the codes (the code or a descendant), in a group,
/// or known at all.
public struct TumorTypeCondition: Codable, Hashable, Sendable {
    public var within: OneOrMany<String>?
    public var group: String?
    public var known: Bool?
}

/// A condition on the other alterations in the report.
public struct CoAlterationCondition: Codable, Hashable, Sendable {
    public var gene: OneOrMany<String>
    /// One-letter protein change(s) such as `p.G12C`; any when not given.
    public var protein: OneOrMany<String>?
    /// Alteration kind(s); any when not given.
    public var kind: OneOrMany<String>?
    /// When true, the co-alteration must be a loss of function as `ruleset.yaml` (`lossOfFunction`) defines it.
    public var lossOfFunction: Bool?
}

/// What a rule concludes.
public struct Conclusions: Codable, Hashable, Sendable {
    /// `Oncogenic`, `Likely Oncogenic`, `VUS`, `Likely Neutral`.
    public var oncogenicity: String?
    /// `gain_of_function`, `loss_of_function`, `unknown`.
    public var effect: String?
    /// The pathway consequence in words.
    public var pathway: LocalizedText?
    /// Evidence ids supporting the oncogenicity or effect call.
    public var evidence: [String]?
    public var prognosis: [StatementConclusion]?
    public var therapyResistance: [StatementConclusion]?
    /// Frequency evidence ids, shown when they match the patient's tumour type or are pan-cancer.
    public var frequencies: [String]?
    /// Trial evidence ids.
    public var trials: [String]?
    /// Questions a tumour board asks in this context that the knowledgebase may not answer.
    public var gaps: [GapConclusion]?
}

/// A knowledge gap: said in the summary when no statement attached to the alteration covers `therapyClass`.
public struct GapConclusion: Codable, Hashable, Sendable {
    /// The therapy class whose absence from the alteration's statements makes this a gap.
    public var therapyClass: String
    /// The sentence the summary gives when nothing covers it.
    public var text: LocalizedText
}

/// A prognosis or therapy statement a rule makes, backed by evidence ids.
public struct StatementConclusion: Codable, Hashable, Sendable {
    /// `worse`, `better`, `none`, `resistance`, `sensitivity`, `no_benefit`, `benefit`.
    public var direction: String
    public var therapy: LocalizedText?
    public var therapyClass: String?
    /// The statement; when absent, the first evidence item's statement is used.
    public var statement: LocalizedText?
    public var evidence: [String]
    /// Evidence levels assigned by the curator, by framework id (`amp_asco_cap_2017: C`). Only levels whose
    /// definitions are verified in `knowledgebase/evidence-levels.yaml` may be used.
    public var levels: [String: String]?
    /// Why these levels, in a sentence.
    public var levelRationale: String?

    public init(
        direction: String, therapy: LocalizedText?, therapyClass: String?, statement: LocalizedText?, evidence: [String],
        levels: [String: String]?, levelRationale: String?
    ) {
        self.direction = direction
        self.therapy = therapy
        self.therapyClass = therapyClass
        self.statement = statement
        self.evidence = evidence
        self.levels = levels
        self.levelRationale = levelRationale
    }
}
