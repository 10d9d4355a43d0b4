import Foundation

/// A `Decoder` over a ``DocumentTree``. YAML scalars are read as the type asks (`Int`, `Double`, `Bool`, `String`),
/// following the YAML core schema for numbers and booleans; JSON values only as their own type. Every mapping
/// records the keys that were read.
struct TreeDecoder: Decoder {
    let tree: DocumentTree
    let path: TreePath
    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = tree else {
            throw DecodingError.typeMismatch([String: Any].self, .init(codingPath: codingPath, debugDescription: "Expected to decode an object but found \(tree.kindDescription) instead."))
        }
        return KeyedDecodingContainer(KeyedTreeContainer<Key>(mapping: mapping, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let elements) = tree else {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "Expected to decode a list but found \(tree.kindDescription) instead."))
        }
        return UnkeyedTreeContainer(elements: elements, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleTreeContainer(tree: tree, path: path)
    }
}

/// A coding path kept as a chain of parent links: extending it costs one small allocation, and the key array
/// Codable asks for is built only when something reads it (in practice, to describe an error).
struct TreePath {
    private final class Link {
        let parent: Link?
        let key: any CodingKey
        init(parent: Link?, key: any CodingKey) {
            self.parent = parent
            self.key = key
        }
    }

    private let last: Link?

    static var root: TreePath { TreePath(last: nil) }

    private init(last: Link?) { self.last = last }

    func appending(_ key: any CodingKey) -> TreePath { TreePath(last: Link(parent: last, key: key)) }

    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var link = last
        while let current = link {
            keys.append(current.key)
            link = current.parent
        }
        return keys.reversed()
    }
}

/// A coding key for list positions.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let mapping: DocumentMapping
    let path: TreePath
    var codingPath: [any CodingKey] { path.keys }

    var allKeys: [Key] { mapping.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool {
        mapping.values[key.stringValue] != nil
    }

    private func value(_ key: Key) throws -> DocumentTree {
        mapping.read.insert(key.stringValue)
        guard let value = mapping.values[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "No value for key \(key.stringValue)."))
        }
        return value
    }

    /// The value of an optional field: nil when absent or null.
    private func presentValue(_ key: Key) -> DocumentTree? {
        mapping.read.insert(key.stringValue)
        guard let value = mapping.values[key.stringValue] else { return nil }
        if case .null = value { return nil }
        return value
    }

    private func single(_ key: Key) throws -> SingleTreeContainer {
        SingleTreeContainer(tree: try value(key), path: path.appending(key))
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        presentValue(key) == nil
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try single(key).decode(type)
    }

    // The primitive types directly, and optionals with one lookup, rather than through the generic paths.
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try single(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try single(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try single(key).decode(type) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try single(key).decode(type) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(type, key) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(type, key) }

    private func present<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        guard let value = presentValue(key) else { return nil }
        return try SingleTreeContainer(tree: value, path: path.appending(key)).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoder(tree: try value(key), path: path.appending(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeDecoder(tree: try value(key), path: path.appending(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { TreeDecoder(tree: .mapping(mapping), path: path) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        TreeDecoder(tree: try value(key), path: path.appending(key))
    }
}

private struct UnkeyedTreeContainer: UnkeyedDecodingContainer {
    let elements: [DocumentTree]
    let path: TreePath
    var codingPath: [any CodingKey] { path.keys }
    var currentIndex = 0

    init(elements: [DocumentTree], path: TreePath) {
        self.elements = elements
        self.path = path
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> (DocumentTree, TreePath) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: path.appending(IndexKey(currentIndex)).keys, debugDescription: "Unkeyed container is at end."))
        }
        defer { currentIndex += 1 }
        return (elements[currentIndex], path.appending(IndexKey(currentIndex)))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = elements[currentIndex] {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (tree, path) = try next()
        return try SingleTreeContainer(tree: tree, path: path).decode(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (tree, path) = try next()
        return try TreeDecoder(tree: tree, path: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (tree, path) = try next()
        return try TreeDecoder(tree: tree, path: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (tree, path) = try next()
        return TreeDecoder(tree: tree, path: path)
    }
}

private struct SingleTreeContainer: SingleValueDecodingContainer {
    let tree: DocumentTree
    let path: TreePath
    var codingPath: [any CodingKey] { path.keys }

    func decodeNil() -> Bool {
        if case .null = tree { return true }
        return false
    }

    /// The text of a YAML scalar, or of a JSON value of the kind `accepts` admits.
    private func text<T>(_ type: T.Type, expected: String, accepts: (DocumentTree) -> String?) throws -> String {
        if case .scalar(let text) = tree { return text }
        if let text = accepts(tree) { return text }
        if case .null = tree {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "Expected \(expected) but found null instead."))
        }
        throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "Expected to decode \(expected) but found \(tree.kindDescription) instead."))
    }

    private func mismatch<T>(_ type: T.Type, _ text: String, expected: String) -> DecodingError {
        DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "Expected to decode \(expected) but found '\(text)' instead."))
    }

    func decode(_ type: String.Type) throws -> String {
        try text(type, expected: "a string") { if case .string(let text) = $0 { text } else { nil } }
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        let text = try text(type, expected: "true or false") { if case .bool(let flag) = $0 { flag ? "true" : "false" } else { nil } }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw mismatch(type, text, expected: "true or false")
        }
    }

    private func numberText<T>(_ type: T.Type, expected: String) throws -> String {
        try text(type, expected: expected) { if case .number(let text) = $0 { text } else { nil } }
    }

    func decode(_ type: Int.Type) throws -> Int {
        let text = try numberText(type, expected: "an integer")
        guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else { throw mismatch(type, text, expected: "an integer") }
        return value
    }

    func decode(_ type: Double.Type) throws -> Double {
        let text = try numberText(type, expected: "a number")
        guard let value = Double(text), value.isFinite else { throw mismatch(type, text, expected: "a number") }
        return value
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self, let value = try decode(String.self) as? T { return value }
        if type == Int.self, let value = try decode(Int.self) as? T { return value }
        if type == Double.self, let value = try decode(Double.self) as? T { return value }
        if type == Bool.self, let value = try decode(Bool.self) as? T { return value }
        return try T(from: TreeDecoder(tree: tree, path: path))
    }

    // The remaining primitive types are not used by keapnrf's files; they decode through their text.
    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int8.Type) throws -> Int8 { try narrow(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try narrow(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try narrow(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try narrow(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try narrow(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try narrow(type) }

    private func narrow<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let value = try decode(Int.self)
        guard let narrowed = T(exactly: value) else { throw mismatch(type, String(value), expected: "an integer in range") }
        return narrowed
    }
}

extension DocumentTree {
    /// What the node is, for messages.
    var kindDescription: String {
        switch self {
        case .null: return "null"
        case .scalar(let text): return "'\(text)'"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true or false"
        case .sequence: return "a list"
        case .mapping: return "an object"
        }
    }
}
