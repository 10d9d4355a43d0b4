import Annotator
import Foundation

/// The batch's outputs, written whole or not at all (``Annotator/AtomicFile``), with failures as ``BatchError``s.
enum BatchFiles {
    static func write(_ data: Data, to target: URL) throws(BatchError) {
        do {
            try AtomicFile.write(data, to: target, creatingFolders: true)
        } catch {
            throw .file(error.path == target.path ? "\(target.path): cannot write the output: \(error.reason)" : "\(error.path): \(error.reason)")
        }
    }

    /// Creates `folder` and any missing parents.
    static func createFolder(_ folder: URL) throws(BatchError) {
        do {
            try AtomicFile.createFolder(folder)
        } catch {
            throw .file("\(error.path): \(error.reason)")
        }
    }
}
