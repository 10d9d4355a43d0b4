import SnapshotCoding

/// Curated evidence items and citations, by id.
public struct EvidenceCatalog: Sendable {
    public let items: [String: EvidenceItem]
    public let citations: [String: Citation]
    /// Which evidence file each item came from (relative to the knowledgebase folder).
    public let fileOfItem: [String: String]

    init(items: [String: EvidenceItem], citations: [String: Citation], fileOfItem: [String: String]) {
        self.items = items
        self.citations = citations
        self.fileOfItem = fileOfItem
    }

    /// The item with this id.
    public func item(_ id: String) -> EvidenceItem? { items[id] }

    /// The citation of an item.
    public func citation(of item: EvidenceItem) -> Citation? { citations[item.citation] }

    /// True when every item is one of the knowledgebase's own cohort reanalyses (not published evidence).
    public func areOwnReanalyses(_ ids: [String]) -> Bool {
        !ids.isEmpty && ids.allSatisfy { id in item(id).flatMap(citation(of:))?.kind == CohortEvidenceConverter.citationKind }
    }
}

extension EvidenceCatalog: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (items, citations, fileOfItem) = try (reader.read(), reader.read(), reader.read())
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.write(items, citations, fileOfItem)
    }
}
