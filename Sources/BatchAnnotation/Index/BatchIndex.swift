import Foundation

/// The `index.tsv` of an output folder. Rows are written to `index.tsv.partial` as inputs finish, in input
/// order, and the file is renamed to `index.tsv` when the batch ends; so `index.tsv` is always a whole index,
/// and the rows of an interrupted run are kept in `index.tsv.partial` for `--resume`.
public enum BatchIndex {
    public static let fileName = "index.tsv"
    static let partialFileName = "index.tsv.partial"

    /// The rows of an earlier run in `folder` by input path: those of `index.tsv`, then those of an
    /// interrupted run's `index.tsv.partial`, the later winning. Absent files give no rows; a file that is not
    /// an index is an error naming its line.
    public static func earlierRows(in folder: URL) throws(BatchError) -> [String: BatchIndexRow] {
        var rows: [String: BatchIndexRow] = [:]
        for name in [fileName, partialFileName] {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            guard let data = FileManager.default.contents(atPath: url.path) else { throw .file("\(url.path): cannot read the earlier index") }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.first.map(String.init) == BatchIndexRow.columns.joined(separator: "\t") else {
                throw .file("\(url.path): line 1: not a keapnrf batch index; expected the header \(BatchIndexRow.columns.joined(separator: " "))")
            }
            for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
                guard let row = BatchIndexRow(line: line) else {
                    throw .file("\(url.path): line \(offset + 1): expected \(BatchIndexRow.columns.count) tab-separated cells as keapnrf batch writes them")
                }
                rows[row.input] = row
            }
        }
        return rows
    }
}
