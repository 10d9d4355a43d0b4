/// `knowledgebase/evidence/*.yaml`: curated citations and the evidence items that statements cite.
public struct EvidenceFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var citations: [Citation]
    public var items: [EvidenceItem]
}

/// A bibliographic source: a paper, abstract, press release, registry entry or guideline.
public struct Citation: Codable, Hashable, Sendable {
    public var id: String
    /// `article`, `abstract`, `press_release`, `trial_registry`, `guideline`, `news`, `dataset`.
    public var kind: String
    public var authors: String?
    public var title: String?
    public var journal: String?
    public var year: Int?
    public var doi: String?
    public var pmid: String?
    /// The source's own address (publisher, PubMed Central, registry, press office): the link reports show.
    public var url: String?
    /// Where the curator read the source when that was a copy (an abstract mirror, a registry copy, a news
    /// aggregator) rather than ``url``: kept for provenance, never linked in reports.
    public var retrievedFrom: String?
    /// A shared file holding the source text, when there is one.
    public var file: String?
    /// True when the bibliographic facts were seen in a source.
    public var verified: Bool
    public var note: String?
}

/// One piece of evidence: what was observed, in whom, how strongly, and where it is written.
public struct EvidenceItem: Codable, Hashable, Sendable {
    public var id: String
    /// `prognosis`, `therapy`, `frequency`, `trial` or `biology`.
    public var kind: String
    /// Only verified items become statements.
    public var verified: Bool
    /// The gene the alteration concerns; nil for pathway-level evidence.
    public var gene: String?
    public var alteration: LocalizedText
    /// `tumor_type` (see `tumorTypes`), `tumor_group` (see `tumorGroup`) or `pan_cancer`.
    public var scope: String
    public var scopeNote: String?
    /// OncoTree codes the evidence is for.
    public var tumorTypes: [String]
    /// A tumour-type group id from `tumor-types.yaml`.
    public var tumorGroup: String?
    public var population: LocalizedText
    public var therapy: LocalizedText?
    /// `immune_checkpoint_inhibitor`, `chemo_immunotherapy`, `chemotherapy`, `radiotherapy`, `egfr_tki`, `kras_g12c_inhibitor`, …
    public var therapyClass: String?
    public var endpoint: String?
    public var comparison: String?
    /// One of ``directions``.
    public var direction: String
    public var effects: [EffectMeasure]
    public var studyType: String?
    /// A citation id.
    public var citation: String
    /// Where in the source: table, figure, section or paragraph.
    public var locator: String
    public var statement: LocalizedText
    /// Evidence levels assigned by curators, keyed by framework id.
    public var levels: [String: String]?
    /// Who the study's population required or excluded, as conditions tested against the patient's report.
    public var eligibility: PopulationEligibility?
    public var note: String?
}

/// The population an evidence item comes from, as conditions on the patient's report: an item whose population
/// excludes the patient is not attached to the patient's statements but listed as not applicable, with the reason.
public struct PopulationEligibility: Codable, Hashable, Sendable {
    /// The population had at least one of these alterations (e.g. a trial's biomarker eligibility).
    public var requiresAny: [AlterationCriterion]?
    /// The population had none of these alterations (e.g. EGFR/ALK wild type).
    public var excludes: [AlterationCriterion]?
    /// OncoTree codes (and everything below them) outside the population (e.g. squamous histology).
    public var excludesTumorTypes: [String]?
    /// The line of therapy, where the source states it; shown, not tested (reports do not carry treatment history).
    public var lineOfTherapy: LocalizedText?
    /// Where the source states the population.
    public var locator: String
}

/// Alterations named by a population condition.
public struct AlterationCriterion: Codable, Hashable, Sendable {
    public var genes: [String]
    /// `short_variant`, `copy_number`, `rearrangement`; any when not given.
    public var kinds: [String]?
    /// One-letter protein changes with `p.`; any when not given.
    public var proteins: [String]?
    /// When true, only a loss of function as `rules/ruleset.yaml` defines it counts.
    public var lossOfFunction: Bool?
    /// How the condition reads in a report ("EGFR mutation", "ALK rearrangement").
    public var label: LocalizedText
}

extension EvidenceItem {
    /// The values `kind` may take.
    public static let kinds: Set = ["prognosis", "therapy", "frequency", "trial", "biology"]
    /// The values `direction` may take; rule statements use the same ones.
    public static let directions: Set = ["worse", "better", "none", "resistance", "sensitivity", "no_benefit", "benefit"]
    /// The values `scope` may take.
    public static let scopes: Set = ["tumor_type", "tumor_group", "pan_cancer"]
}

/// One number reported by a source, with what it measures.
public struct EffectMeasure: Codable, Hashable, Sendable {
    /// `hazard_ratio`, `percent_altered`, `median_months`, `response_rate`, `odds_ratio`, …
    public var measure: String
    public var value: Double?
    public var ciLower: Double?
    public var ciUpper: Double?
    /// As printed by the source (`<0.001`, `0.047`).
    public var p: String?
    public var n: Int?
    /// The group the value describes (`KEAP1 mutant`), when not the whole population.
    public var group: String?
    public var comparator: String?
    public var endpoint: String?
    public var text: String?
}
