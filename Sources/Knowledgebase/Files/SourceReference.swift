/// Where a knowledgebase fact comes from. Every fact in the knowledgebase carries one.
public struct SourceReference: Codable, Hashable, Sendable {
    /// The shared reference file the fact was derived from (relative to the workspace, e.g. `shared/reference/domains.tsv`).
    public var file: String?
    /// The provenance document describing how that file was made and checked.
    public var provenance: String?
    /// A bibliographic citation or other statement of origin.
    public var citation: String?
    /// Any further note on the derivation.
    public var note: String?
    /// A repository and commit, where relevant.
    public var repository: String?

    public init(file: String? = nil, provenance: String? = nil, citation: String? = nil, note: String? = nil, repository: String? = nil) {
        self.file = file
        self.provenance = provenance
        self.citation = citation
        self.note = note
        self.repository = repository
    }

    /// True when at least one way to trace the fact is given.
    public var isTraceable: Bool {
        [file, citation, repository].contains { !($0 ?? "").isEmpty }
    }
}

/// A text in the languages the outputs support.
public struct LocalizedText: Codable, Hashable, Sendable {
    public var en: String
    public var ja: String

    public init(en: String, ja: String) {
        self.en = en
        self.ja = ja
    }
}
