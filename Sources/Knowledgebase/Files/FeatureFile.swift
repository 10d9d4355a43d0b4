/// `knowledgebase/features.json`: motifs, domains, hotspot windows, exon ranges and residues of note.
public struct FeatureFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var features: [ProteinFeature]
}

/// A named residue range on a protein, such as NRF2's ETGE motif (79–82).
public struct ProteinFeature: Codable, Hashable, Sendable {
    /// Stable identifier used by rules (`DLG`, `ETGE`, `EXON2`, `C151`).
    public var id: String
    public var gene: String
    /// `motif`, `hotspot_window`, `exon_protein_range`, `reactive_cysteine`, `hotspot_cluster`.
    public var type: String
    public var start: Int
    public var end: Int
    /// The reference residues the range must hold, when known.
    public var residues: String?
    /// The name as given in the source table.
    public var name: String
    /// The label shown to users.
    public var label: LocalizedText
    /// `verified`, `positions_verified_label_secondary` or `unverified`.
    public var status: String
    public var statusNote: String
    public var evidence: String
    public var source: SourceReference

    /// The residue range.
    public var range: ClosedRange<Int> { start...end }
    /// True when the feature may be named in statements to users.
    public var isVerified: Bool { status != "unverified" }
}
