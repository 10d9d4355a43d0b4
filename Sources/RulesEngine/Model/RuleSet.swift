import Knowledgebase
import SnapshotCoding

/// `rules/ruleset.yaml`: the rule set's name and version.
public struct RuleSetHeader: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var name: String
    public var version: String
    /// What counts as a loss-of-function co-alteration.
    public var lossOfFunction: LossOfFunctionDefinition
    /// Which alterations carry clinical statements, and which sources may back them; absent in rule sets written
    /// before rules 1.3 (see ``StatementPolicy/unrestricted``), which still load so that past interpretations re-verify.
    public var statementPolicy: StatementPolicy?
}

/// `statementPolicy` of `rules/ruleset.yaml`: when prognosis, therapy and trial statements attach to an alteration,
/// the AMP/ASCO/CAP tier of an alteration without them, and what a statement's citation must carry.
public struct StatementPolicy: Codable, Hashable, Sendable {
    /// Statements attach only to alterations with one of these oncogenicity calls.
    public var attachWhenOncogenicity: [String]
    /// Why an alteration with another call carries no statement, shown on its card.
    public var withheldBecause: LocalizedText
    /// The AMP/ASCO/CAP tier of an alteration with no statement that applies to the patient, by oncogenicity call.
    public var tierWithoutStatements: [String: String]
    /// Where the attachment and tiers are written.
    public var source: PolicySource
    /// What every citation behind a statement must carry.
    public var citations: CitationRequirements
}

extension StatementPolicy {
    /// The behaviour of rule sets without a policy: statements attach whatever the call, no tier is assigned without
    /// statements, and citations are held only to the loader's verified-evidence check.
    public static let unrestricted = StatementPolicy(
        attachWhenOncogenicity: Array(RuleVocabulary.oncogenicity).sorted(), withheldBecause: LocalizedText(en: "", ja: ""),
        tierWithoutStatements: [:], source: PolicySource(citation: "", locator: ""),
        citations: CitationRequirements(kinds: [], identifierRequiredFor: []))
}

/// A citation id with the place in it.
public struct PolicySource: Codable, Hashable, Sendable {
    public var citation: String
    public var locator: String
}

/// Citation kinds that may back a statement, and those that must give a DOI or PMID.
public struct CitationRequirements: Codable, Hashable, Sendable {
    /// Citation kinds that may back a statement (news and vendor summaries never do).
    public var kinds: [String]
    /// Kinds whose citation must give a DOI or a PMID that the curator saw.
    public var identifierRequiredFor: [String]
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
    /// When statements attach, and what backs them (from `ruleset.yaml`).
    public let statementPolicy: StatementPolicy
}

extension RuleSet {
    /// The topic whose rules decide oncogenicity and effect, and run first.
    public static let decidingTopic = "oncogenicity"
}

// MARK: - Snapshot

/// A validated rule set as the snapshot stores it (see ``SnapshotCodable``), checked against the knowledgebase
/// before it was written.
extension RuleSet: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        let (paths, hashes): ([String], [String])
        (name, version, sha256, paths, hashes, rules, lossOfFunction, topicOfRule, fileOfRule, classification, statementPolicy) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read(), reader.read()
        )
        guard paths.count == hashes.count else { throw reader.failure("\(paths.count) rule files but \(hashes.count) hashes") }
        files = zip(paths, hashes).map { (path: $0, sha256: $1) }
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.write(
            name, version, sha256, files.map(\.path), files.map(\.sha256), rules, lossOfFunction, topicOfRule, fileOfRule, classification,
            statementPolicy)
    }
}
