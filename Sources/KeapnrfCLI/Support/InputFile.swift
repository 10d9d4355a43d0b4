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
            return try readAll(descriptor, expectedSize: Int(status.st_size))
        } catch {
            throw CommandFailure("\(path): cannot read the file: \(error.reason)")
        }
    }

    /// read(2) until the end of the file, retried after interruptions, straight into a buffer of the size `fstat`
    /// gave (and one byte more, to see the end in the same pass); a file that grew meanwhile is read on.
    private static func readAll(_ descriptor: Int32, expectedSize: Int) throws(SystemCallFailure) -> Data {
        var data = Data(count: max(expectedSize, 0) + 1)
        var length = 0
        while true {
            if length == data.count { data.count += max(data.count, 1 << 16) }
            let count = data.withUnsafeMutableBytes { readSome(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[length...])) }
            if count == 0 {
                data.count = length
                return data
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemCallFailure.fromErrno()
            }
            length += count
        }
    }
}

/// read(2) into `buffer` (a file-scope function, as `InputFile.read` hides the system call's name).
private func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(descriptor, buffer.baseAddress, buffer.count)
}
