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
    /// written after a full load of the same files when there is one (and one is written when there is not). The
    /// manifest and the rule files are read and hashed either way; the knowledgebase's other files are read and
    /// checked against the manifest unless their stamps are those they had when the snapshot's load checked them.
    public static func load(
        knowledgebase knowledgebaseDirectory: URL, rules rulesDirectory: URL, snapshots: SnapshotStore? = nil
    ) throws(AnnotatorError) -> AnnotationResources {
        // The rules are read before the knowledgebase's files only to find a snapshot; their errors are reported
        // after the knowledgebase's, as without one.
        let ruleFiles = Result { () throws(RuleSetError) in try RuleSetLoader.readFiles(from: rulesDirectory) }
        let knowledgebaseFiles: KnowledgebaseFiles
        do {
            let manifest = try KnowledgebaseLoader.readManifest(from: knowledgebaseDirectory)
            if let snapshots, case .success(let rules) = ruleFiles,
                let snapshot = snapshots.read(
                    knowledgebase: manifest.sha256, rules: rules.sha256, folder: KnowledgebaseLoader.folderPath(knowledgebaseDirectory)) {
                if snapshot.stamps.stillDescribe(try KnowledgebaseLoader.stamps(of: knowledgebaseDirectory)) { return snapshot.resources }
                let files = try KnowledgebaseLoader.readFiles(manifest)
                // The files agree with the manifest again (touched, copied or restored): the snapshot stands, with
                // their new stamps once they have settled.
                if files.stamps.isSettled { snapshots.write(snapshot.resources, stamps: files.stamps) }
                return snapshot.resources
            }
            knowledgebaseFiles = try KnowledgebaseLoader.readFiles(manifest)
        } catch {
            throw .knowledgebase(error)
        }
        return try load(knowledgebaseFiles, ruleFiles, snapshots)
    }

    /// The full load: decoding, checking and building; a snapshot of the result is written to `snapshots`.
    private static func load(
        _ knowledgebaseFiles: KnowledgebaseFiles, _ ruleFiles: Result<RuleSetFiles, RuleSetError>, _ snapshots: SnapshotStore?
    ) throws(AnnotatorError) -> AnnotationResources {
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
        snapshots?.write(resources, stamps: knowledgebaseFiles.stamps)
        return resources
    }
}
