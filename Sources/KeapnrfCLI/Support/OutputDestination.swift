import Foundation

/// Writes a command's output to standard output or to a file. A file is written whole or not at all:
/// the text goes to a temporary file beside the target, which rename(2) then puts in its place, replacing an
/// existing file atomically. (`FileManager.replaceItemAt` is not used: on Linux it fails when the target
/// exists and leaves neither file behind.)
enum OutputDestination {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw CommandFailure("\(path): cannot write the output: \(error.localizedDescription)")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("\(path): cannot write the output: \(reason)")
        }
    }
}
