import Yams

/// A YAML syntax error from Yams as one line: where (line and column) and what, without Yams' multi-line
/// text (its quoted source line, caret and, for a duplicate key, the whole mapping).
enum YAMLSyntaxError {
    /// `line 3, column 7` (or `$` when Yams gives no position) and the problem.
    static func describe(_ error: any Error, in text: String) -> (location: String, problem: String) {
        guard let yamlError = error as? YamlError else { return ("$", flattened("\(error)")) }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let during = context.map { " (\(flattened($0.text)) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return (place(mark.line, mark.column), flattened(problem) + during)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\(flattened($0))'" }.joined(separator: ", ")
            return (place(context.mark.line, context.mark.column), "duplicate key(s) \(keys) in one mapping")
        case .reader(let problem, let offset, _, _):
            guard let offset else { return ("$", flattened(problem)) }
            let (line, column) = lineAndColumn(ofByte: offset, in: text)
            return (place(line, column), flattened(problem))
        default:
            return ("$", flattened(yamlError.description))
        }
    }

    private static func place(_ line: Int, _ column: Int) -> String { "line \(line), column \(column)" }

    /// `text` on one line: line breaks become spaces.
    private static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// The 1-based line and column (in characters) of a UTF-8 byte offset.
    private static func lineAndColumn(ofByte offset: Int, in text: String) -> (Int, Int) {
        let prefix = text.utf8.prefix(max(0, offset))
        let line = prefix.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.index(after: $0) } ?? prefix.startIndex
        return (line, String(decoding: prefix[lineStart...], as: UTF8.self).count + 1)
    }
}
