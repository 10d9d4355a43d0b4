import Foundation
import Knowledgebase
import KnowledgeLookup
import Normalization
import RulesEngine

/// The loaded knowledgebase and rule set, ready to annotate any number of reports.
public struct AnnotationResources: Sendable {
    public let knowledgebase: Knowledgebase
    public let ruleSet: RuleSet

    public init(knowledgebase: Knowledgebase, ruleSet: RuleSet) {
        self.knowledgebase = knowledgebase
        self.ruleSet = ruleSet
    }

    /// Loads and validates the knowledgebase and the rules. With `snapshots`, the decoded documents come from a
    /// snapshot of the same files when there is one (and one is written when there is not); the files are read
    /// and checked against their hashes, and the knowledgebase and rules validated, either way.
    public static func load(
        knowledgebase knowledgebaseDirectory: URL, rules rulesDirectory: URL, snapshots: SnapshotStore? = nil
    ) throws(AnnotatorError) -> AnnotationResources {
        let knowledgebaseFiles: KnowledgebaseFiles
        do {
            knowledgebaseFiles = try KnowledgebaseLoader.readFiles(from: knowledgebaseDirectory)
        } catch {
            throw .knowledgebase(error)
        }
        // The rules are read before the knowledgebase is decoded only to find a snapshot; their errors are
        // reported after the knowledgebase's, as without one.
        let ruleFiles = Result { () throws(RuleSetError) in try RuleSetLoader.readFiles(from: rulesDirectory) }
        if let snapshots, case .success(let ruleFiles) = ruleFiles,
            let snapshot = snapshots.read(knowledgebase: knowledgebaseFiles.sha256, rules: ruleFiles.sha256) {
            return try build(knowledgebaseFiles, snapshot.knowledgebase, ruleFiles, snapshot.rules)
        }
        let knowledgebaseDocuments: KnowledgebaseDocuments
        do {
            knowledgebaseDocuments = try KnowledgebaseLoader.decode(knowledgebaseFiles)
        } catch {
            throw .knowledgebase(error)
        }
        // A knowledgebase that fails validation is reported before any rules problem.
        let knowledgebase = try build(knowledgebaseFiles, knowledgebaseDocuments)
        let readRules: RuleSetFiles
        let ruleDocuments: RuleSetDocuments
        do {
            readRules = try ruleFiles.get()
            ruleDocuments = try RuleSetLoader.decode(readRules)
        } catch {
            throw .rules(error)
        }
        let resources = try build(knowledgebase, readRules, ruleDocuments)
        snapshots?.write(ResourceSnapshot(
            toolVersion: ToolVersion.current, build: snapshots?.build ?? "", knowledgebaseSHA256: knowledgebaseFiles.sha256,
            rulesSHA256: readRules.sha256, knowledgebase: knowledgebaseDocuments, rules: ruleDocuments))
        return resources
    }

    private static func build(
        _ knowledgebaseFiles: KnowledgebaseFiles, _ knowledgebaseDocuments: KnowledgebaseDocuments, _ ruleFiles: RuleSetFiles,
        _ ruleDocuments: RuleSetDocuments
    ) throws(AnnotatorError) -> AnnotationResources {
        try build(try build(knowledgebaseFiles, knowledgebaseDocuments), ruleFiles, ruleDocuments)
    }

    private static func build(_ files: KnowledgebaseFiles, _ documents: KnowledgebaseDocuments) throws(AnnotatorError) -> Knowledgebase {
        do {
            return try KnowledgebaseLoader.build(files, documents: documents)
        } catch {
            throw .knowledgebase(error)
        }
    }

    private static func build(_ knowledgebase: Knowledgebase, _ files: RuleSetFiles, _ documents: RuleSetDocuments) throws(AnnotatorError) -> AnnotationResources {
        do {
            return AnnotationResources(knowledgebase: knowledgebase, ruleSet: try RuleSetLoader.build(files, documents: documents, knowledgebase: knowledgebase))
        } catch {
            throw .rules(error)
        }
    }
}
