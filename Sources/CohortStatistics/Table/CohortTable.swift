import Foundation

/// A tab-separated cohort table held as raw bytes: a header row, then one row per patient.
///
/// The table is split into fields once, at construction, by scanning bytes (no per-cell
/// `String`s), so a 60,000-patient table loads in milliseconds. Cells are read on demand as
/// bytes (for numbers and codes) or as `String` (for labels). Fields are not quoted: a tab
/// always separates fields and a line feed always ends a row. A UTF-8 byte-order mark, `\r\n`
/// line ends and blank lines are tolerated; row numbers always count physical lines, with the
/// header as row 1.
public struct CohortTable: Sendable {
    /// The header cells, in file order.
    public let columnNames: [String]
    /// The input bytes.
    let bytes: [UInt8]
    /// For each data row, `columnCount + 1` offsets: the start of every field, then the end of
    /// the last field plus one (so field `c` spans `bounds[c] ..< bounds[c + 1] - 1`).
    let fieldBounds: [Int32]
    /// The physical, 1-based line number of each data row.
    let lineNumbers: [Int32]

    /// The number of data rows (patients), not counting the header or blank lines.
    public var rowCount: Int { lineNumbers.count }

    /// The number of columns in the header.
    public var columnCount: Int { columnNames.count }

    /// Reads a table from UTF-8 encoded bytes.
    public init(data: Data) throws(CohortTableError) {
        try self.init(bytes: [UInt8](data))
    }

    /// Reads a table from text.
    public init(text: String) throws(CohortTableError) {
        try self.init(bytes: Array(text.utf8))
    }

    /// Reads a table from a file.
    public init(contentsOf url: URL) throws(CohortTableError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        try self.init(data: data)
    }

    init(bytes: [UInt8]) throws(CohortTableError) {
        guard bytes.count < Int(Int32.max) else { throw .inputTooLarge(bytes: bytes.count) }
        let split = try TabSeparatedSplitter.split(bytes)
        self.bytes = bytes
        self.columnNames = split.header
        self.fieldBounds = split.fieldBounds
        self.lineNumbers = split.lineNumbers
    }

    /// The position of a column in the header.
    ///
    /// - Throws: ``CohortTableError/missingColumn(name:available:)`` listing the header.
    public func columnIndex(named name: String) throws(CohortTableError) -> Int {
        guard let index = columnNames.firstIndex(of: name) else {
            throw .missingColumn(name: name, available: columnNames)
        }
        return index
    }

    /// The 1-based line number of a data row (the header is line 1).
    public func lineNumber(ofRow row: Int) -> Int { Int(lineNumbers[row]) }

    /// The text of one cell; invalid UTF-8 is replaced by U+FFFD.
    public func value(row: Int, column: Int) -> String {
        let range = fieldRange(row: row, column: column)
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// The byte range of one cell.
    func fieldRange(row: Int, column: Int) -> Range<Int> {
        let base = row * (columnNames.count + 1) + column
        return Int(fieldBounds[base]) ..< Int(fieldBounds[base + 1]) - 1
    }

    /// The text of one cell, validated as UTF-8.
    func validatedValue(row: Int, column: Int) throws(CohortTableError) -> String {
        let range = fieldRange(row: row, column: column)
        guard let text = String(bytes: bytes[range], encoding: .utf8) else {
            throw .invalidUTF8(row: lineNumber(ofRow: row))
        }
        return text
    }
}
