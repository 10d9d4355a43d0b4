import Foundation

/// Standard output and standard error, written with write(2) so that a closed pipe or a full disk is a
/// failure the command reports (exit status 1, one line) instead of a crash or a silent loss of output.
enum StandardStreams {
    /// Stops SIGPIPE (a closed pipe) and SIGXFSZ (the file-size limit) from ending the process: write(2) then
    /// fails with EPIPE or EFBIG, which the writers report.
    static func reportWriteFailuresInsteadOfSignals() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Writes `text` to standard output, or fails naming standard output and the reason.
    static func writeOutput(_ text: String) throws {
        do {
            try FileDescriptorWriter.writeAll(Data(text.utf8), to: STDOUT_FILENO)
        } catch {
            throw CommandFailure("standard output: cannot write the output: \(error.reason)")
        }
    }

    /// Writes lines to standard output, each ended by a newline.
    static func writeLines(_ lines: [String]) throws {
        try writeOutput(lines.map { $0 + "\n" }.joined())
    }

    /// Writes `text` to standard error. When standard error itself cannot be written there is nowhere left
    /// to report it; the exit status still tells.
    static func writeError(_ text: String) {
        try? FileDescriptorWriter.writeAll(Data(text.utf8), to: STDERR_FILENO)
    }
}

/// A failed system call, with the reason strerror(3) gives for its errno.
struct SystemCallFailure: Error {
    let reason: String

    /// The failure of the call that just set `errno`.
    static func fromErrno() -> SystemCallFailure { SystemCallFailure(reason: String(cString: strerror(errno))) }
}

/// write(2) of a whole buffer, retried after interruptions and short writes.
enum FileDescriptorWriter {
    static func writeAll(_ data: Data, to descriptor: Int32) throws(SystemCallFailure) {
        let failure: SystemCallFailure? = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return SystemCallFailure.fromErrno()
                }
                offset += written
            }
            return nil
        }
        if let failure { throw failure }
    }
}
