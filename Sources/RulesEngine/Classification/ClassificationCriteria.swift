import Knowledgebase

/// `rules/classification/*.yaml`: an oncogenicity classification standard written as data: its evidence codes
/// with their points and the conditions under which each is met, and the classes the point total gives.
/// The engine evaluates the file; it holds no criterion of its own.
public struct ClassificationCriteria: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var framework: ClassificationFramework
    /// Cancer Hotspots datasets whose single-residue and in-frame-indel counts the hotspot codes read, in order
    /// of preference: the counts come from the first dataset that lists the residue.
    public var hotspotDatasets: [String]
    /// The Cancer Hotspots row types whose counts the hotspot codes read (e.g. single-residue and in-frame-indel
    /// rows; 3D-cluster rows come from another database than the one the standard names).
    public var hotspotRowTypes: [String]
    /// When a premature stop is predicted to escape nonsense-mediated decay.
    public var nonsenseMediatedDecay: DecayRule
    /// The classes by total points.
    public var classes: [ClassBoundary]
    public var codes: [EvidenceCode]
}

/// The standard: its name, version and citation.
public struct ClassificationFramework: Codable, Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    /// Knowledgebase citation id of the standard.
    public var citation: String
    public var locator: String
}

/// Where nonsense-mediated decay is predicted not to act.
public struct DecayRule: Codable, Hashable, Sendable {
    /// A stop in the last exon escapes decay.
    public var escapesInLastExon: Bool
    /// A stop within this many nucleotides upstream of the last exon–exon junction escapes decay.
    public var escapesWithinNucleotidesOfLastJunction: Int
    public var source: CriterionSource
}

/// A citation id (from the knowledgebase) and where in it the criterion is written; for a fact read from a
/// Cancer Hotspots dataset, `hotspots:<dataset id of knowledgebase/hotspots.json>` and the residue.
public struct CriterionSource: Codable, Hashable, Sendable {
    public var citation: String
    public var locator: String

    /// The prefix of a source that names a Cancer Hotspots dataset rather than a citation.
    public static let hotspotDatasetPrefix = "hotspots:"
}

/// A class and its point range (inclusive; an open end is nil).
public struct ClassBoundary: Codable, Hashable, Sendable {
    public var `class`: String
    public var min: Int?
    public var max: Int?
    public var source: CriterionSource

    func contains(_ points: Int) -> Bool { (min.map { points >= $0 } ?? true) && (max.map { points <= $0 } ?? true) }
}

/// One evidence code (e.g. OS3) and the ways it can be met.
public struct EvidenceCode: Codable, Hashable, Sendable {
    public var code: String
    /// `oncogenic` or `benign`.
    public var direction: String
    /// `very_strong`, `strong`, `moderate`, `supporting`.
    public var strength: String
    /// Points at full strength (negative for benign codes).
    public var points: Int
    public var criterion: LocalizedText
    public var source: CriterionSource
    /// Codes not counted when this one is met, as the standard says.
    public var excludes: [String]?
    /// Why the code cannot be assessed with the data keapnrf holds (e.g. no population frequencies); such a code
    /// is listed as not assessable, never as not met.
    public var notAssessable: LocalizedText?
    /// The ways the code is met, tried in order; the first that holds decides the strength.
    public var met: [CodeApplication]?
}

/// One way an evidence code is met, and at which strength.
public struct CodeApplication: Codable, Hashable, Sendable {
    public var when: CriterionCondition
    /// The strength and points when met this way; the code's own when not given.
    public var strength: String?
    public var points: Int?
    /// Why this way and this strength, for the reader.
    public var because: LocalizedText
    /// Where the strength modulation is written, when it is not the code's own source.
    public var source: CriterionSource?
}

/// A condition over an alteration and what the knowledgebase holds about it. Every key given must hold.
public struct CriterionCondition: Codable, Hashable, Sendable {
    /// Conditions of the rule language over the alteration itself (gene, kind, consequence, region, …).
    public var alteration: Condition?
    /// `tumor_suppressor` or `oncogene` (the knowledgebase gene role).
    public var geneRole: OneOrMany<String>?
    /// The null-variant mechanism: `premature_stop`, `start_loss`, `canonical_splice`, `deletion`.
    public var nullVariant: OneOrMany<String>?
    /// `predicted` or `escapes` (premature stops; see ``ClassificationCriteria/nonsenseMediatedDecay``).
    public var decay: String?
    /// The removed or replaced residues touch any of these knowledgebase features.
    public var removesFeature: OneOrMany<String>?
    /// The share of the protein removed or replaced.
    public var removedFraction: Bound?
    /// For a lost start codon: whether an in-frame ATG lies downstream.
    public var alternativeStart: Bool?
    /// For a canonical splice change: whether skipping the exon keeps the frame.
    public var skippingInFrame: Bool?
    /// A verified functional study of exactly this change reports one of these effects.
    public var functional: OneOrMany<String>?
    /// Tumours with a mutation at the residue (or indel window) in the preferred hotspot dataset.
    public var hotspotPositionCount: Bound?
    /// Tumours with exactly this change in the preferred hotspot dataset.
    public var hotspotChangeCount: Bound?
    /// Another substitution at the same residue is classified, by this standard, as one of these classes.
    public var residueClassifiedAs: OneOrMany<String>?
    public var any: [CriterionCondition]?
    public var not: OneOrMany<CriterionCondition>?
}

/// A numeric bound: at least `atLeast`, below `below`.
public struct Bound: Codable, Hashable, Sendable {
    public var atLeast: Double?
    public var below: Double?

    func holds(_ value: Double) -> Bool { (atLeast.map { value >= $0 } ?? true) && (below.map { value < $0 } ?? true) }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
