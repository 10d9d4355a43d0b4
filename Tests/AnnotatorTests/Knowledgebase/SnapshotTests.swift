@testable import Annotator
import Foundation
import Interpretation
import Knowledgebase
import RulesEngine
import SnapshotCoding
import TestSupport
import Testing

/// The validated knowledgebase and rules snapshot: it reads back exactly what the full load builds, gives the
/// same outputs, follows changes to the files, survives damage and concurrent writers, and keeps every check.
@Suite final class SnapshotTests {
    /// The temporary folders of this test, removed when it ends.
    private var folders: [URL] = []

    deinit {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }

    /// A fresh, empty temporary folder.
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("keapnrf-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        folders.append(folder)
        return folder
    }

    /// Copies of the repository's knowledgebase and rules in a temporary folder.
    private func copiedResources() throws -> (knowledgebase: URL, rules: URL) {
        let folder = try temporaryFolder()
        let knowledgebase = folder.appendingPathComponent("knowledgebase")
        let rules = folder.appendingPathComponent("rules")
        try FileManager.default.copyItem(at: RepositoryPaths.knowledgebase, to: knowledgebase)
        try FileManager.default.copyItem(at: RepositoryPaths.rules, to: rules)
        return (knowledgebase, rules)
    }

    private func load(_ knowledgebase: URL = RepositoryPaths.knowledgebase, _ rules: URL = RepositoryPaths.rules, store: SnapshotStore?) throws -> AnnotationResources {
        try AnnotationResources.load(knowledgebase: knowledgebase, rules: rules, snapshots: store)
    }

    private func snapshotFile(
        _ store: SnapshotStore, _ resources: AnnotationResources, _ folder: URL = RepositoryPaths.knowledgebase, _ rules: URL = RepositoryPaths.rules
    ) -> URL {
        store.file(knowledgebase: resources.knowledgebase.sha256, folder: FolderStamps.path(of: folder), rulesFolder: FolderStamps.path(of: rules))
    }

    private func read(
        _ store: SnapshotStore, _ resources: AnnotationResources, _ folder: URL = RepositoryPaths.knowledgebase, _ rules: URL = RepositoryPaths.rules
    ) -> SnapshotStore.Snapshot? {
        store.read(knowledgebase: resources.knowledgebase.sha256, folder: FolderStamps.path(of: folder), rulesFolder: FolderStamps.path(of: rules))
    }

    @Test func theBinaryFormReadsBackTheBuiltResourcesExactly() throws {
        let resources = try load(store: nil)
        let (knowledgebase, ruleSet) = (resources.knowledgebase.snapshotBytes(), resources.ruleSet.snapshotBytes())
        let readKnowledgebase = try Knowledgebase.decode(knowledgebase)
        let readRuleSet = try RuleSet.decode(ruleSet)
        #expect(readKnowledgebase.snapshotBytes() == knowledgebase)
        #expect(readRuleSet.snapshotBytes() == ruleSet)
        // A second full load gives the same bytes (dictionaries and sets are written in order).
        let again = try load(store: nil)
        #expect(again.knowledgebase.snapshotBytes() == knowledgebase)
        #expect(again.ruleSet.snapshotBytes() == ruleSet)
        // Parts that are built from the files, read back rather than built again.
        #expect(readKnowledgebase.geneSymbols == ["KEAP1", "NFE2L2"])
        #expect(readKnowledgebase.evidence.items.count == resources.knowledgebase.evidence.items.count)
        for gene in ["KEAP1", "NFE2L2"] {
            #expect(readKnowledgebase.gene(gene)?.transcriptModels == resources.knowledgebase.gene(gene)?.transcriptModels)
            #expect(readKnowledgebase.gene(gene)?.transcriptModels.count == 2)
        }
        #expect(readRuleSet.files.map(\.path) == resources.ruleSet.files.map(\.path))
        #expect(readRuleSet.files.map(\.sha256) == resources.ruleSet.files.map(\.sha256))
    }

    @Test(arguments: ["LUAD", "Lung adenocarcinoma", "lung   ADENOCARCINOMA", "Bone osteosarcoma", "肺腺癌", "NSCLC", "adenocarcinoma of the lung", "xyz"])
    func tumourTypesResolveTheSameFromTheSnapshot(_ text: String) throws {
        let full = try load(store: nil).knowledgebase
        let read = try Knowledgebase.decode(full.snapshotBytes())
        #expect(read.tumorTypes.match(text) == full.tumorTypes.match(text))
        #expect(read.tumorTypes.suggestions(for: text) == full.tumorTypes.suggestions(for: text))
        #expect(read.oncotree.lineage(of: "LUAD") == ["LUAD", "NSCLC", "LUNG", "TISSUE"])
    }

    @Test func theBinaryFormKeepsEdgeValues() throws {
        struct Sample: SnapshotCodable, Equatable {
            var text: String
            var numbers: [Double]
            var integers: [Int]
            var missing: String?
            var present: Int?
            var flags: [Bool]
            var table: [String: [Int]]

            init(text: String, numbers: [Double], integers: [Int], missing: String?, present: Int?, flags: [Bool], table: [String: [Int]]) {
                (self.text, self.numbers, self.integers, self.missing, self.present, self.flags, self.table) =
                    (text, numbers, integers, missing, present, flags, table)
            }

            init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
                (text, numbers, integers, missing, present, flags, table) = try (
                    reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
                )
            }

            func write(to writer: inout SnapshotWriter) { writer.write(text, numbers, integers, missing, present, flags, table) }
        }
        let sample = Sample(
            text: "KEAP1 p.G333C 日本語 \u{0}", numbers: [0.1, -0.0, 1e-300, .greatestFiniteMagnitude], integers: [0, -1, Int.min, Int.max],
            missing: nil, present: 7, flags: [true, false], table: ["a": [1, 2], "": []])
        #expect(try Sample.decode(sample.snapshotBytes()) == sample)
    }

    @Test func damagedBytesAreAnErrorNotACrash() throws {
        let bytes = try load(store: nil).ruleSet.snapshotBytes()
        // Cut short anywhere, or with a byte left over, the bytes are refused.
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 500)) {
            #expect(throws: SnapshotDecodingError.self) { try RuleSet.decode(Array(bytes.prefix(length))) }
        }
        #expect(throws: SnapshotDecodingError.self) { try RuleSet.decode(bytes + [0]) }
        // A huge count is refused before anything is allocated for it.
        #expect(throws: SnapshotDecodingError.self) { try [String].decode([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]) }
        #expect(throws: SnapshotDecodingError.self) { try Bool.decode([2]) }
        #expect(throws: SnapshotDecodingError.self) { try [String: Int].decode([2, 1, 0x61, 2, 1, 0x61, 4]) }
    }

    @Test func aLoadWritesASnapshotAndTheNextLoadReadsIt() throws {
        let store = SnapshotStore(directory: try temporaryFolder())
        let full = try load(store: store)
        let file = snapshotFile(store, full)
        #expect(FileManager.default.fileExists(atPath: file.path))
        let snapshot = try #require(read(store, full))
        #expect(snapshot.resources.knowledgebase.snapshotBytes() == full.knowledgebase.snapshotBytes())
        #expect(snapshot.resources.ruleSet.snapshotBytes() == full.ruleSet.snapshotBytes())
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.path) == [file.lastPathComponent])
    }

    @Test func everyExampleReadsTheSameWithAndWithoutTheSnapshot() throws {
        let store = SnapshotStore(directory: try temporaryFolder())
        let withoutSnapshot = try load(store: nil)
        _ = try load(store: store)
        let fromSnapshot = try load(store: store)
        #expect(read(store, fromSnapshot) != nil)
        // The provenance hashes stay those of the source files.
        #expect(fromSnapshot.knowledgebase.sha256 == withoutSnapshot.knowledgebase.sha256)
        #expect(fromSnapshot.ruleSet.sha256 == withoutSnapshot.ruleSet.sha256)
        #expect(fromSnapshot.ruleSet.files.map(\.sha256) == withoutSnapshot.ruleSet.files.map(\.sha256))
        let fileManager = FileManager.default
        let examples = RepositoryPaths.examples
        let reports = try fileManager.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".json") }.map { examples.appendingPathComponent($0) }
            + fileManager.contentsOfDirectory(atPath: examples.appendingPathComponent("formats").path).filter { !$0.hasSuffix(".md") }
            .map { examples.appendingPathComponent("formats").appendingPathComponent($0) }
        #expect(reports.count >= 8)
        for report in reports {
            let data = try Data(contentsOf: report)
            let expected = try Annotator(resources: withoutSnapshot).annotate(data, fileName: report.lastPathComponent)
            let actual = try Annotator(resources: fromSnapshot).annotate(data, fileName: report.lastPathComponent)
            for format in OutputFormat.allCases {
                for language in OutputLanguage.allCases {
                    for detail in ReportDetail.allCases {
                        let old = try format.text(expected, knowledgebase: withoutSnapshot.knowledgebase, language: language, detail: detail)
                        let new = try format.text(actual, knowledgebase: fromSnapshot.knowledgebase, language: language, detail: detail)
                        #expect(old == new, "\(report.lastPathComponent) \(format) \(language) \(detail)")
                    }
                }
            }
        }
    }

    @Test func anEditedRuleFileIsReadAgainAndItsRuleSetReplacesTheSnapshot() throws {
        let (knowledgebase, rules) = try copiedResources()
        let store = SnapshotStore(directory: try temporaryFolder())
        let before = try load(knowledgebase, rules, store: store)
        let trials = rules.appendingPathComponent("trials.yaml")
        let text = try String(contentsOf: trials, encoding: .utf8)
        try (text + "\n# edited\n").write(to: trials, atomically: true, encoding: .utf8)
        let after = try load(knowledgebase, rules, store: store)
        #expect(after.ruleSet.sha256 != before.ruleSet.sha256)
        #expect(after.ruleSet.sha256 == RuleSetLoader.sha256(of: rules))
        #expect(read(store, after, knowledgebase, rules)?.resources.ruleSet.sha256 == after.ruleSet.sha256)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.path).count == 1)
    }

    @Test func settledRuleFilesAreTrustedByTheirStampsAndEveryChangeIsStillSeen() throws {
        let (knowledgebase, rules) = try copiedResources()
        let store = SnapshotStore(directory: try temporaryFolder())
        let fresh = try load(knowledgebase, rules, store: store)
        let racy = try #require(read(store, fresh, knowledgebase, rules))
        #expect(!racy.ruleStamps.stillDescribe(try #require(RuleSetLoader.stamps(of: rules))))
        Thread.sleep(forTimeInterval: 2.2)
        // A load that hashes the settled files again stores their stamps; the next one trusts them.
        _ = try load(knowledgebase, rules, store: store)
        let settled = try #require(read(store, fresh, knowledgebase, rules))
        #expect(settled.ruleStamps.stillDescribe(try #require(RuleSetLoader.stamps(of: rules))))
        #expect(try load(knowledgebase, rules, store: store).ruleSet.sha256 == fresh.ruleSet.sha256)

        // The same number of bytes, one of them changed, in place: the rule set of the file, not of the snapshot.
        let ruleset = rules.appendingPathComponent("ruleset.yaml")
        let original = try Data(contentsOf: ruleset)
        let versionLine = Data("\nversion: \(fresh.ruleSet.version)\n".utf8)
        let range = try #require(original.range(of: versionLine))
        var edited = original
        let digit = try #require(edited[range].lastIndex { (UInt8(ascii: "0")...UInt8(ascii: "8")).contains($0) })
        edited[digit] += 1
        let handle = try FileHandle(forWritingTo: ruleset)
        try handle.write(contentsOf: edited)
        try handle.close()
        #expect(!settled.ruleStamps.stillDescribe(try #require(RuleSetLoader.stamps(of: rules))))
        let changed = try load(knowledgebase, rules, store: store)
        #expect(changed.ruleSet.version != fresh.ruleSet.version)
        #expect(changed.ruleSet.sha256 == RuleSetLoader.sha256(of: rules))
        // Written back as it was: the rule set of the files again.
        try original.write(to: ruleset)
        #expect(try load(knowledgebase, rules, store: store).ruleSet.sha256 == fresh.ruleSet.sha256)
    }

    @Test func eachKnowledgebaseFolderHasItsOwnSnapshot() throws {
        let (knowledgebase, rules) = try copiedResources()
        let store = SnapshotStore(directory: try temporaryFolder())
        let original = try load(RepositoryPaths.knowledgebase, rules, store: store)
        let copy = try load(knowledgebase, rules, store: store)
        #expect(copy.knowledgebase.sha256 == original.knowledgebase.sha256)
        #expect(read(store, original, RepositoryPaths.knowledgebase, rules)?.stamps.folder == FolderStamps.path(of: RepositoryPaths.knowledgebase))
        #expect(read(store, copy, knowledgebase, rules)?.stamps.folder == FolderStamps.path(of: knowledgebase))
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.path).count == 2)
    }

    @Test func anEditedRuleIsReadFromTheFileNotTheOldSnapshot() throws {
        let (knowledgebase, rules) = try copiedResources()
        let store = SnapshotStore(directory: try temporaryFolder())
        let line = "\nversion: \(try load(knowledgebase, rules, store: store).ruleSet.version)\n"
        let ruleset = rules.appendingPathComponent("ruleset.yaml")
        let text = try String(contentsOf: ruleset, encoding: .utf8)
        #expect(text.contains(line))
        try text.replacingOccurrences(of: line, with: "\nversion: 9.9.9\n").write(to: ruleset, atomically: true, encoding: .utf8)
        #expect(try load(knowledgebase, rules, store: store).ruleSet.version == "9.9.9")
    }

    @Test func aKnowledgebaseFileEditedWithoutItsManifestIsStillRefused() throws {
        let (knowledgebase, rules) = try copiedResources()
        let store = SnapshotStore(directory: try temporaryFolder())
        _ = try load(knowledgebase, rules, store: store)
        let hotspots = knowledgebase.appendingPathComponent("hotspots.json")
        var data = try Data(contentsOf: hotspots)
        data.append(contentsOf: Array(" ".utf8))
        try data.write(to: hotspots)
        #expect {
            try load(knowledgebase, rules, store: store)
        } throws: { error in
            guard case AnnotatorError.knowledgebase(.hashMismatch(let file, _, _)) = error else { return false }
            return file == "hotspots.json"
        }
    }

    @Test func settledFilesAreTrustedByTheirStampsAndEveryChangeIsStillSeen() throws {
        let (knowledgebase, rules) = try copiedResources()
        let store = SnapshotStore(directory: try temporaryFolder())
        // Fresh copies have not settled: their stamps are not trusted until they are two seconds old.
        let fresh = try load(knowledgebase, rules, store: store)
        let racy = try #require(read(store, fresh, knowledgebase, rules))
        #expect(!racy.stamps.stillDescribe(try KnowledgebaseLoader.stamps(of: knowledgebase)))
        Thread.sleep(forTimeInterval: 2.2)
        // A load that checks the settled files again stores their stamps; the next one trusts them.
        _ = try load(knowledgebase, rules, store: store)
        let settled = try #require(read(store, fresh, knowledgebase, rules))
        #expect(settled.stamps.stillDescribe(try KnowledgebaseLoader.stamps(of: knowledgebase)))
        #expect(try load(knowledgebase, rules, store: store).knowledgebase.sha256 == fresh.knowledgebase.sha256)

        // The same number of bytes, one of them changed: refused.
        let hotspots = knowledgebase.appendingPathComponent("hotspots.json")
        let original = try Data(contentsOf: hotspots)
        var edited = [UInt8](original)
        let index = try #require(edited.lastIndex(of: UInt8(ascii: "a")))
        edited[index] = UInt8(ascii: "b")
        try Data(edited).write(to: hotspots)
        #expect(!settled.stamps.stillDescribe(try KnowledgebaseLoader.stamps(of: knowledgebase)))
        #expect {
            try load(knowledgebase, rules, store: store)
        } throws: { error in
            guard case AnnotatorError.knowledgebase(.hashMismatch(let file, _, _)) = error else { return false }
            return file == "hotspots.json"
        }
        // Written back as it was: the files agree with the manifest again and the snapshot is used.
        try original.write(to: hotspots)
        #expect(try load(knowledgebase, rules, store: store).knowledgebase.sha256 == fresh.knowledgebase.sha256)

        // A file the manifest does not list: refused.
        try Data("x".utf8).write(to: knowledgebase.appendingPathComponent("evidence/unlisted.yaml"))
        #expect {
            try load(knowledgebase, rules, store: store)
        } throws: { error in
            guard case AnnotatorError.knowledgebase(.manifestMismatch(let file, _)) = error else { return false }
            return file == "evidence/unlisted.yaml"
        }
    }

    @Test func anInvalidRuleIsStillRefusedWhenASnapshotExists() throws {
        let (knowledgebase, rules) = try copiedResources()
        let store = SnapshotStore(directory: try temporaryFolder())
        _ = try load(knowledgebase, rules, store: store)
        let trials = rules.appendingPathComponent("trials.yaml")
        let text = try String(contentsOf: trials, encoding: .utf8)
        try (text + "\nunknownField: 1\n").write(to: trials, atomically: true, encoding: .utf8)
        #expect {
            try load(knowledgebase, rules, store: store)
        } throws: { error in
            guard case AnnotatorError.rules(.malformed(let problem)) = error else { return false }
            return problem.file == "trials.yaml" && problem.problem.contains("unknownField")
        }
    }

    @Test(arguments: ["truncated", "flipped", "garbage", "empty"])
    func aDamagedSnapshotMeansAFullLoadAndIsWrittenAgain(_ damage: String) throws {
        let store = SnapshotStore(directory: try temporaryFolder())
        let first = try load(store: store)
        let file = snapshotFile(store, first)
        let good = try Data(contentsOf: file)
        let damaged: Data
        switch damage {
        case "truncated": damaged = good.prefix(good.count / 2)
        case "flipped":
            var bytes = [UInt8](good)
            bytes[bytes.count - 10] ^= 0xff
            damaged = Data(bytes)
        case "garbage": damaged = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        default: damaged = Data()
        }
        try damaged.write(to: file)
        #expect(read(store, first) == nil)
        let second = try load(store: store)
        #expect(second.knowledgebase.sha256 == first.knowledgebase.sha256)
        #expect(read(store, first) != nil)
    }

    @Test func aSnapshotOfAnotherBuildIsNotRead() throws {
        let folder = try temporaryFolder()
        let resources = try load(store: SnapshotStore(directory: folder, build: "build-a"))
        let other = SnapshotStore(directory: folder, build: "build-b")
        #expect(read(other, resources) == nil)
    }

    @Test func theFolderKeepsTheNewestSnapshotsOnly() throws {
        let folder = try temporaryFolder()
        // Another file in the folder is left alone.
        try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        var resources: AnnotationResources?
        for build in 1...(SnapshotStore.retained + 3) {
            resources = try load(store: SnapshotStore(directory: folder, build: "build-\(build)"))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.filter { $0.hasSuffix(".snapshot") }.count == SnapshotStore.retained)
        #expect(names.contains("notes.txt"))
        let built = try #require(resources)
        #expect(read(SnapshotStore(directory: folder, build: "build-\(SnapshotStore.retained + 3)"), built) != nil)
        #expect(read(SnapshotStore(directory: folder, build: "build-1"), built) == nil)
    }

    @Test func concurrentLoadsShareOneWholeSnapshot() async throws {
        let store = SnapshotStore(directory: try temporaryFolder())
        let hashes = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<6 {
                group.addTask { try AnnotationResources.load(knowledgebase: RepositoryPaths.knowledgebase, rules: RepositoryPaths.rules, snapshots: store).knowledgebase.sha256 }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(hashes.count == 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
        #expect(files.count == 1 && files.allSatisfy { $0.hasSuffix(".snapshot") })
        let resources = try load(store: nil)
        #expect(read(store, resources) != nil)
    }

    @Test func theEnvironmentChoosesTheFolderOrTurnsItOff() {
        #expect(SnapshotStore.fromEnvironment { ["KEAPNRF_SNAPSHOT": "off", "HOME": "/home/x"][$0] } == nil)
        #expect(SnapshotStore.fromEnvironment { ["KEAPNRF_CACHE_DIR": "/tmp/k", "HOME": "/home/x"][$0] }?.directory.path == "/tmp/k")
        #expect(SnapshotStore.fromEnvironment { ["XDG_CACHE_HOME": "/c", "HOME": "/home/x"][$0] }?.directory.path == "/c/keapnrf")
        #expect(SnapshotStore.fromEnvironment { ["HOME": "/home/x"][$0] }?.directory.path == "/home/x/.cache/keapnrf")
        #expect(SnapshotStore.fromEnvironment { _ in nil } == nil)
    }
}
