/// `rules/ruleset.yaml`: the rule set's name and version.
public struct RuleSetHeader: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var name: String
    public var version: String
}

/// A loaded, validated set of rules, in a fixed order (files sorted by path, rules as written).
public struct RuleSet: Sendable {
    public let name: String
    public let version: String
    /// One hash for the whole rule set: SHA-256 over `path<TAB>sha256<LF>` for every rule file, sorted by path.
    public let sha256: String
    /// Each rule file's path (relative to the rules folder) and SHA-256.
    public let files: [(path: String, sha256: String)]
    public let rules: [Rule]
    /// The topic of each rule's file, by rule id.
    public let topicOfRule: [String: String]
    /// The file each rule came from.
    public let fileOfRule: [String: String]
}

extension RuleSet {
    /// The topic whose rules decide oncogenicity and effect, and run first.
    public static let decidingTopic = "oncogenicity"
}
