import Foundation
import Knowledgebase
import RulesEngine

/// Finds the knowledgebase and rule set an interpretation names by their SHA-256: first in the folders given
/// (`--kb`, `--rules` or the defaults), then in an archive of past versions (any folder below it holding a
/// `manifest.json` or a `ruleset.yaml`, e.g. `archive/<sha>/knowledgebase`).
public struct ResourceArchive: Sendable {
    /// Knowledgebase folders to try first (`--kb` or the default).
    public var knowledgebaseFolders: [URL]
    /// Rules folders to try first (`--rules` or the default).
    public var rulesFolders: [URL]
    /// A folder of past versions (`--kb-archive`), searched below for `manifest.json` and `ruleset.yaml`.
    public var archive: URL?

    /// How deep below the archive folder to look.
    private static let searchDepth = 4

    /// Searches `knowledgebaseFolders` and `rulesFolders`, then `archive`.
    public init(knowledgebaseFolders: [URL], rulesFolders: [URL], archive: URL?) {
        self.knowledgebaseFolders = knowledgebaseFolders
        self.rulesFolders = rulesFolders
        self.archive = archive
    }

    /// The loaded knowledgebase whose manifest has this SHA-256 (the knowledgebase hash of the provenance).
    func knowledgebase(sha256: String, version: String) throws(VerificationError) -> Knowledgebase {
        let candidates = knowledgebaseFolders + archived(holding: "manifest.json")
        for folder in candidates {
            guard let manifest = FileManager.default.contents(atPath: folder.appendingPathComponent("manifest.json").path),
                  FileDigest.sha256(manifest) == sha256.lowercased() else { continue }
            do {
                return try KnowledgebaseLoader.load(from: folder)
            } catch {
                throw .annotation(.knowledgebase(error))
            }
        }
        throw .knowledgebaseNotFound(version: version, sha256: sha256, searched: searched(knowledgebaseFolders))
    }

    /// The rule set with this SHA-256, loaded against `knowledgebase`. Folders are matched by their files'
    /// hash before anything is decoded; a matching rule set that does not load is an error, not a miss.
    func ruleSet(sha256: String, version: String, knowledgebase: Knowledgebase) throws(VerificationError) -> RuleSet {
        for folder in rulesFolders + archived(holding: "ruleset.yaml") where RuleSetLoader.sha256(of: folder) == sha256.lowercased() {
            do {
                return try RuleSetLoader.load(from: folder, knowledgebase: knowledgebase)
            } catch {
                throw .annotation(.rules(error))
            }
        }
        throw .rulesNotFound(version: version, sha256: sha256, searched: searched(rulesFolders))
    }

    private func searched(_ folders: [URL]) -> [String] {
        folders.map(\.path) + (archive.map { ["\($0.path) (archive)"] } ?? [])
    }

    /// Folders below the archive that hold `marker`, sorted by path.
    private func archived(holding marker: String) -> [URL] {
        guard let archive else { return [] }
        var found: [URL] = []
        var level = [archive]
        for _ in 0..<Self.searchDepth {
            var next: [URL] = []
            for folder in level {
                let children = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
                for name in children where !name.hasPrefix(".") {
                    let child = folder.appendingPathComponent(name)
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: child.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
                    if FileManager.default.fileExists(atPath: child.appendingPathComponent(marker).path) { found.append(child) }
                    next.append(child)
                }
            }
            level = next
        }
        return found.sorted { $0.path < $1.path }
    }
}
