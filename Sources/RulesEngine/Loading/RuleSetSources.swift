import Foundation
import Knowledgebase

/// A rules folder's files, read and hashed but not yet decoded (``RuleSetLoader/readFiles(from:)``).
public struct RuleSetFiles: Sendable {
    /// The folder the files were read from.
    public let directory: URL
    /// Each file's path (relative to the folder) and SHA-256: the rule files by name, then the classification.
    let hashes: [(path: String, sha256: String)]
    /// The rule set's hash in every interpretation's provenance (see ``RuleSet/sha256``).
    public let sha256: String
    /// Each file's text, in the order of `hashes`.
    let texts: [(path: String, text: String)]
    /// The stamps of the folder's files, taken before they were read.
    public let stamps: FolderStamps
}

/// A rule set's files decoded (``RuleSetLoader/decode(_:)``), before the checks against the knowledgebase.
struct RuleSetDocuments: Sendable {
    let header: RuleSetHeader
    /// The rule files other than `ruleset.yaml`, sorted by name.
    let ruleFiles: [NamedDocument<RuleFile>]
    let classification: NamedDocument<ClassificationCriteria>
}
