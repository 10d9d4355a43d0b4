import Foundation

/// A tab-separated cohort table held as raw bytes: a header row, then one row per patient.
///
/// The table is split into rows once, at construction, by scanning bytes (no per-cell
/// `String`s), and every row's field count is checked then; fields are located again when a
/// row is read. A 60,000-patient table loads in milliseconds and costs little more memory than
/// the file itself. Cells are read as bytes (for numbers and codes) or as `String` (for labels). Fields are not quoted: a tab
/// always separates fields and a line feed always ends a row. A UTF-8 byte-order mark, `\r\n`
/// line ends and blank lines are tolerated; row numbers always count physical lines, with the
/// header as row 1.
public struct CohortTable: Sendable {
    /// The header cells, in file order.
    public let columnNames: [String]
    /// The input bytes.
    let bytes: [UInt8]
    /// Where each data row starts in ``bytes``.
    let rowStarts: [Int32]
    /// Where each data row's content ends (before `\r\n` or `\n`).
    let rowEnds: [Int32]
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

    /// Reads a table from a file (straight into one byte buffer, without an intermediate copy).
    public init(contentsOf url: URL) throws(CohortTableError) {
        try self.init(bytes: try FileBytes.read(url))
    }

    init(bytes: [UInt8]) throws(CohortTableError) {
        guard bytes.count < Int(Int32.max) else { throw .inputTooLarge(bytes: bytes.count) }
        let split = try TabSeparatedSplitter.split(bytes)
        self.bytes = bytes
        self.columnNames = split.header
        self.rowStarts = split.rowStarts
        self.rowEnds = split.rowEnds
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
        var locator = FieldLocator(columnCount: columnCount)
        return bytes.withUnsafeBufferPointer { buffer in
            locator.locate(row: row, of: self, in: buffer)
            return String(decoding: locator.cell(column, in: buffer), as: UTF8.self)
        }
    }

    /// Calls `body` with each data row's index and the texts of the given columns (in that order), locating
    /// each row's fields once; invalid UTF-8 is replaced by U+FFFD.
    public func forEachRow<Failure: Error>(
        columns: [Int], _ body: (_ row: Int, _ cells: [String]) throws(Failure) -> Void
    ) throws(Failure) {
        var locator = FieldLocator(columnCount: columnCount)
        var cells: [String] = []
        cells.reserveCapacity(columns.count)
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) in
            for row in 0 ..< rowCount {
                locator.locate(row: row, of: self, in: buffer)
                cells.removeAll(keepingCapacity: true)
                for column in columns { cells.append(String(decoding: locator.cell(column, in: buffer), as: UTF8.self)) }
                try body(row, cells)
            }
        }
    }

    /// True for a cell that holds no value: empty, `NA`, `NaN` or TCGA's `[Not Available]`, with surrounding
    /// spaces ignored. Every reader of cohort tables uses this one definition.
    public static func isMissingValue(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(CellParser.isMissing)
    }
}

/// Finds the fields of one row at a time, reusing its storage from row to row.
struct FieldLocator {
    /// The start of every field, then the row end plus one (field `c` spans
    /// `bounds[c] ..< bounds[c + 1] - 1`).
    private var bounds: [Int]

    init(columnCount: Int) {
        bounds = Array(repeating: 0, count: columnCount + 1)
    }

    /// Locates the fields of `row` (whose field count the table already checked).
    mutating func locate(row: Int, of table: CohortTable, in buffer: UnsafeBufferPointer<UInt8>) {
        let start = Int(table.rowStarts[row])
        let end = Int(table.rowEnds[row])
        bounds[0] = start
        var field = 1
        var index = start
        while index < end {
            if buffer[index] == UInt8(ascii: "\t"), field < bounds.count - 1 {
                bounds[field] = index + 1
                field += 1
            }
            index += 1
        }
        bounds[bounds.count - 1] = end + 1
    }

    /// The bytes of a cell of the located row.
    func cell(_ column: Int, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[bounds[column] ..< bounds[column + 1] - 1])
    }
}
