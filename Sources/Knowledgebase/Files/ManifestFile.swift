/// `knowledgebase/manifest.json`: the knowledgebase version and the SHA-256 of every file in it.
public struct ManifestFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var name: String
    public var version: String
    public var derivedFrom: String
    public var files: [ManifestEntry]
}

/// One file of the knowledgebase and its expected SHA-256 (lower-case hex).
public struct ManifestEntry: Codable, Hashable, Sendable {
    public var path: String
    public var sha256: String
    /// `derived` (written by tools/kb/build_knowledgebase.py) or `curated` (written by hand).
    public var kind: String
}
