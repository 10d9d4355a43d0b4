import Foundation

/// An impact manifest: a tab-separated file whose first line names the columns `interpretation` and `report`
/// (paths relative to the store) and optionally `overrides`. It pairs interpretations with their reports
/// instead of finding the reports by SHA-256; a listed report whose SHA-256 is not the interpretation's input
/// SHA-256 is that interpretation's error. Blank lines and lines starting with `#` are skipped.
public struct ImpactManifest: Sendable {
    public struct Row: Sendable, Hashable {
        public var interpretation: String
        public var report: String
        public var overrides: String?
    }

    public let rows: [Row]

    /// Reads the manifest `text`, whose file is `path`; a bad header or row is a usage error naming the line.
    public init(text: String, path: String) throws(BatchError) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { ($0.offset + 1, $0.element) }
            .filter { !$0.1.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !$0.1.hasPrefix("#") }
        guard !lines.isEmpty else { throw .usage("\(path): the manifest is empty; its first line must name the columns interpretation, report (and optionally overrides)") }
        let (headerLine, header) = lines.removeFirst()
        let names = header.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let known = ["interpretation", "report", "overrides"]
        for (index, name) in names.enumerated() where !known.contains(name) || names.firstIndex(of: name) != index {
            throw .usage("\(path): line \(headerLine): column '\(name)' is unknown or repeated; expected interpretation, report, overrides")
        }
        guard let interpretationColumn = names.firstIndex(of: "interpretation"), let reportColumn = names.firstIndex(of: "report") else {
            throw .usage("\(path): line \(headerLine): the columns interpretation and report are required")
        }
        let overridesColumn = names.firstIndex(of: "overrides")
        rows = try lines.map { (number, line) throws(BatchError) -> Row in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard cells.count == names.count else {
                throw .usage("\(path): line \(number): \(cells.count) cells, expected \(names.count) (\(names.joined(separator: ", ")))")
            }
            guard !cells[interpretationColumn].isEmpty, !cells[reportColumn].isEmpty else {
                throw .usage("\(path): line \(number): the interpretation and report cells must not be empty")
            }
            return Row(
                interpretation: cells[interpretationColumn], report: cells[reportColumn],
                overrides: overridesColumn.flatMap { cells[$0].isEmpty ? nil : cells[$0] })
        }
    }
}
