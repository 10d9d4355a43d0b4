import Foundation
import SnapshotCoding

/// One state of a file, told without reading it: its size, modification and status-change times, inode and device
/// (stat(2), following a link). The kernel sets the status-change time on every write, rename or change of
/// permissions and it cannot be set back, so a file with an unchanged stamp has not changed, unless the change fell
/// in the same clock tick as the stamp (see ``FolderStamps/isSettled``).
public struct FileStamp: Hashable, Sendable {
    var size: Int
    /// Nanoseconds since the epoch.
    var modified: Int
    /// Nanoseconds since the epoch.
    var changed: Int
    var inode: Int
    var device: Int

    init(_ status: stat) {
        size = Int(status.st_size)
        #if canImport(Darwin)
        (modified, changed) = (Self.nanoseconds(status.st_mtimespec), Self.nanoseconds(status.st_ctimespec))
        #else
        (modified, changed) = (Self.nanoseconds(status.st_mtim), Self.nanoseconds(status.st_ctim))
        #endif
        inode = Int(truncatingIfNeeded: status.st_ino)
        device = Int(truncatingIfNeeded: status.st_dev)
    }

    /// The stamp of the file at `path` (following a link); nil when it cannot be read.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// Size, modification time and inode as one string: what changes when a file is rebuilt or replaced (the
    /// status-change time is left out, as making a link to the file changes it too).
    public var contentIdentity: String { "\(size)-\(modified)-\(inode)" }

    /// The modification time in nanoseconds since the epoch.
    public var modifiedNanoseconds: Int { modified }

    static func nanoseconds(_ time: timespec) -> Int { Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec) }
}

/// The stamps of a folder's files (a knowledgebase's data files, a rule set's files), taken when the folder is
/// listed, and when that was.
public struct FolderStamps: Hashable, Sendable {
    /// The folder's path.
    public let folder: String
    /// Each data file's stamp, by path relative to the folder.
    let files: [String: FileStamp]
    /// When the listing began, in nanoseconds since the epoch.
    let takenAt: Int

    /// True when no file had changed in the two seconds before the listing. File times are kept to a clock tick
    /// (a few milliseconds), so a change in the same tick as the listing could leave a stamp as it was; a file that
    /// had settled before the listing shows any later change.
    public var isSettled: Bool { files.values.allSatisfy { $0.changed < takenAt - 2_000_000_000 } }

    /// True when these stamps, taken by an earlier listing that had settled, still describe the folder `current`
    /// lists: no file added, removed or changed since.
    public func stillDescribe(_ current: FolderStamps) -> Bool { isSettled && folder == current.folder && files == current.files }

    /// The path by which stamps name a folder.
    public static func path(of directory: URL) -> String { directory.standardizedFileURL.path }

    /// The files under `directory` and their stamps, every folder below it searched; hidden files and the paths
    /// (relative to the folder) in `skipping` are left out. A link counts as what it points to, but a linked folder
    /// is not searched. Nil when `directory` cannot be listed.
    public static func list(_ directory: URL, skipping: Set<String>) -> FolderStamps? {
        let root = path(of: directory)
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        guard let topLevel = try? FileManager.default.contentsOfDirectory(atPath: root) else { return nil }
        var files: [String: FileStamp] = [:]
        var pending = topLevel.map { (relative: $0, name: $0) }
        while let (relative, name) = pending.popLast() {
            let path = root + "/" + relative
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                pending += names.map { (relative: relative + "/" + $0, name: $0) }
                continue
            }
            if status.st_mode & S_IFMT == S_IFLNK {
                guard stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { continue }
            }
            if name.hasPrefix(".") || skipping.contains(relative) { continue }
            files[relative] = FileStamp(status)
        }
        return FolderStamps(folder: root, files: files, takenAt: FileStamp.nanoseconds(now))
    }
}

extension FileStamp: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (size, modified, changed, inode, device) = try (reader.read(), reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(size, modified, changed, inode, device) }
}

extension FolderStamps: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) { (folder, files, takenAt) = try (reader.read(), reader.read(), reader.read()) }
    public func write(to writer: inout SnapshotWriter) { writer.write(folder, files, takenAt) }
}
