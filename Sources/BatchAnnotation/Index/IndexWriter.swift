import Foundation

/// Writes a batch's index as it goes: the header and each row to `index.tsv.partial`, renamed to `index.tsv`
/// by ``finish()``.
final class IndexWriter {
    private let handle: FileHandle
    private let partial: URL
    private let final: URL

    init(folder: URL) throws(BatchError) {
        partial = folder.appendingPathComponent(BatchIndex.partialFileName)
        final = folder.appendingPathComponent(BatchIndex.fileName)
        try BatchFiles.createFolder(folder)
        guard FileManager.default.createFile(atPath: partial.path, contents: Data(BatchIndexRow.headerLine.utf8)),
              let handle = FileHandle(forWritingAtPath: partial.path) else {
            throw .file("\(partial.path): cannot write the index: \(String(cString: strerror(errno)))")
        }
        self.handle = handle
        handle.seekToEndOfFile()
    }

    func append(_ row: BatchIndexRow) throws(BatchError) {
        do {
            try handle.write(contentsOf: Data(row.line.utf8))
        } catch {
            throw .file("\(partial.path): cannot write the index: \(error.localizedDescription)")
        }
    }

    /// Closes the partial index and puts it in place as `index.tsv`.
    func finish() throws(BatchError) {
        do {
            try handle.close()
        } catch {
            throw .file("\(partial.path): cannot write the index: \(error.localizedDescription)")
        }
        guard rename(partial.path, final.path) == 0 else {
            throw .file("\(final.path): cannot write the index: \(String(cString: strerror(errno)))")
        }
    }
}
