import Annotator
import Foundation

/// Writes a command's output to standard output or to a file.
///
/// A file is written whole or not at all (``AtomicFile``). Only an absent path or a regular file is written: a
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
        do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("\(path): cannot write the output: \(error.reason)")
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
}
