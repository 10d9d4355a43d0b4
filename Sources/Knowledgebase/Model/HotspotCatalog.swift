/// Cancer Hotspots rows indexed by gene, for hotspot-membership questions.
public struct HotspotCatalog: Sendable {
    /// The datasets, by id.
    public let datasets: [String: HotspotDataset]
    private let residuesByGene: [String: [HotspotResidue]]

    init(file: HotspotFile) {
        datasets = Dictionary(file.datasets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        residuesByGene = Dictionary(grouping: file.residues, by: \.gene)
    }

    /// Every row for a gene, in file order.
    public func rows(for gene: String) -> [HotspotResidue] {
        residuesByGene[gene] ?? []
    }

    /// Rows of verified datasets whose residue range overlaps `range`.
    public func verifiedRows(gene: String, overlapping range: ClosedRange<Int>) -> [HotspotResidue] {
        rows(for: gene).filter { datasets[$0.dataset]?.verified == true && $0.range.overlaps(range) }
    }

    /// Rows of unverified datasets (shown only as such) whose residue range overlaps `range`.
    public func unverifiedRows(gene: String, overlapping range: ClosedRange<Int>) -> [HotspotResidue] {
        rows(for: gene).filter { datasets[$0.dataset]?.verified == false && $0.range.overlaps(range) }
    }
}
