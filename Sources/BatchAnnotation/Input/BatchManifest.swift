import Foundation
import ReportModel
import ReportReaders

/// A batch manifest: a tab-separated file whose first line names the columns. `path` is required; `tumor_type`
/// (an OncoTree code), `format`, `sample` and `build` are optional, and an empty cell means "not given".
/// Relative paths are read from the manifest's folder; the output is named by the path as written (by the
/// file name when the path is absolute or leaves the folder). Blank lines and lines starting with `#` are
/// skipped. An unknown column, a missing path, a wrong number of cells or an unknown format or build is a
/// usage error naming the manifest, the line and the column.
public struct BatchManifest: Sendable {
    /// The manifest's reports, in its order.
    public let inputs: [BatchInput]

    static let columns = ["path", "tumor_type", "format", "sample", "build"]

    /// Reads the manifest `text`, whose file is `path`.
    public init(text: String, path: String) throws(BatchError) {
        let folder = (path as NSString).deletingLastPathComponent
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { ($0.offset + 1, $0.element) }
            .filter { !$0.1.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !$0.1.hasPrefix("#") }
        guard !lines.isEmpty else { throw .usage("\(path): the manifest is empty; its first line must name the columns (path, and optionally tumor_type, format, sample, build)") }
        let (headerLine, header) = lines.removeFirst()
        let names = Self.cells(header)
        for (index, name) in names.enumerated() where !Self.columns.contains(name) || names.firstIndex(of: name) != index {
            throw .usage("\(path): line \(headerLine): column '\(name)' is unknown or repeated; expected path, tumor_type, format, sample, build")
        }
        guard let pathColumn = names.firstIndex(of: "path") else {
            throw .usage("\(path): line \(headerLine): no 'path' column; the first line must name the columns")
        }
        var inputs: [BatchInput] = []
        for (number, line) in lines {
            let cells = Self.cells(line)
            guard cells.count == names.count else {
                throw .usage("\(path): line \(number): \(cells.count) cells, expected \(names.count) (\(names.joined(separator: ", ")))")
            }
            func value(_ column: String) -> String? {
                guard let index = names.firstIndex(of: column), !cells[index].isEmpty else { return nil }
                return cells[index]
            }
            let written = cells[pathColumn]
            guard !written.isEmpty else { throw .usage("\(path): line \(number): column path: empty; expected the report's path") }
            var format: ReportFormat?
            if let given = value("format") {
                guard let parsed = ReportFormat(rawValue: given) else {
                    throw .usage("\(path): line \(number): column format: '\(given)'; expected one of \(ReportFormat.valueList)")
                }
                format = parsed
            }
            var build: GenomeBuild?
            if let given = value("build") {
                guard let parsed = GenomeBuild(spelling: given) else {
                    throw .usage("\(path): line \(number): column build: '\(given)'; expected GRCh37 or GRCh38 (or hg19/hg38)")
                }
                build = parsed
            }
            let isAbsolute = written.hasPrefix("/")
            let leavesFolder = written.split(separator: "/").contains("..")
            inputs.append(BatchInput(
                path: isAbsolute ? written : (folder as NSString).appendingPathComponent(written),
                outputName: isAbsolute || leavesFolder ? (written as NSString).lastPathComponent : (written as NSString).standardizingPath,
                tumorType: value("tumor_type"), format: format, sample: value("sample"), build: build))
        }
        self.inputs = inputs
    }

    private static func cells(_ line: Substring) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
