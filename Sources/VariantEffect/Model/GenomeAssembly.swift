/// The human reference genome build that a transcript model's coordinates refer to.
public enum GenomeAssembly: String, Hashable, Sendable, CaseIterable {
    /// Genome Reference Consortium Human Build 37 (hg19 coordinates, without the `chr` prefix convention).
    case grch37 = "GRCh37"
    /// Genome Reference Consortium Human Build 38.
    case grch38 = "GRCh38"
}
