import Crypto
import Foundation
import Knowledgebase
import RulesEngine
import SnapshotCoding

/// A folder of snapshots of validated, built knowledgebases and rule sets, so that a fresh process skips parsing
/// the JSON and YAML, the checks and the building. A snapshot is written only after a full load passed every
/// check, and is found by the tool version and build, the knowledgebase's manifest SHA-256 (the hash each
/// interpretation's provenance shows) and the knowledgebase and rules folders, so a change to the manifest or a
/// rebuilt program selects another snapshot. It also holds the stamps the knowledgebase's and the rules' files had
/// when they were checked (``FolderStamps``): a knowledgebase file whose stamp changed is read and checked against
/// the manifest again, and rule files whose stamps changed are read and hashed again, the snapshot used only when
/// they still give its rule set's SHA-256. The snapshot's own SHA-256 is checked before use; a missing, damaged or
/// unreadable snapshot means a full load, after which it is written again (atomically, by rename).
public struct SnapshotStore: Sendable {
    /// The folder holding the snapshots.
    public let directory: URL
    /// What identifies this build of the program: a snapshot written by another build is never read.
    let build: String

    /// A store in `directory`, for the build identified by `build` (by default the running executable's size and
    /// modification time).
    public init(directory: URL, build: String? = nil) {
        self.directory = directory
        self.build = build ?? Self.executableIdentity()
    }

    /// The store the environment asks for: none when `KEAPNRF_SNAPSHOT` is `off`; otherwise `$KEAPNRF_CACHE_DIR`,
    /// `$XDG_CACHE_HOME/keapnrf` or `~/.cache/keapnrf`, the first that is set.
    /// `variable` reads one environment variable (by default with `getenv`, without copying the whole environment).
    public static func fromEnvironment(_ variable: (String) -> String? = { getenv($0).map { String(cString: $0) } }) -> SnapshotStore? {
        if variable("KEAPNRF_SNAPSHOT") == "off" { return nil }
        if let folder = variable("KEAPNRF_CACHE_DIR"), !folder.isEmpty { return SnapshotStore(directory: URL(fileURLWithPath: folder)) }
        if let cache = variable("XDG_CACHE_HOME"), !cache.isEmpty {
            return SnapshotStore(directory: URL(fileURLWithPath: cache).appendingPathComponent("keapnrf"))
        }
        if let home = variable("HOME"), !home.isEmpty {
            return SnapshotStore(directory: URL(fileURLWithPath: home).appendingPathComponent(".cache/keapnrf"))
        }
        return nil
    }

    /// The snapshot file for a knowledgebase read from `folder` and the rules read from `rulesFolder` (their paths,
    /// see ``FolderStamps/path(of:)``): each pair of folders has its own, as the stamps of their files are their own.
    public func file(knowledgebase: String, folder: String, rulesFolder: String) -> URL {
        let key = FileDigest.sha256([ToolVersion.current, build, knowledgebase, folder, rulesFolder].joined(separator: "\t"))
        return directory.appendingPathComponent("resources-\(key).snapshot")
    }

    /// What a snapshot holds: the resources, and the stamps of the knowledgebase and rules files they were built from.
    struct Snapshot {
        var resources: AnnotationResources
        var stamps: FolderStamps
        var ruleStamps: FolderStamps
    }

    /// The stored resources for this knowledgebase and these folders, or nil when there is none or it is damaged or
    /// of another key.
    func read(knowledgebase: String, folder: String, rulesFolder: String) -> Snapshot? {
        // Mapped, not read: the pages come from the page cache without a copy (a read took a page fault for each
        // of the snapshot's 4 KB pages). Snapshots are replaced by rename, never rewritten in place, so the mapped
        // file does not change under the reader.
        let url = file(knowledgebase: knowledgebase, folder: folder, rulesFolder: rulesFolder)
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { bytes in
            let header = Self.magic.count + Self.digestSize
            guard bytes.count > header, bytes.starts(with: Self.magic),
                SHA256.hash(data: UnsafeRawBufferPointer(rebasing: bytes[header...])).elementsEqual(bytes[Self.magic.count..<header])
            else { return nil }
            return try? SnapshotReader.read(bytes, from: header) { reader throws(SnapshotDecodingError) in
                // The key comes first, so that a snapshot of another key is not read further.
                let key: (String, String, String) = try (reader.read(), reader.read(), reader.read())
                guard key == (ToolVersion.current, build, knowledgebase) else { throw reader.failure("another key") }
                let (stamps, ruleStamps): (FolderStamps, FolderStamps) = try (reader.read(), reader.read())
                guard stamps.folder == folder, ruleStamps.folder == rulesFolder else { throw reader.failure("other folders") }
                let resources = try AnnotationResources(knowledgebase: reader.read(), ruleSet: reader.read())
                guard resources.knowledgebase.sha256 == knowledgebase else { throw reader.failure("resources of another key") }
                return Snapshot(resources: resources, stamps: stamps, ruleStamps: ruleStamps)
            }
        }
    }

    /// Stores the resources of a load that checked every file, with the stamps the knowledgebase and rules files
    /// had; a folder that cannot be written leaves the store as it was (the next load is a full one).
    func write(_ resources: AnnotationResources, stamps: FolderStamps, ruleStamps: FolderStamps) {
        let (knowledgebase, ruleSet) = (resources.knowledgebase, resources.ruleSet)
        var writer = SnapshotWriter()
        writer.write(ToolVersion.current, build, knowledgebase.sha256, stamps, ruleStamps, knowledgebase, ruleSet)
        let payload = writer.bytes
        let target = file(knowledgebase: knowledgebase.sha256, folder: stamps.folder, rulesFolder: ruleStamps.folder)
        // Written whole or not at all: a reader sees the old file, the new one or none, never a part.
        guard (try? AtomicFile.write(Data(Self.magic + Array(SHA256.hash(data: payload)) + payload), to: target, creatingFolders: true)) != nil else {
            return
        }
        removeAllButNewest(Self.retained)
    }

    /// How many snapshots the folder keeps: those of earlier builds, knowledgebases and folders go, newest last.
    static let retained = 8

    /// Removes every snapshot file but the `count` modified last. A process reading one of them keeps its mapping;
    /// a process that would have read it loads in full.
    func removeAllButNewest(_ count: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        let snapshots = names.filter { $0.hasPrefix("resources-") && $0.hasSuffix(".snapshot") }.map { name -> (path: String, modified: Int) in
            let path = directory.appendingPathComponent(name).path
            return (path, FileStamp(path: path)?.modifiedNanoseconds ?? 0)
        }
        guard snapshots.count > count else { return }
        for old in snapshots.sorted(by: { ($0.modified, $0.path) > ($1.modified, $1.path) }).dropFirst(count) {
            try? FileManager.default.removeItem(atPath: old.path)
        }
    }

    /// The first bytes of every snapshot file, with the format's version.
    static let magic = Array("keapnrf-snapshot 5\n".utf8)
    private static let digestSize = 32

    /// The size, modification time and inode of the running executable, which a rebuild changes.
    private static func executableIdentity() -> String {
        let path = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : (Bundle.main.executablePath ?? "")
        return FileStamp(path: path)?.contentIdentity ?? "unknown"
    }
}
