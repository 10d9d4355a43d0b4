import Crypto
import Foundation
import Knowledgebase
import RulesEngine
import SnapshotCoding

/// A folder of snapshots of validated, built knowledgebases and rule sets, so that a fresh process skips parsing
/// the JSON and YAML, the checks and the building. A snapshot is written only after a full load passed every
/// check, and is found by the tool version and build, the knowledgebase's manifest SHA-256 and the rules' SHA-256
/// (the hashes each interpretation's provenance shows), so a change to the manifest or any rule file, or a rebuilt
/// program, selects another snapshot. It also holds the stamps the knowledgebase's files had when they were
/// checked (``FolderStamps``): a file whose stamp changed is read and checked against the manifest again. The
/// snapshot's own SHA-256 is checked before use; a missing, damaged or unreadable snapshot means a full load,
/// after which it is written again (atomically, by rename).
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

    /// The snapshot file for a knowledgebase and rule set, the knowledgebase read from `folder` (its path, see
    /// ``KnowledgebaseLoader/folderPath(_:)``): each folder has its own, as the stamps of its files are its own.
    public func file(knowledgebase: String, rules: String, folder: String) -> URL {
        let key = FileDigest.sha256([ToolVersion.current, build, knowledgebase, rules, folder].joined(separator: "\t"))
        return directory.appendingPathComponent("resources-\(key).snapshot")
    }

    /// The stored resources for these hashes and the stamps of the knowledgebase files they were built from, or
    /// nil when there is none or it is damaged or of another key.
    func read(knowledgebase: String, rules: String, folder: String) -> (resources: AnnotationResources, stamps: FolderStamps)? {
        // Mapped, not read: the pages come from the page cache without a copy (a read took a page fault for each
        // of the snapshot's 4 KB pages). Snapshots are replaced by rename, never rewritten in place, so the mapped
        // file does not change under the reader.
        guard let data = try? Data(contentsOf: file(knowledgebase: knowledgebase, rules: rules, folder: folder), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { bytes in
            let header = Self.magic.count + Self.digestSize
            guard bytes.count > header, bytes.starts(with: Self.magic),
                SHA256.hash(data: UnsafeRawBufferPointer(rebasing: bytes[header...])).elementsEqual(bytes[Self.magic.count..<header])
            else { return nil }
            return try? SnapshotReader.read(bytes, from: header) { reader throws(SnapshotDecodingError) in
                // The key comes first, so that a snapshot of another key is not read further.
                let key: (String, String, String, String) = try (reader.read(), reader.read(), reader.read(), reader.read())
                guard key == (ToolVersion.current, build, knowledgebase, rules) else { throw reader.failure("another key") }
                let stamps: FolderStamps = try reader.read()
                guard stamps.folder == folder else { throw reader.failure("another folder") }
                let resources = try AnnotationResources(knowledgebase: reader.read(), ruleSet: reader.read())
                guard resources.knowledgebase.sha256 == knowledgebase, resources.ruleSet.sha256 == rules else {
                    throw reader.failure("resources of another key")
                }
                return (resources, stamps)
            }
        }
    }

    /// Stores the resources of a load that checked every file, with the stamps the files had; a folder that cannot
    /// be written leaves the store as it was (the next load is a full one).
    func write(_ resources: AnnotationResources, stamps: FolderStamps) {
        let (knowledgebase, ruleSet) = (resources.knowledgebase, resources.ruleSet)
        var writer = SnapshotWriter()
        writer.write(ToolVersion.current, build, knowledgebase.sha256, ruleSet.sha256, stamps, knowledgebase, ruleSet)
        let payload = writer.bytes
        let target = file(knowledgebase: knowledgebase.sha256, rules: ruleSet.sha256, folder: stamps.folder)
        // Written whole or not at all: a reader sees the old file, the new one or none, never a part.
        try? AtomicFile.write(Data(Self.magic + Array(SHA256.hash(data: payload)) + payload), to: target, creatingFolders: true)
    }

    /// The first bytes of every snapshot file, with the format's version.
    static let magic = Array("keapnrf-snapshot 4\n".utf8)
    private static let digestSize = 32

    /// The size, modification time and inode of the running executable, which a rebuild changes.
    private static func executableIdentity() -> String {
        let path = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : (Bundle.main.executablePath ?? "")
        return FileStamp(path: path)?.contentIdentity ?? "unknown"
    }
}
