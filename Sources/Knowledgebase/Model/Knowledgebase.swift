import Foundation
import SnapshotCoding

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
    /// Cohort-derived evidence files (with Kaplan–Meier curve points for the HTML report).
    public let cohorts: [CohortEvidenceFile]
    /// Evidence-level frameworks (AMP/ASCO/CAP 2017, JSMO/JSCO/JCA) and their level definitions.
    public let evidenceLevels: [EvidenceFramework]
    /// Pathway genes interpreted without a transcript model (CUL3), by symbol.
    public let pathwayGenes: [String: PathwayGene]
    /// Verified per-variant functional results (`functional-studies.yaml`).
    public let functional: FunctionalCatalog
    /// The background paragraph of each gene, by symbol (`gene-background.yaml`).
    public let geneBackground: [String: GeneBackground]
    /// The genes with transcript models, sorted (`KEAP1`, `NFE2L2`).
    public let geneSymbols: [String]
    /// Every gene the annotator interprets: genes with models and pathway genes, sorted.
    public let interpretedGeneSymbols: [String]
    private let featuresByID: [String: ProteinFeature]

    init(
        version: String, sha256: String, files: [ManifestEntry], genes: [String: GeneKnowledge], features: [ProteinFeature],
        hotspots: HotspotCatalog, oncotree: OncoTree, tumorTypes: TumorTypeResolver, evidence: EvidenceCatalog, texts: TextCatalog,
        cohorts: [CohortEvidenceFile], evidenceLevels: [EvidenceFramework], pathwayGenes: [String: PathwayGene],
        functional: FunctionalCatalog, geneBackground: [String: GeneBackground]
    ) {
        self.version = version
        self.sha256 = sha256
        self.files = files
        self.genes = genes
        self.features = features
        self.hotspots = hotspots
        self.oncotree = oncotree
        self.tumorTypes = tumorTypes
        self.evidence = evidence
        self.texts = texts
        self.cohorts = cohorts
        self.evidenceLevels = evidenceLevels
        self.pathwayGenes = pathwayGenes
        self.functional = functional
        self.geneBackground = geneBackground
        geneSymbols = genes.keys.sorted()
        interpretedGeneSymbols = (Array(genes.keys) + Array(pathwayGenes.keys)).sorted()
        // Feature ids are unique (the loader checks it before building the knowledgebase).
        featuresByID = Dictionary(features.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A pathway gene by symbol (case-insensitive).
    public func pathwayGene(_ symbol: String) -> PathwayGene? { pathwayGenes[symbol.uppercased()] }

    /// A framework by id.
    public func evidenceFramework(_ id: String) -> EvidenceFramework? { evidenceLevels.first { $0.id == id } }

    /// Knowledge for a gene symbol (case-insensitive).
    public func gene(_ symbol: String) -> GeneKnowledge? { genes[symbol.uppercased()] }

    /// Features of a gene whose residue range overlaps `range`.
    public func features(gene: String, overlapping range: ClosedRange<Int>) -> [ProteinFeature] {
        features.filter { $0.gene == gene && $0.range.overlaps(range) }
    }

    /// The cohort survival analysis behind an evidence id, if the item is cohort-derived.
    public func cohortSurvival(_ evidenceID: String) -> (cohort: CohortEvidenceFile, analysis: CohortSurvivalEvidence)? {
        for cohort in cohorts {
            if let analysis = cohort.survival.first(where: { $0.id == evidenceID }) { return (cohort, analysis) }
        }
        return nil
    }

    /// The feature with this id, if any.
    public func feature(_ id: String) -> ProteinFeature? { featuresByID[id] }
}

// MARK: - Snapshot

/// A validated knowledgebase as the snapshot stores it (see ``SnapshotCodable``): every part as built, so that
/// reading it back needs neither parsing nor the checks, which passed before it was written.
extension Knowledgebase: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        // The OncoTree comes first: the tumour-type tables that follow refer to it.
        let oncotree: OncoTree = try reader.read()
        let tumorTypes = try TumorTypeResolver(oncotree: oncotree, snapshot: &reader)
        try self.init(
            version: reader.read(), sha256: reader.read(), files: reader.read(), genes: reader.read(), features: reader.read(),
            hotspots: reader.read(), oncotree: oncotree, tumorTypes: tumorTypes, evidence: reader.read(), texts: reader.read(),
            cohorts: reader.read(), evidenceLevels: reader.read(), pathwayGenes: reader.read(), functional: reader.read(),
            geneBackground: reader.read())
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.write(oncotree)
        tumorTypes.writeTables(to: &writer)
        writer.write(version, sha256, files, genes, features, hotspots, evidence, texts, cohorts, evidenceLevels, pathwayGenes, functional, geneBackground)
    }
}
