import Foundation

/// A loaded, validated knowledgebase: every fact the annotator may state, each with its source.
///
/// Load one with ``KnowledgebaseLoader/load(from:)``. It is immutable and safe to share across threads.
public struct Knowledgebase: Sendable {
    /// The version from the manifest, e.g. `1.0.0`.
    public let version: String
    /// The SHA-256 of `manifest.json`, which lists the SHA-256 of every other file: one hash for the whole knowledgebase.
    public let sha256: String
    /// Every file's path and SHA-256, as checked at load time.
    public let files: [ManifestEntry]
    public let genes: [String: GeneKnowledge]
    public let features: [ProteinFeature]
    public let hotspots: HotspotCatalog
    public let oncotree: OncoTree
    public let tumorTypes: TumorTypeResolver
    public let evidence: EvidenceCatalog
    /// Output labels, summary templates and disclaimers.
    public let texts: TextCatalog
    /// Evidence-level frameworks (AMP/ASCO/CAP 2017, JSMO/JSCO/JCA) and their level definitions.
    public let evidenceLevels: [EvidenceFramework]

    /// The genes the annotator interprets, sorted (`KEAP1`, `NFE2L2`).
    public var geneSymbols: [String] { genes.keys.sorted() }

    /// Knowledge for a gene symbol (case-insensitive).
    public func gene(_ symbol: String) -> GeneKnowledge? { genes[symbol.uppercased()] }

    /// Features of a gene whose residue range overlaps `range`.
    public func features(gene: String, overlapping range: ClosedRange<Int>) -> [ProteinFeature] {
        features.filter { $0.gene == gene && $0.range.overlaps(range) }
    }

    /// The feature with this id, if any.
    public func feature(_ id: String) -> ProteinFeature? { features.first { $0.id == id } }
}
