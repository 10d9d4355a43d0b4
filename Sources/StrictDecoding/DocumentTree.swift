import Foundation
import Yams

/// The members of a mapping (YAML) or object (JSON), with the names a decoder asked for.
final class DocumentMapping {
    /// Member names in document order (YAML), or in no particular order (JSON, whose parser keeps none).
    let keys: [String]
    /// True when ``keys`` is in document order.
    let isOrdered: Bool
    let values: [String: DocumentTree]
    /// Keys a decoder asked for.
    var read: Set<String> = []

    init(keys: [String], isOrdered: Bool, values: [String: DocumentTree]) {
        self.keys = keys
        self.isOrdered = isOrdered
        self.values = values
    }
}

/// A YAML construct that ``DocumentTree`` does not accept, and where it starts.
struct YAMLRefusal: Error {
    let mark: Mark?
    let problem: String

    /// Refuses a node with an anchor (`&name`), or an alias to one (`*name`).
    static func checkNoAnchor(_ node: Node) throws(YAMLRefusal) {
        guard let anchor = node.anchor else { return }
        throw YAMLRefusal(mark: node.mark, problem: "the anchor '\(anchor.rawValue)' is refused: YAML anchors and aliases are not accepted, since an alias can make a small document expand without bound")
    }
}

/// A JSON or YAML document reduced to what decoding needs. ``TreeDecoder`` walks it and every mapping records
/// which keys a type read, so unknown keys are found without re-encoding.
///
/// YAML scalars are `.scalar`: untyped text that the decoder reads as the target type asks (YAML core schema).
/// JSON values keep their JSON type: a JSON string only decodes as a string, a number only as a number and
/// `true`/`false` only as a Boolean, so a wrong type in a JSON document is an error.
indirect enum DocumentTree {
    case null
    /// A YAML scalar, typed by the decoder.
    case scalar(String)
    /// A JSON string.
    case string(String)
    /// A JSON number, as text that round-trips to the parsed value.
    case number(String)
    /// A JSON Boolean.
    case bool(Bool)
    case sequence([DocumentTree])
    case mapping(DocumentMapping)

    /// Converts a composed Yams node. Plain `~`, `null`, `Null`, `NULL` and empty scalars are null (YAML core schema).
    ///
    /// Anchors (and so aliases) are refused, as the XML readers refuse entity declarations: Yams hands each
    /// alias back as the anchored node, which this conversion would copy in full, so a few hundred bytes of
    /// nested aliases could expand to billions of values. Mapping keys must be scalars; Yams itself refuses a key
    /// repeated in one mapping, compared by its text.
    init(_ node: Node) throws(YAMLRefusal) {
        try YAMLRefusal.checkNoAnchor(node)
        switch node {
        case .scalar(let scalar):
            self = NSNull.construct(from: scalar) != nil ? .null : .scalar(scalar.string)
        case .sequence(let sequence):
            self = .sequence(try sequence.map { element throws(YAMLRefusal) in try DocumentTree(element) })
        case .mapping(let mapping):
            var keys: [String] = []
            var values: [String: DocumentTree] = [:]
            for (key, value) in mapping {
                try YAMLRefusal.checkNoAnchor(key)
                guard case .scalar(let name) = key else {
                    throw YAMLRefusal(mark: key.mark, problem: "a mapping key must be a single value, not a list or mapping")
                }
                keys.append(name.string)
                values[name.string] = try DocumentTree(value)
            }
            self = .mapping(DocumentMapping(keys: keys, isOrdered: true, values: values))
        case .alias:
            self = .null  // not reached: an alias names an anchor and was refused above
        }
    }

    /// Converts a parsed JSON value.
    init(_ json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .number(String(number))
        case .double(let number): self = .number("\(number)")  // Swift prints the shortest text that round-trips
        case .string(let text): self = .string(text)
        case .array(let elements): self = .sequence(elements.map(DocumentTree.init))
        case .object(let members):
            // mapValues keeps the hash table as it is: no key is hashed again.
            let values = members.mapValues(DocumentTree.init)
            self = .mapping(DocumentMapping(keys: Array(values.keys), isOrdered: false, values: values))
        }
    }

    /// The first key that no decoder read, with the path of its mapping: in document order for YAML, in
    /// sorted order for JSON. Nil when every key was read (checked without sorting, the common case).
    func firstUnreadKey() -> (parent: String, key: String)? {
        hasUnreadKey ? firstUnreadKey(path: "$") : nil
    }

    private var hasUnreadKey: Bool {
        switch self {
        case .mapping(let mapping):
            for (key, value) in mapping.values {
                if !mapping.read.contains(key) {
                    if case .null = value { continue }  // an explicit null is the same as an absent optional
                    return true
                }
                if value.hasUnreadKey { return true }
            }
        case .sequence(let elements):
            return elements.contains { $0.hasUnreadKey }
        case .null, .scalar, .string, .number, .bool:
            break
        }
        return false
    }

    private func firstUnreadKey(path: String) -> (parent: String, key: String)? {
        switch self {
        case .mapping(let mapping):
            for key in mapping.isOrdered ? mapping.keys : mapping.keys.sorted() {
                guard let value = mapping.values[key] else { continue }
                if !mapping.read.contains(key) {
                    if case .null = value { continue }
                    return (path, key)
                }
                if let found = value.firstUnreadKey(path: "\(path).\(key)") { return found }
            }
        case .sequence(let elements):
            for (index, element) in elements.enumerated() {
                if let found = element.firstUnreadKey(path: "\(path)[\(index)]") { return found }
            }
        case .null, .scalar, .string, .number, .bool:
            break
        }
        return nil
    }
}
