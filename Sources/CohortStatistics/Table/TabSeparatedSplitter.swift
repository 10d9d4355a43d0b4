import Foundation

/// Splits tab-separated bytes into a header and rows in one pass, checking that every row has
/// as many fields as the header.
enum TabSeparatedSplitter {
    /// The header cells, where each data row starts and ends, and its line number.
    struct Result {
        var header: [String]
        var rowStarts: [Int32]
        var rowEnds: [Int32]
        var lineNumbers: [Int32]
    }

    private static let tab = UInt8(ascii: "\t")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    static func split(_ bytes: [UInt8]) throws(CohortTableError) -> Result {
        var start = hasByteOrderMark(bytes) ? 3 : 0
        var line = 1
        // Skip blank lines before the header.
        while start < bytes.count, let end = lineEnd(bytes, from: start), end.content == start {
            start = end.next
            line += 1
        }
        guard start < bytes.count, let headerEnd = lineEnd(bytes, from: start) else { throw .emptyInput }
        let header = try headerCells(bytes[start ..< headerEnd.content], line: line)
        let columnCount = header.count

        var rowStarts: [Int32] = []
        var rowEnds: [Int32] = []
        var lineNumbers: [Int32] = []
        try bytes.withUnsafeBufferPointer { (buffer) throws(CohortTableError) in
            var position = headerEnd.next
            while position < buffer.count {
                line += 1
                var fields = 1
                var index = position
                while index < buffer.count, buffer[index] != lineFeed, buffer[index] != carriageReturn {
                    if buffer[index] == tab { fields += 1 }
                    index += 1
                }
                let contentEnd = index
                let crlf = index + 1 < buffer.count && buffer[index] == carriageReturn && buffer[index + 1] == lineFeed
                defer { position = index + (crlf ? 2 : 1) }
                if contentEnd == position { continue }  // blank line
                guard fields == columnCount else {
                    let column = fields < columnCount ? header[fields] : header[columnCount - 1]
                    throw .raggedRow(row: line, column: column, expectedFields: columnCount, foundFields: fields)
                }
                rowStarts.append(Int32(position))
                rowEnds.append(Int32(contentEnd))
                lineNumbers.append(Int32(line))
            }
        }
        return Result(header: header, rowStarts: rowStarts, rowEnds: rowEnds, lineNumbers: lineNumbers)
    }

    private static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// The end of the line starting at `start`: where its content stops (before `\r\n`, `\n` or a
    /// lone `\r`) and where the next line begins.
    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> (content: Int, next: Int)? {
        guard start < bytes.count else { return nil }
        var index = start
        while index < bytes.count, bytes[index] != lineFeed, bytes[index] != carriageReturn { index += 1 }
        let crlf = index + 1 < bytes.count && bytes[index] == carriageReturn && bytes[index + 1] == lineFeed
        return (index, index + (crlf ? 2 : 1))
    }

    private static func headerCells(_ line: ArraySlice<UInt8>, line number: Int) throws(CohortTableError) -> [String] {
        var cells: [String] = []
        for cell in line.split(separator: tab, omittingEmptySubsequences: false) {
            guard let name = String(bytes: cell, encoding: .utf8) else { throw .invalidUTF8(row: number) }
            if cells.contains(name) { throw .duplicateColumn(name: name) }
            cells.append(name)
        }
        return cells
    }
}
