import Foundation

/// Files the commands read whole: a report, an interpretation, an overrides file, a cohort table.
/// Only regular files (or symbolic links to one) are read; a directory, FIFO or device is refused by what it is,
/// before anything is read from it.
enum InputFile {
    /// The bytes of the regular file at `path`, or a failure naming it and what is wrong. `checkSize` sees the
    /// file's size before its bytes are read, and may refuse it.
    static func read(_ path: String, checkSize: (Int) throws -> Void = { _ in }) throws -> Data {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below by what it is.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw CommandFailure("\(path): \(FileKind.openFailureReason(errno: errno))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw CommandFailure("\(path): \(String(cString: strerror(errno)))") }
        let kind = FileKind(mode: status.st_mode)
        guard kind == .regularFile else { throw CommandFailure("\(path): is \(kind.description), expected a regular file") }
        try checkSize(Int(status.st_size))
        do {
            return try readAll(descriptor)
        } catch {
            throw CommandFailure("\(path): cannot read the file: \(error.reason)")
        }
    }

    /// read(2) until the end of the file, retried after interruptions.
    private static func readAll(_ descriptor: Int32) throws(SystemCallFailure) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { readSome(descriptor, into: $0) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemCallFailure.fromErrno()
            }
            data.append(contentsOf: buffer[..<count])
        }
    }
}

/// read(2) into `buffer` (a file-scope function, as `InputFile.read` hides the system call's name).
private func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(descriptor, buffer.baseAddress, buffer.count)
}
