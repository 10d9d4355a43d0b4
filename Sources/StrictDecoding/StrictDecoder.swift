import Foundation
import Yams

/// A problem found while decoding a JSON or YAML document: which file, where in it, and what was expected.
public struct StrictDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file name (or other label) of the document.
    public var file: String
    /// The path to the offending value, JSONPath style: `$`, `$.shortVariants[2].vaf`.
    public var path: String
    /// What is wrong, e.g. `expected a number, found a string` or `unknown field 'consequnce'`.
    public var problem: String

    public init(file: String, path: String, problem: String) {
        self.file = file
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(file): \(path): \(problem)" }
}

/// Decodes JSON and YAML documents into `Codable` types and rejects what plain `Codable` lets through:
/// unknown fields (a misspelt key must never be ignored in clinical data or rules), wrong types and missing
/// required fields, each reported with the path to the value.
public enum StrictDecoder {
    /// The largest document accepted, in bytes.
    public static let maximumDocumentSize = 64 * 1024 * 1024

    /// Parses a JSON document (RFC 8259, strict: no trailing text, duplicate member names or nesting deeper
    /// than 512), naming the line and column of a syntax error.
    /// `maximumValues` bounds the number of values (``JSONParser/parse(_:maximumValues:)``).
    public static func parseJSON(_ data: Data, file: String, maximumValues: Int = .max) throws(StrictDecodingError) -> JSONValue {
        guard data.count <= maximumDocumentSize else {
            throw StrictDecodingError(file: file, path: "$", problem: "document is \(data.count) bytes; the limit is \(maximumDocumentSize)")
        }
        let bytes = [UInt8](data)
        do {
            return try JSONParser.parse(bytes, maximumValues: maximumValues)
        } catch {
            let (line, column) = lineAndColumn(of: error.offset, in: bytes)
            let what = error.exceedsLimit ? "the document is refused" : "not valid JSON"
            throw StrictDecodingError(file: file, path: "$", problem: "\(what): line \(line), column \(column): \(error.problem)")
        }
    }

    /// Decodes a JSON document. With `checkingUnknownKeys` false the unknown-field check is skipped, for
    /// documents whose bytes are already verified against a hash of a generated file.
    public static func decodeJSON<T: Decodable>(_ type: T.Type, from data: Data, file: String, checkingUnknownKeys: Bool = true) throws(StrictDecodingError) -> T {
        try decode(T.self, tree: DocumentTree(try parseJSON(data, file: file)), file: file, checkingUnknownKeys: checkingUnknownKeys)
    }

    /// Decodes a JSON document already parsed (e.g. with a bound on its values, or checked before decoding).
    /// The parsed value is consumed: it is freed once the decoding tree is built, not kept while decoding.
    public static func decodeJSON<T: Decodable>(_ type: T.Type, from value: consuming JSONValue, file: String) throws(StrictDecodingError) -> T {
        let tree = DocumentTree(consume value)
        return try decode(T.self, tree: tree, file: file, checkingUnknownKeys: true)
    }

    /// Decodes a YAML document.
    public static func decodeYAML<T: Decodable>(_ type: T.Type, from text: String, file: String) throws(StrictDecodingError) -> T {
        guard text.utf8.count <= maximumDocumentSize else {
            throw StrictDecodingError(file: file, path: "$", problem: "document is \(text.utf8.count) bytes; the limit is \(maximumDocumentSize)")
        }
        // Yams (libyaml) parses; the basic resolver leaves typing to the decoder, which reads numbers,
        // booleans and nulls from the scalar text as the target type asks. The tree records which keys
        // were read, so unknown keys are found without re-encoding.
        // The parser is kept alive until the tree is built: a node's anchor is a weak reference that only
        // the parser holds, and the tree refuses anchored nodes.
        let parser: Parser
        let node: Node?
        do {
            parser = try Parser(yaml: text, resolver: .basic)
            node = try parser.singleRoot()
        } catch {
            let (location, problem) = YAMLSyntaxError.describe(error, in: text)
            throw StrictDecodingError(file: file, path: location, problem: "not valid YAML: \(problem)")
        }
        guard let node else {
            throw StrictDecodingError(file: file, path: "$", problem: "the document is empty")
        }
        let tree: DocumentTree
        do {
            tree = try withExtendedLifetime(parser) { () throws(YAMLRefusal) in try DocumentTree(node) }
        } catch {
            let place = error.mark.map { "line \($0.line), column \($0.column): " } ?? ""
            throw StrictDecodingError(file: file, path: "$", problem: "not accepted YAML: \(place)\(error.problem)")
        }
        return try decode(T.self, tree: tree, file: file, checkingUnknownKeys: true)
    }

    private static func decode<T: Decodable>(_ type: T.Type, tree: DocumentTree, file: String, checkingUnknownKeys: Bool) throws(StrictDecodingError) -> T {
        let value: T
        do {
            value = try T(from: TreeDecoder(tree: tree, path: .root))
        } catch let error as DecodingError {
            throw describe(error, file: file)
        } catch {
            throw StrictDecodingError(file: file, path: "$", problem: "\(error)")
        }
        if checkingUnknownKeys, let unknown = tree.firstUnreadKey() {
            throw StrictDecodingError(file: file, path: unknown.parent, problem: "unknown field '\(unknown.key)'")
        }
        return value
    }

    /// The 1-based line and column (in bytes) of a byte offset; lines end at `\n`, `\r\n` or a lone `\r`.
    private static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) {
            let byte = bytes[index]
            let endsLine = byte == UInt8(ascii: "\n")
                || (byte == UInt8(ascii: "\r") && (index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n")))
            if endsLine {
                line += 1
                lineStart = index + 1
            }
        }
        return (line, offset - lineStart + 1)
    }

    // MARK: - Messages

    private static func describe(_ error: DecodingError, file: String) -> StrictDecodingError {
        switch error {
        case .typeMismatch(let type, let context):
            return StrictDecodingError(file: file, path: path(context.codingPath), problem: "expected \(typeName(type)), found \(foundDescription(context))")
        case .valueNotFound(let type, let context):
            return StrictDecodingError(file: file, path: path(context.codingPath), problem: "expected \(typeName(type)), found null")
        case .keyNotFound(let key, let context):
            return StrictDecodingError(file: file, path: path(context.codingPath), problem: "missing required field '\(key.stringValue)'")
        case .dataCorrupted(let context):
            return StrictDecodingError(file: file, path: path(context.codingPath), problem: context.debugDescription)
        @unknown default:
            return StrictDecodingError(file: file, path: "$", problem: "\(error)")
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        var result = "$"
        for key in codingPath {
            if let index = key.intValue { result += "[\(index)]" } else { result += ".\(key.stringValue)" }
        }
        return result
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Double.Type, is Float.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object (\(name))"
        }
    }

    private static func foundDescription(_ context: DecodingError.Context) -> String {
        let text = context.debugDescription
        // Foundation says e.g. "Expected to decode Double but found a string instead."
        if let range = text.range(of: "but found ") {
            return String(text[range.upperBound...]).replacingOccurrences(of: " instead.", with: "")
        }
        return "a value of another type"
    }
}
