/// `knowledgebase/evidence-levels.yaml`: the evidence-level frameworks statements are graded with, and the
/// definition of every level with the source it was read in. A level without a sourced definition is not used.
public struct EvidenceLevelsFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var frameworks: [EvidenceFramework]
}

/// One grading framework, e.g. AMP/ASCO/CAP 2017 or the Japanese JSMO/JSCO/JCA guidance.
public struct EvidenceFramework: Codable, Hashable, Sendable {
    /// `amp_asco_cap_2017` or `jsmo_jsco_jca_v2_1`.
    public var id: String
    public var name: LocalizedText
    /// A citation id from an evidence file.
    public var citation: String
    public var levels: [EvidenceLevel]
}

/// One level of a framework and its definition.
public struct EvidenceLevel: Codable, Hashable, Sendable {
    /// The level as printed: `A`, `B`, `C`, `D` (evidence levels), `I`–`IV` (tiers), `R`.
    public var id: String
    /// `evidence_level` or `tier`.
    public var kind: String
    /// True only when the definition was read in the cited source (or a copy named in `seenIn`).
    public var verified: Bool
    /// The definition, paraphrased faithfully; nil when not seen.
    public var definition: LocalizedText?
    /// Where the definition was read.
    public var seenIn: String?
    /// For a tier: the evidence levels that place a statement in it (AMP/ASCO/CAP: tier I = A or B, tier II = C or D).
    public var evidenceLevels: [String]?
    /// For a level defined only for the patient's own tumour type: the level shown when the evidence is for another
    /// tumour type (AMP/ASCO/CAP A and B → C, whose definition covers other tumour types).
    public var forOtherTumorType: String?
    public var note: String?
}
