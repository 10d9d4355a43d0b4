import SnapshotCoding

/// Cancer Hotspots rows indexed by gene, for hotspot-membership questions.
public struct HotspotCatalog: Sendable {
    /// The datasets, by id.
    public let datasets: [String: HotspotDataset]
    /// How each row type is matched, by row type.
    public let matching: [String: HotspotRowTypeMatching]
    private let residuesByGene: [String: [HotspotResidue]]

    init(file: HotspotFile, matching: HotspotMatchingFile) {
        datasets = Dictionary(file.datasets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        residuesByGene = Dictionary(grouping: file.residues, by: \.gene)
        self.matching = matching.rowTypes
    }

    /// Whether rows of `type` count changes with this consequence.
    public func rowType(_ type: String, counts consequence: String) -> Bool {
        matching[type]?.consequences.contains(consequence) == true
    }

    /// Whether an alteration with this consequence spanning `range`, counted by a row of `type`, is called a hotspot.
    public func rowType(_ type: String, makesHotspot range: ClosedRange<Int>, consequence: String) -> Bool {
        guard matching[type]?.hotspotConsequences.contains(consequence) == true else { return false }
        return switch matching[type]?.extent {
        case .overlap: true
        case .singleResidue: range.count == 1
        case nil: false
        }
    }

    /// Every row for a gene, in file order.
    public func rows(for gene: String) -> [HotspotResidue] {
        residuesByGene[gene] ?? []
    }

    /// Rows of verified datasets whose residue range overlaps `range`.
    public func verifiedRows(gene: String, overlapping range: ClosedRange<Int>) -> [HotspotResidue] {
        // The range first: most of a gene's rows lie elsewhere, and it is cheaper than looking up the dataset
        // (the hotspot look-up went from 0.8% to 0.1% of the samples of `annotate-rate`, perf).
        rows(for: gene).filter { $0.range.overlaps(range) && datasets[$0.dataset]?.verified == true }
    }

    /// Rows of unverified datasets (shown only as such) whose residue range overlaps `range`.
    public func unverifiedRows(gene: String, overlapping range: ClosedRange<Int>) -> [HotspotResidue] {
        rows(for: gene).filter { $0.range.overlaps(range) && datasets[$0.dataset]?.verified == false }
    }
}

extension HotspotCatalog: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (datasets, matching, residuesByGene) = try (reader.read(), reader.read(), reader.read())
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.write(datasets, matching, residuesByGene)
    }
}
