import Foundation

/// Writes a command's output to standard output or to a file.
///
/// A file is written whole or not at all: the text goes to a new temporary file beside the target
/// (`.NAME.PID.tmp`), which rename(2) then puts in its place, replacing an existing regular file atomically.
/// The temporary file is removed on every failure. Only an absent path or a regular file is written: a
/// symbolic link, directory, FIFO or device at the path is refused and left as it is, so that `--out` can
/// never replace a device node such as /dev/null. (`FileManager.replaceItemAt` is not used: on Linux it fails
/// when the target exists and leaves neither file behind.)
enum OutputDestination {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            try StandardStreams.writeOutput(text)
            return
        }
        try checkReplaceable(path)
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try writeNewFile(Data(text.utf8), at: temporary.path)
        } catch {
            throw CommandFailure("\(path): cannot write the output: \(error.reason)")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw CommandFailure("\(path): cannot write the output: \(reason)")
        }
    }

    /// Refuses a path that exists and is not a regular file (lstat(2): a symbolic link is refused, not followed).
    private static func checkReplaceable(_ path: String) throws {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return }
            throw CommandFailure("\(path): cannot write the output: \(FileKind.openFailureReason(errno: errno))")
        }
        let kind = FileKind(mode: status.st_mode)
        guard kind == .regularFile else {
            throw CommandFailure("\(path): is \(kind.description); --out writes only to a new path or an existing regular file, and leaves anything else as it is")
        }
    }

    /// Creates the file at `path` (which must not exist) with `data`; on any failure the file is removed.
    private static func writeNewFile(_ data: Data, at path: String) throws(SystemCallFailure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw SystemCallFailure.fromErrno() }
        do {
            try FileDescriptorWriter.writeAll(data, to: descriptor)
        } catch {
            close(descriptor)
            unlink(path)
            throw error
        }
        guard close(descriptor) == 0 else {
            let failure = SystemCallFailure.fromErrno()
            unlink(path)
            throw failure
        }
    }
}
