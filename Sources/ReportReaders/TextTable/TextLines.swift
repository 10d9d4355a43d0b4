#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The lines of a text file with their 1-based numbers; `\n`, `\r\n` and classic-Mac `\r` endings (mixed
/// freely), an optional UTF-8 byte order mark. Used by the VCF and MAF readers, whose messages name line numbers.
struct TextLines {
    struct Line {
        let number: Int
        let text: Substring
    }

    let lines: [Line]

    init(_ data: Data, file: String) throws(ReportReadError) {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: Data(bytes), encoding: .utf8) else {
            throw ReportReadError(file: file, location: "whole file", problem: "the file is not UTF-8 text (or ASCII)")
        }
        lines = Self.split(text).enumerated().map { Line(number: $0.offset + 1, text: $0.element) }
    }

    /// `text` cut at every `\n`, `\r\n` or lone `\r`, in one pass over the UTF-8 bytes (Swift reads `\r\n`
    /// as one character, so characters are not compared); a final empty line (after the last ending) is left out.
    static func split(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var result: [Substring] = []
        var start = utf8.startIndex, index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == newline || byte == carriageReturn else {
                index = utf8.index(after: index)
                continue
            }
            result.append(Substring(utf8[start..<index]))
            index = utf8.index(after: index)
            if byte == carriageReturn, index < utf8.endIndex, utf8[index] == newline { index = utf8.index(after: index) }
            start = index
        }
        if start < utf8.endIndex { result.append(Substring(utf8[start...])) }
        return result
    }

    /// `line 12, column 2 (POS)`.
    static func location(line: Int, column: Int? = nil, name: String? = nil) -> String {
        guard let column else { return "line \(line)" }
        return "line \(line), column \(column)" + (name.map { " (\($0))" } ?? "")
    }
}
