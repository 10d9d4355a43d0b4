/// `knowledgebase/hotspot-matching.yaml`: which alterations each Cancer Hotspots row type counts, and when a
/// counted alteration is called a hotspot.
public struct HotspotMatchingFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    /// By row type (`type` in `hotspots.json`).
    public var rowTypes: [String: HotspotRowTypeMatching]
}

/// How the rows of one Cancer Hotspots row type are matched.
public struct HotspotRowTypeMatching: Codable, Hashable, Sendable {
    /// The consequence terms of the changes this row type counts.
    public var consequences: [String]
    /// The consequences of the counted changes that can be called a hotspot (a subset of ``consequences``):
    /// e.g. a stop at a residue whose recurrence is missense is counted and shown, never called a hotspot;
    /// an empty list means rows of this type are shown (as 3D-cluster membership, say) and never make a hotspot.
    public var hotspotConsequences: [String]
    /// How much of the alteration must fall on the row for the alteration to be called a hotspot.
    public var extent: HotspotExtent
    /// Why these consequences, read from the rows.
    public var basis: String
}

/// How an alteration must lie on a hotspot row to be called a hotspot.
public enum HotspotExtent: String, Codable, Hashable, Sendable {
    /// The change is confined to the row's one residue.
    case singleResidue = "single_residue"
    /// The change overlaps the row's residue window.
    case overlap
}
