/// `knowledgebase/hotspots.json`: recurrent residues and in-frame indel windows from Cancer Hotspots.
public struct HotspotFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var datasets: [HotspotDataset]
    public var residues: [HotspotResidue]
}

/// A Cancer Hotspots release and the publication it comes from.
public struct HotspotDataset: Codable, Hashable, Sendable {
    /// `v1_single_residue`, `v2_single_residue_and_indel`, `3d_hotspots`, `v3_new_hotspots`.
    public var id: String
    public var citation: String
    public var pmid: String?
    public var doi: String?
    public var nTumors: Int?
    /// False for rows whose publication could not be confirmed; they are never presented as hotspots.
    public var verified: Bool
    public var seenIn: String
    public var source: SourceReference
}

/// One hotspot row: a residue (or indel window) with its per-variant tumour counts.
public struct HotspotResidue: Codable, Hashable, Sendable {
    public var gene: String
    public var dataset: String
    /// `single_residue`, `in_frame_indel` or `3d_cluster_member`.
    public var type: String
    /// As written by the source: `E79`, or `21-42` for an indel window.
    public var residue: String
    public var start: Int
    public var end: Int
    public var referenceAminoAcid: String?
    /// Tumour counts per alternate amino acid (`K`: 6) or per indel (`R34_S40del`: 1).
    public var variantCounts: [String: Int]
    public var tumorCount: Int?
    public var qValue: String?
    public var clusterId: String?
    public var tumorTypeComposition: String?

    /// The residue range.
    public var range: ClosedRange<Int> { start...end }
}
