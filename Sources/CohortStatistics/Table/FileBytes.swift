import Foundation

/// Reads a whole file into a byte array with POSIX calls, so a large cohort file is held in
/// memory once (reading it as `Data` first would hold it twice).
enum FileBytes {
    static func read(_ url: URL) throws(CohortTableError) -> [UInt8] {
        let path = url.path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(path) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw .unreadableFile(path: path, reason: "not a regular file")
        }
        let size = Int(status.st_size)
        guard size < Int(Int32.max) else { throw .inputTooLarge(bytes: size) }
        var readError: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < size {
                let count = Foundation.read(descriptor, base + offset, size - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    readError = errno
                    break
                }
                if count == 0 { break }
                offset += count
            }
            initialized = offset
        }
        guard readError == 0 else {
            throw .unreadableFile(path: path, reason: String(cString: strerror(readError)))
        }
        return bytes
    }

    private static func failure(_ path: String) -> CohortTableError {
        .unreadableFile(path: path, reason: String(cString: strerror(errno)))
    }
}
