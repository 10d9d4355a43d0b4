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

    /// Loads and validates the knowledgebase and the rules. With `snapshots`, the resources come from a snapshot
    /// written after a full load of the same files when there is one (and one is written when there is not); the
    /// files are read and checked against their hashes either way.
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
            let resources = snapshots.read(knowledgebase: knowledgebaseFiles.sha256, rules: ruleFiles.sha256) {
            return resources
        }
        let knowledgebase: Knowledgebase
        do {
            knowledgebase = try KnowledgebaseLoader.load(knowledgebaseFiles)
        } catch {
            throw .knowledgebase(error)
        }
        let resources: AnnotationResources
        do {
            resources = AnnotationResources(knowledgebase: knowledgebase, ruleSet: try RuleSetLoader.load(ruleFiles.get(), knowledgebase: knowledgebase))
        } catch {
            throw .rules(error)
        }
        snapshots?.write(resources)
        return resources
    }
}
