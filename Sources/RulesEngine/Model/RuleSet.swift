/// `rules/ruleset.yaml`: the rule set's name and version.
public struct RuleSetHeader: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var name: String
    public var version: String
    /// What counts as a loss-of-function co-alteration.
    public var lossOfFunction: LossOfFunctionDefinition
}

/// The consequences and copy-number kinds that make an alteration in another gene a loss of function.
public struct LossOfFunctionDefinition: Codable, Hashable, Sendable {
    public var consequences: [String]
    public var copyNumbers: [String]

    /// True when an alteration with these consequences or copy-number kind is a loss of function.
    public func includes(consequences terms: [String], copyNumber: String?) -> Bool {
        terms.contains(where: consequences.contains) || copyNumber.map(copyNumbers.contains) == true
    }
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
    /// What counts as a loss-of-function co-alteration (from `ruleset.yaml`).
    public let lossOfFunction: LossOfFunctionDefinition
    /// The topic of each rule's file, by rule id.
    public let topicOfRule: [String: String]
    /// The file each rule came from.
    public let fileOfRule: [String: String]
    /// The oncogenicity classification standard (`classification/*.yaml`).
    public let classification: ClassificationCriteria
}

extension RuleSet {
    /// The topic whose rules decide oncogenicity and effect, and run first.
    public static let decidingTopic = "oncogenicity"
}
