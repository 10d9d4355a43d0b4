import Foundation

/// Writes a file whole or not at all: the bytes go to a new temporary file beside the target
/// (`.NAME.PID.tmp`, created exclusively), which rename(2) then puts in place. On any failure the temporary
/// file is removed and the target keeps its old content. Missing parent folders are created.
enum AtomicFile {
    static func write(_ data: Data, to target: URL) throws(BatchError) {
        let folder = target.deletingLastPathComponent()
        try createFolder(folder)
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .file("\(target.path): cannot write the output: \(String(cString: strerror(errno)))") }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, target.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .file("\(target.path): cannot write the output: \(failure)")
        }
    }

    /// Creates `folder` and any missing parents (mkdir(2)); an existing folder is fine, anything else at the
    /// path or a failed mkdir is an error naming the path and the reason.
    static func createFolder(_ folder: URL) throws(BatchError) {
        var status = stat()
        if stat(folder.path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else { throw .file("\(folder.path): exists and is not a folder") }
            return
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path != folder.path { try createFolder(parent) }
        guard mkdir(folder.path, 0o777) == 0 || errno == EEXIST else {
            throw .file("\(folder.path): cannot create the folder: \(String(cString: strerror(errno)))")
        }
    }
}
