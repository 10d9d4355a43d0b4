import Foundation
import ReportReaders

/// Reads one report of a batch: only a regular file (or a link to one) is read, and one larger than the
/// size limit is refused from its size before it is read.
enum ReportFile {
    /// The file's bytes, or the one-line reason it cannot be read, naming `path`.
    static func read(_ path: String, maxInputBytes: Int) -> Result<Data, ReadFailure> {
        var status = stat()
        guard stat(path, &status) == 0 else { return .failure(ReadFailure("\(path): \(reason(errno))")) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            return .failure(ReadFailure("\(path): is \(kind(status.st_mode)), expected a regular file"))
        }
        do {
            try ReportReader.checkSize(byteCount: Int(status.st_size), file: (path as NSString).lastPathComponent, limit: maxInputBytes)
        } catch {
            return .failure(ReadFailure(error.description))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(ReadFailure("\(path): \(reason(errno))")) }
        defer { try? handle.close() }
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(ReadFailure("\(path): cannot read the file: \(error.localizedDescription)"))
        }
    }

    struct ReadFailure: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "file not found"
        case ELOOP: return "a loop of symbolic links"
        case EACCES: return "permission denied"
        default: return String(cString: strerror(code))
        }
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }
}
