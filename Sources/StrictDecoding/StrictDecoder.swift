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

    /// Decodes a JSON document. With `checkingUnknownKeys` false the unknown-field check is skipped, for
    /// documents whose bytes are already verified against a hash of a generated file.
    public static func decodeJSON<T: Codable>(_ type: T.Type, from data: Data, file: String, checkingUnknownKeys: Bool = true) throws(StrictDecodingError) -> T {
        guard data.count <= maximumDocumentSize else {
            throw StrictDecodingError(file: file, path: "$", problem: "document is \(data.count) bytes; the limit is \(maximumDocumentSize)")
        }
        var raw: Any = NSNull()
        if checkingUnknownKeys {
            do {
                raw = try JSONSerialization.jsonObject(with: data, options: [])
            } catch {
                throw StrictDecodingError(file: file, path: "$", problem: "not valid JSON: \(jsonSyntaxMessage(error))")
            }
        }
        let value: T
        do {
            value = try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, file: file)
        } catch {
            throw StrictDecodingError(file: file, path: "$", problem: "\(error)")
        }
        if checkingUnknownKeys { try rejectUnknownKeys(raw: raw, decoded: value, file: file) }
        return value
    }

    /// Decodes a YAML document.
    public static func decodeYAML<T: Codable>(_ type: T.Type, from text: String, file: String) throws(StrictDecodingError) -> T {
        guard text.utf8.count <= maximumDocumentSize else {
            throw StrictDecodingError(file: file, path: "$", problem: "document is \(text.utf8.count) bytes; the limit is \(maximumDocumentSize)")
        }
        // Yams (libyaml) parses; the basic resolver leaves typing to the decoder, which reads numbers,
        // booleans and nulls from the scalar text as the target type asks. The tree records which keys
        // were read, so unknown keys are found without re-encoding.
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic)
        } catch {
            throw StrictDecodingError(file: file, path: "$", problem: "not valid YAML: \(error)")
        }
        guard let node else {
            throw StrictDecodingError(file: file, path: "$", problem: "the document is empty")
        }
        let tree = YAMLTree(node)
        let value: T
        do {
            value = try T(from: TreeDecoder(tree: tree, codingPath: []))
        } catch let error as DecodingError {
            throw describe(error, file: file)
        } catch {
            throw StrictDecodingError(file: file, path: "$", problem: "\(error)")
        }
        if let unknown = tree.firstUnreadKey() {
            throw StrictDecodingError(file: file, path: unknown.parent, problem: "unknown field '\(unknown.key)'")
        }
        return value
    }

    // MARK: - Unknown keys

    /// Re-encodes the decoded value and reports the first key present in the input but absent from the
    /// encoding: that key was not read by any `Codable` type, so it is unknown (or misspelt).
    private static func rejectUnknownKeys<T: Encodable>(raw: Any, decoded: T, file: String) throws(StrictDecodingError) {
        let reencoded: Any
        do {
            let data = try JSONEncoder().encode(decoded)
            reencoded = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw StrictDecodingError(file: file, path: "$", problem: "internal error re-encoding the document: \(error)")
        }
        if let path = firstUnknownKey(raw: raw, known: reencoded, path: "$") {
            throw StrictDecodingError(file: file, path: path.parent, problem: "unknown field '\(path.key)'")
        }
    }

    private static func firstUnknownKey(raw: Any, known: Any, path: String) -> (parent: String, key: String)? {
        if let rawObject = dictionary(raw) {
            let knownObject = dictionary(known) ?? [:]
            for key in rawObject.keys.sorted() {
                guard let rawValue = rawObject[key] else { continue }
                guard let knownValue = knownObject[key] else {
                    if rawValue is NSNull { continue }  // an explicit null is the same as an absent optional
                    return (path, key)
                }
                if let found = firstUnknownKey(raw: rawValue, known: knownValue, path: "\(path).\(key)") {
                    return found
                }
            }
        } else if let rawArray = raw as? [Any], let knownArray = known as? [Any] {
            for (index, element) in rawArray.enumerated() where index < knownArray.count {
                if let found = firstUnknownKey(raw: element, known: knownArray[index], path: "\(path)[\(index)]") {
                    return found
                }
            }
        }
        return nil
    }

    private static func dictionary(_ value: Any) -> [String: Any]? {
        if let object = value as? [String: Any] { return object }
        if let object = value as? [AnyHashable: Any] {
            var result: [String: Any] = [:]
            for (key, element) in object { result["\(key)"] = element }
            return result
        }
        return nil
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

    private static func jsonSyntaxMessage(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return nsError.localizedDescription
    }
}
