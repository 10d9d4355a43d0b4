#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The lines of a text file with their 1-based numbers; `\n` and `\r\n` endings, an optional UTF-8 byte
/// order mark. Used by the VCF and MAF readers, whose messages name line numbers.
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
        // Split the bytes, not the characters: Swift reads `\r\n` as one character, which is not `\n`.
        var result: [Line] = []
        for raw in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
            result.append(Line(number: result.count + 1, text: Substring(line)))
        }
        if let last = result.last, last.text.isEmpty { result.removeLast() }
        lines = result
    }

    /// `line 12, column 2 (POS)`.
    static func location(line: Int, column: Int? = nil, name: String? = nil) -> String {
        guard let column else { return "line \(line)" }
        return "line \(line), column \(column)" + (name.map { " (\($0))" } ?? "")
    }
}
