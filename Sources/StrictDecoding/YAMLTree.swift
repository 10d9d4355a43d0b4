import Foundation
import Yams

/// A YAML document reduced to what decoding needs: mappings with their keys in document order,
/// sequences, scalars (with whether they were written plain), and nulls.
///
/// Parsing is Yams' (libyaml); decoding walks this tree with ``TreeDecoder``, which looks keys up in
/// dictionaries and records which keys a type read, so that unknown keys are found without re-encoding.
final class YAMLMapping {
    let keys: [String]
    let values: [String: YAMLTree]
    /// Keys a decoder asked for.
    var read: Set<String> = []

    init(keys: [String], values: [String: YAMLTree]) {
        self.keys = keys
        self.values = values
    }
}

indirect enum YAMLTree {
    case null
    case scalar(String)
    case sequence([YAMLTree])
    case mapping(YAMLMapping)

    /// Converts a composed Yams node. Plain `~`, `null`, `Null`, `NULL` and empty scalars are null (YAML core schema).
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            self = NSNull.construct(from: scalar) != nil ? .null : .scalar(scalar.string)
        case .sequence(let sequence):
            self = .sequence(sequence.map(YAMLTree.init))
        case .mapping(let mapping):
            var keys: [String] = []
            var values: [String: YAMLTree] = [:]
            for (key, value) in mapping {
                let name = key.string ?? "\(key)"
                if values[name] == nil { keys.append(name) }
                values[name] = YAMLTree(value)
            }
            self = .mapping(YAMLMapping(keys: keys, values: values))
        case .alias:
            self = .null
        }
    }

    /// The first key (in document order) that no decoder read, with the path of its mapping.
    func firstUnreadKey(path: String = "$") -> (parent: String, key: String)? {
        switch self {
        case .mapping(let mapping):
            for key in mapping.keys {
                guard let value = mapping.values[key] else { continue }
                if !mapping.read.contains(key) {
                    if case .null = value { continue }  // an explicit null is the same as an absent optional
                    return (path, key)
                }
                if let found = value.firstUnreadKey(path: "\(path).\(key)") { return found }
            }
        case .sequence(let elements):
            for (index, element) in elements.enumerated() {
                if let found = element.firstUnreadKey(path: "\(path)[\(index)]") { return found }
            }
        case .null, .scalar:
            break
        }
        return nil
    }
}
