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
    /// written after a full load of the same folders when there is one (and one is written when there is not). The
    /// manifest is read and hashed either way; the knowledgebase's other files are read and checked against the
    /// manifest, and the rule files read and hashed, unless their stamps are those they had when the snapshot's load
    /// checked them.
    public static func load(
        knowledgebase knowledgebaseDirectory: URL, rules rulesDirectory: URL, snapshots: SnapshotStore? = nil
    ) throws(AnnotatorError) -> AnnotationResources {
        let knowledgebaseFiles: KnowledgebaseFiles
        do {
            let manifest = try KnowledgebaseLoader.readManifest(from: knowledgebaseDirectory)
            if let snapshots, let snapshot = snapshots.read(
                knowledgebase: manifest.sha256, folder: FolderStamps.path(of: knowledgebaseDirectory),
                rulesFolder: FolderStamps.path(of: rulesDirectory)),
                let resources = try reuse(snapshot, manifest: manifest, rules: rulesDirectory, store: snapshots) {
                return resources
            }
            knowledgebaseFiles = try KnowledgebaseLoader.readFiles(manifest)
        } catch {
            throw .knowledgebase(error)
        }
        return try load(knowledgebaseFiles, rules: rulesDirectory, snapshots)
    }

    /// The snapshot's resources when its stamps still describe the knowledgebase and rules folders, or when their
    /// files, read again, still agree with it: the knowledgebase's with the manifest (else the error of that check),
    /// the rules' with the rule set's SHA-256 (else nil, for a full load). The snapshot is then stored with the new
    /// stamps once they have settled.
    private static func reuse(
        _ snapshot: SnapshotStore.Snapshot, manifest: KnowledgebaseManifest, rules rulesDirectory: URL, store: SnapshotStore
    ) throws(KnowledgebaseError) -> AnnotationResources? {
        var (stamps, ruleStamps, restamped) = (snapshot.stamps, snapshot.ruleStamps, false)
        // The rules first: when they changed, the full load reads the knowledgebase's files, which need not be read here.
        if !(RuleSetLoader.stamps(of: rulesDirectory).map(snapshot.ruleStamps.stillDescribe) ?? false) {
            guard let files = try? RuleSetLoader.readFiles(from: rulesDirectory), files.sha256 == snapshot.resources.ruleSet.sha256 else {
                return nil
            }
            (ruleStamps, restamped) = (files.stamps, true)
        }
        if !snapshot.stamps.stillDescribe(try KnowledgebaseLoader.stamps(of: manifest.directory)) {
            // Touched, copied or restored files that agree with the manifest again.
            (stamps, restamped) = (try KnowledgebaseLoader.readFiles(manifest).stamps, true)
        }
        if restamped, stamps.isSettled, ruleStamps.isSettled { store.write(snapshot.resources, stamps: stamps, ruleStamps: ruleStamps) }
        return snapshot.resources
    }

    /// The full load: decoding, checking and building (the knowledgebase's errors are reported before the rules');
    /// a snapshot of the result is written to `snapshots`.
    private static func load(
        _ knowledgebaseFiles: KnowledgebaseFiles, rules rulesDirectory: URL, _ snapshots: SnapshotStore?
    ) throws(AnnotatorError) -> AnnotationResources {
        let knowledgebase: Knowledgebase
        do {
            knowledgebase = try KnowledgebaseLoader.load(knowledgebaseFiles)
        } catch {
            throw .knowledgebase(error)
        }
        let ruleFiles: RuleSetFiles
        let resources: AnnotationResources
        do {
            ruleFiles = try RuleSetLoader.readFiles(from: rulesDirectory)
            resources = AnnotationResources(knowledgebase: knowledgebase, ruleSet: try RuleSetLoader.load(ruleFiles, knowledgebase: knowledgebase))
        } catch {
            throw .rules(error)
        }
        snapshots?.write(resources, stamps: knowledgebaseFiles.stamps, ruleStamps: ruleFiles.stamps)
        return resources
    }
}
