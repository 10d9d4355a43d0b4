import Foundation
import Knowledgebase
import StrictDecoding

/// Loads `rules/` and checks every rule against the knowledgebase: evidence ids must exist and be verified,
/// feature ids, OncoTree codes and tumour groups must exist, and values must come from the known vocabularies.
public enum RuleSetLoader {
    /// Loads the rule files in `directory` (`ruleset.yaml` plus every other `*.yaml` at the top level;
    /// `tests/` holds test cases, not rules) and the classification standard in `classification/`.
    public static func load(from directory: URL, knowledgebase: Knowledgebase) throws(RuleSetError) -> RuleSet {
        try load(try readFiles(from: directory), knowledgebase: knowledgebase)
    }

    /// Decodes rule files already read and checks them against the knowledgebase.
    public static func load(_ files: RuleSetFiles, knowledgebase: Knowledgebase) throws(RuleSetError) -> RuleSet {
        try build(files, documents: try decode(files), knowledgebase: knowledgebase)
    }

    /// Reads the rule files and the classification standard in `directory`, without decoding them.
    public static func readFiles(from directory: URL) throws(RuleSetError) -> RuleSetFiles {
        // Stamped before anything is read, so that a file changed while it is read does not keep its old stamp.
        guard let listing = stamps(of: directory) else { throw .missingDirectory(path: directory.path) }
        let ruleNames = try ruleFileNames(in: directory)
        let classificationNames = classificationFileNames(in: directory)
        guard classificationNames.count == 1, let classificationName = classificationNames.first else {
            throw .invalidRule(
                file: classificationFolder, rule: "classification",
                problem: "expected exactly one classification file (*.yaml) in \(classificationFolder)/; found \(classificationNames.count)")
        }
        var texts: [(path: String, text: String)] = []
        var hashes: [(path: String, sha256: String)] = []
        for name in ruleNames + [classificationName] {
            let (data, text) = try read(directory.appendingPathComponent(name), label: name)
            hashes.append((name, FileDigest.sha256(data)))
            texts.append((name, text))
        }
        return RuleSetFiles(directory: directory, hashes: hashes, sha256: combinedSHA256(hashes), texts: texts, stamps: listing)
    }

    /// The files of the rules folder `directory` (the README and hidden files left out) and their stamps; nil when
    /// it cannot be listed.
    public static func stamps(of directory: URL) -> FolderStamps? {
        FolderStamps.list(directory, skipping: ["README.md"])
    }

    /// Decodes the rule files' YAML, checking each file's structure.
    static func decode(_ files: RuleSetFiles) throws(RuleSetError) -> RuleSetDocuments {
        var header: RuleSetHeader?
        var ruleFiles: [NamedDocument<RuleFile>] = []
        var classification: NamedDocument<ClassificationCriteria>?
        for (name, text) in files.texts {
            if name == "ruleset.yaml" {
                header = try decode(RuleSetHeader.self, text, label: name)
            } else if name.hasPrefix(classificationFolder + "/") {
                classification = NamedDocument(path: name, file: try decode(ClassificationCriteria.self, text, label: name))
            } else {
                ruleFiles.append(NamedDocument(path: name, file: try decode(RuleFile.self, text, label: name)))
            }
        }
        guard let header, let classification else {
            throw .missingDirectory(path: files.directory.appendingPathComponent("ruleset.yaml").path)
        }
        return RuleSetDocuments(header: header, ruleFiles: ruleFiles, classification: classification)
    }

    /// Checks decoded rules against the knowledgebase and builds the rule set of `files`.
    static func build(_ files: RuleSetFiles, documents: RuleSetDocuments, knowledgebase: Knowledgebase) throws(RuleSetError) -> RuleSet {
        var rules: [Rule] = []
        var fileOfRule: [String: String] = [:]
        var topicOfRule: [String: String] = [:]
        for named in documents.ruleFiles {
            let (name, file) = (named.path, named.file)
            for rule in file.rules {
                if let other = fileOfRule[rule.id] {
                    throw .invalidRule(file: name, rule: rule.id, problem: "duplicate rule id (also in \(other))")
                }
                try RuleValidator(knowledgebase: knowledgebase, file: name, topic: file.topic, rule: rule).validate()
                fileOfRule[rule.id] = name
                topicOfRule[rule.id] = file.topic
                rules.append(rule)
            }
        }
        let header = documents.header
        let classification = documents.classification
        try ClassificationValidator(knowledgebase: knowledgebase, file: classification.path, criteria: classification.file).validate()
        for term in header.lossOfFunction.consequences where !RuleVocabulary.consequences.contains(term) {
            throw .invalidRule(file: "ruleset.yaml", rule: "lossOfFunction", problem: "unknown consequence '\(term)'")
        }
        for kind in header.lossOfFunction.copyNumbers where !RuleVocabulary.copyNumberKinds.contains(kind) {
            throw .invalidRule(file: "ruleset.yaml", rule: "lossOfFunction", problem: "unknown copy-number kind '\(kind)'")
        }
        if let policy = header.statementPolicy {
            try StatementPolicyValidator(knowledgebase: knowledgebase, policy: policy).validate(rules, fileOfRule: fileOfRule)
        }
        return RuleSet(
            name: header.name, version: header.version, sha256: files.sha256, files: files.hashes, rules: rules,
            lossOfFunction: header.lossOfFunction, topicOfRule: topicOfRule, fileOfRule: fileOfRule, classification: classification.file,
            statementPolicy: header.statementPolicy ?? .unrestricted)
    }

    /// The folder of the oncogenicity classification standard, which must hold exactly one `*.yaml` file.
    static let classificationFolder = "classification"

    /// `classification/*.yaml` of `directory` as paths relative to it, sorted.
    private static func classificationFileNames(in directory: URL) -> [String] {
        let folder = directory.appendingPathComponent(classificationFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted().map { "\(classificationFolder)/\($0)" }
    }

    /// The SHA-256 that ``load(from:knowledgebase:)`` records for the rule set in `directory`, computed from the
    /// files' bytes without decoding or validating them (to find a rule set by its hash); nil when `directory`
    /// is not a readable rules folder.
    public static func sha256(of directory: URL) -> String? {
        guard let names = (try? ruleFileNames(in: directory)).map({ $0 + classificationFileNames(in: directory) }) else { return nil }
        var hashes: [(path: String, sha256: String)] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
            hashes.append((name, FileDigest.sha256(data)))
        }
        return combinedSHA256(hashes)
    }

    /// `ruleset.yaml` and every other top-level `*.yaml` of `directory`, sorted by name.
    private static func ruleFileNames(in directory: URL) throws(RuleSetError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingDirectory(path: directory.path)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted()
        } catch {
            throw .missingDirectory(path: directory.path)
        }
        guard names.contains("ruleset.yaml") else { throw .missingDirectory(path: directory.appendingPathComponent("ruleset.yaml").path) }
        return names
    }

    /// One hash for the rule set: SHA-256 over `path<TAB>sha256<LF>` for every file, in name order.
    private static func combinedSHA256(_ hashes: [(path: String, sha256: String)]) -> String {
        FileDigest.sha256(hashes.map { "\($0.path)\t\($0.sha256)\n" }.joined())
    }

    /// The file's bytes (which the rule-set hash covers) and its text.
    private static func read(_ url: URL, label: String) throws(RuleSetError) -> (data: Data, text: String) {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw .malformed(StrictDecodingError(file: label, path: "$", problem: "cannot be read as UTF-8 text"))
        }
        return (data, text)
    }

    private static func decode<T: Codable>(_ type: T.Type, _ text: String, label: String) throws(RuleSetError) -> T {
        do {
            return try StrictDecoder.decodeYAML(type, from: text, file: label)
        } catch {
            throw .malformed(error)
        }
    }
}
