import Foundation

/// Writes a file whole or not at all: the bytes go to a new temporary file beside the target
/// (`.NAME.PID.tmp`, created exclusively), which rename(2) then puts in place, replacing an existing file
/// atomically. On any failure the temporary file is removed and the target keeps its old content. Used for
/// every output keapnrf writes (`--out`, batch outputs, impact reports, knowledgebase snapshots).
public enum AtomicFile {
    /// Why a write failed: the path concerned (the target, or the folder that could not be made) and the
    /// reason, as the system call said it (`No space left on device`).
    public struct Failure: Error, Sendable {
        public let path: String
        public let reason: String

        static func fromErrno(_ path: String) -> Failure { Failure(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Writes `data` to `target`, creating missing parent folders first when `creatingFolders` is set.
    public static func write(_ data: Data, to target: URL, creatingFolders: Bool = false) throws(Failure) {
        let folder = target.deletingLastPathComponent()
        if creatingFolders { try createFolder(folder) }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .fromErrno(target.path) }
        var failure: Failure? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return .fromErrno(target.path)
                }
                offset += written
            }
            return nil
        }
        if close(descriptor) != 0, failure == nil { failure = .fromErrno(target.path) }
        if failure == nil, rename(temporary, target.path) != 0 { failure = .fromErrno(target.path) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// Creates `folder` and any missing parents (mkdir(2)); an existing folder is fine, anything else at the
    /// path or a failed mkdir is an error saying which path and why.
    public static func createFolder(_ folder: URL) throws(Failure) {
        var status = stat()
        if stat(folder.path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else { throw Failure(path: folder.path, reason: "exists and is not a folder") }
            return
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path != folder.path { try createFolder(parent) }
        guard mkdir(folder.path, 0o777) == 0 || errno == EEXIST else {
            throw Failure(path: folder.path, reason: "cannot create the folder: \(String(cString: strerror(errno)))")
        }
    }
}
