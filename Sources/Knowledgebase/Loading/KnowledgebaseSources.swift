import Foundation

/// A knowledgebase folder's manifest, read but not decoded (``KnowledgebaseLoader/readManifest(from:)``).
public struct KnowledgebaseManifest: Sendable {
    /// The folder the manifest was read from.
    public let directory: URL
    let data: Data
    /// The SHA-256 of `manifest.json`: the knowledgebase's hash in every interpretation's provenance.
    public let sha256: String
}

/// A knowledgebase folder's files, read and checked against its manifest but not yet decoded
/// (``KnowledgebaseLoader/readFiles(from:)``).
public struct KnowledgebaseFiles: Sendable {
    /// The folder the files were read from.
    public let directory: URL
    let manifest: ManifestFile
    /// The SHA-256 of `manifest.json`: the knowledgebase's hash in every interpretation's provenance.
    public let sha256: String
    /// Each listed file's bytes, by path relative to the folder.
    let contents: [String: Data]
    /// The files' stamps, taken when the folder was listed, before they were read.
    public let stamps: FolderStamps
}

/// A knowledgebase's files decoded (``KnowledgebaseLoader/decode(_:)``), before the checks of facts against each
/// other.
struct KnowledgebaseDocuments: Sendable {
    let json: KnowledgebaseLoader.JSONDocuments
    let yaml: KnowledgebaseLoader.YAMLDocuments
}

/// A decoded file and its path relative to its folder.
public struct NamedDocument<File: Sendable>: Sendable {
    public var path: String
    public var file: File

    public init(path: String, file: File) {
        self.path = path
        self.file = file
    }
}
