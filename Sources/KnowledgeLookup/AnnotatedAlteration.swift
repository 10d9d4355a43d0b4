import Knowledgebase
import Normalization

/// A normalised alteration with what the knowledgebase says about where it lies: the gene's role, the
/// motifs, domains and windows it touches, and whether it is a recurrent (hotspot) change.
public struct AnnotatedAlteration: Hashable, Sendable {
    public var alteration: NormalizedAlteration
    /// `oncogene` or `tumor_suppressor`, from the knowledgebase.
    public var geneRole: String?
    /// Verified features whose residue range overlaps the alteration, most specific (shortest) first.
    public var features: [ProteinFeature]
    public var hotspot: HotspotAnnotation
    /// Notes on the knowledgebase's own certainty, e.g. an unconfirmed reference residue.
    public var knowledgeWarnings: [String]
    /// For a predicted null change (premature stop, start loss, canonical splice, deletion): what it removes.
    public var nullVariant: NullVariantAssessment?
    /// Verified functional-study results for exactly this substitution.
    public var functional: [FunctionalFinding] = []
    /// Verified functional-study results for other substitutions at the same residue.
    public var functionalAtResidue: [FunctionalFinding] = []

    /// True when a canonical splice change is predicted to skip a whole exon in frame (e.g. NFE2L2 exon 2).
    public var predictsInFrameExonSkipping: Bool {
        nullVariant?.mechanism == .canonicalSplice && nullVariant?.skippingInFrame == true
    }

    /// The ids of the overlapping features (`DLG`, `ETGE`, `EXON2`, …).
    public var featureIDs: [String] { features.map(\.id) }
}

/// Hotspot status of an alteration.
public struct HotspotAnnotation: Hashable, Sendable {
    /// True when a verified hotspot dataset lists this residue for this kind of change.
    public var isHotspot: Bool
    /// The motif or domain the alteration lies in (`DLG`, `ETGE`, a KEAP1 domain), or nil.
    public var region: String?
    /// The matching rows of verified datasets.
    public var matches: [HotspotMatch]
    /// Matching rows of unverified datasets (never counted as hotspots; shown as such).
    public var unverifiedMatches: [HotspotMatch]

    public static let none = HotspotAnnotation(isHotspot: false, region: nil, matches: [], unverifiedMatches: [])
}

/// One hotspot row that matches an alteration, with the counts the source reports.
public struct HotspotMatch: Hashable, Sendable {
    /// The dataset id, e.g. `v2_single_residue_and_indel`.
    public var dataset: String
    public var citation: String
    public var pmid: String?
    /// `single_residue`, `in_frame_indel` or `3d_cluster_member`.
    public var type: String
    /// The residue or window as written (`E79`, `73-87`).
    public var residue: String
    /// Tumours with a mutation at this residue (or in this window).
    public var tumorCount: Int?
    /// Tumours with this exact change, when the source counts it.
    public var variantCount: Int?
    /// Counts per alternate amino acid or indel.
    public var variantCounts: [String: Int]
    public var clusterId: String?
}
