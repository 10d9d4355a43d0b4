import Foundation

/// A `Decoder` over a ``YAMLTree``. Scalars are read as the type asks (`Int`, `Double`, `Bool`, `String`),
/// following the YAML core schema for numbers and booleans; every mapping records the keys that were read.
struct TreeDecoder: Decoder {
    let tree: YAMLTree
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = tree else {
            throw DecodingError.typeMismatch([String: Any].self, .init(codingPath: codingPath, debugDescription: "Expected to decode an object but found \(tree.kindDescription) instead."))
        }
        return KeyedDecodingContainer(KeyedTreeContainer<Key>(mapping: mapping, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let elements) = tree else {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "Expected to decode a list but found \(tree.kindDescription) instead."))
        }
        return UnkeyedTreeContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleTreeContainer(tree: tree, codingPath: codingPath)
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
    let mapping: YAMLMapping
    let codingPath: [any CodingKey]

    var allKeys: [Key] { mapping.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool {
        mapping.values[key.stringValue] != nil
    }

    private func value(_ key: Key) throws -> YAMLTree {
        mapping.read.insert(key.stringValue)
        guard let value = mapping.values[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "No value for key \(key.stringValue)."))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        mapping.read.insert(key.stringValue)
        guard let value = mapping.values[key.stringValue] else { return true }
        if case .null = value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let decoder = TreeDecoder(tree: try value(key), codingPath: codingPath + [key])
        return try SingleTreeContainer(tree: decoder.tree, codingPath: decoder.codingPath).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoder(tree: try value(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeDecoder(tree: try value(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { TreeDecoder(tree: .mapping(mapping), codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        TreeDecoder(tree: try value(key), codingPath: codingPath + [key])
    }
}

private struct UnkeyedTreeContainer: UnkeyedDecodingContainer {
    let elements: [YAMLTree]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(elements: [YAMLTree], codingPath: [any CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> (YAMLTree, [any CodingKey]) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath + [IndexKey(currentIndex)], debugDescription: "Unkeyed container is at end."))
        }
        defer { currentIndex += 1 }
        return (elements[currentIndex], codingPath + [IndexKey(currentIndex)])
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
        return try SingleTreeContainer(tree: tree, codingPath: path).decode(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (tree, path) = try next()
        return try TreeDecoder(tree: tree, codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (tree, path) = try next()
        return try TreeDecoder(tree: tree, codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (tree, path) = try next()
        return TreeDecoder(tree: tree, codingPath: path)
    }
}

private struct SingleTreeContainer: SingleValueDecodingContainer {
    let tree: YAMLTree
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool {
        if case .null = tree { return true }
        return false
    }

    private func scalar<T>(_ type: T.Type, expected: String) throws -> String {
        switch tree {
        case .scalar(let text): return text
        case .null:
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "Expected \(expected) but found null instead."))
        default:
            throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "Expected to decode \(expected) but found \(tree.kindDescription) instead."))
        }
    }

    private func mismatch<T>(_ type: T.Type, _ text: String, expected: String) -> DecodingError {
        DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "Expected to decode \(expected) but found '\(text)' instead."))
    }

    func decode(_ type: String.Type) throws -> String { try scalar(type, expected: "a string") }

    func decode(_ type: Bool.Type) throws -> Bool {
        let text = try scalar(type, expected: "true or false")
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw mismatch(type, text, expected: "true or false")
        }
    }

    func decode(_ type: Int.Type) throws -> Int {
        let text = try scalar(type, expected: "an integer")
        guard let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else { throw mismatch(type, text, expected: "an integer") }
        return value
    }

    func decode(_ type: Double.Type) throws -> Double {
        let text = try scalar(type, expected: "a number")
        guard let value = Double(text), value.isFinite else { throw mismatch(type, text, expected: "a number") }
        return value
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self, let value = try decode(String.self) as? T { return value }
        if type == Int.self, let value = try decode(Int.self) as? T { return value }
        if type == Double.self, let value = try decode(Double.self) as? T { return value }
        if type == Bool.self, let value = try decode(Bool.self) as? T { return value }
        return try T(from: TreeDecoder(tree: tree, codingPath: codingPath))
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

extension YAMLTree {
    /// What the node is, for messages.
    var kindDescription: String {
        switch self {
        case .null: return "null"
        case .scalar(let text): return "'\(text)'"
        case .sequence: return "a list"
        case .mapping: return "an object"
        }
    }
}
