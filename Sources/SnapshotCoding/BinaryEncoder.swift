/// Writes `Encodable` values in the compact tagged binary form that ``BinaryDecoder`` reads back.
///
/// Each value is one tag byte and its payload: nil, false, true, an integer (zig-zag LEB128), a double
/// (8 bytes, little-endian bit pattern), a string (length and UTF-8 bytes), or a list or a keyed object
/// (byte length, count, members), so a reader can skip any value without reading inside it.
public enum BinaryEncoder {
    /// The bytes of `value`.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = EncodedValue()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        var output: [UInt8] = []
        try root.write(to: &output)
        return output
    }
}

/// The tag byte that starts every value.
enum BinaryTag: UInt8 {
    case null = 0, falseValue, trueValue, integer, double, string, list, object
}

/// One value being encoded; containers fill it in after it is created.
final class EncodedValue {
    enum Content {
        case null, bool(Bool), integer(Int64), double(Double), string(String), list, object
    }
    var content: Content = .null
    /// The elements of a list.
    var elements: [EncodedValue] = []
    /// The members of an object, in the order encoded.
    var members: [(String, EncodedValue)] = []

    func write(to output: inout [UInt8]) throws {
        switch content {
        case .null: output.append(BinaryTag.null.rawValue)
        case .bool(let value): output.append(value ? BinaryTag.trueValue.rawValue : BinaryTag.falseValue.rawValue)
        case .integer(let value):
            output.append(BinaryTag.integer.rawValue)
            Varint.write(UInt64(bitPattern: (value << 1) ^ (value >> 63)), to: &output)
        case .double(let value):
            output.append(BinaryTag.double.rawValue)
            withUnsafeBytes(of: value.bitPattern.littleEndian) { output.append(contentsOf: $0) }
        case .string(let value):
            output.append(BinaryTag.string.rawValue)
            Self.write(value, to: &output)
        case .list:
            try writeContainer(.list, count: elements.count, to: &output) { output in
                for element in elements { try element.write(to: &output) }
            }
        case .object:
            try writeContainer(.object, count: members.count, to: &output) { output in
                for (key, value) in members {
                    Self.write(key, to: &output)
                    try value.write(to: &output)
                }
            }
        }
    }

    private static func write(_ text: String, to output: inout [UInt8]) {
        Varint.write(UInt64(text.utf8.count), to: &output)
        output.append(contentsOf: text.utf8)
    }

    /// Tag, a 4-byte body length patched in once the body is written, the count and the body.
    private func writeContainer(_ tag: BinaryTag, count: Int, to output: inout [UInt8], body: (inout [UInt8]) throws -> Void) throws {
        output.append(tag.rawValue)
        let lengthAt = output.count
        output.append(contentsOf: [0, 0, 0, 0])
        let bodyStart = output.count
        Varint.write(UInt64(count), to: &output)
        try body(&output)
        guard let length = UInt32(exactly: output.count - bodyStart) else {
            throw EncodingError.invalidValue(count, EncodingError.Context(codingPath: [], debugDescription: "a container larger than 4 GB"))
        }
        for index in 0..<4 { output[lengthAt + index] = UInt8(truncatingIfNeeded: length >> (8 * UInt32(index))) }
    }
}

/// LEB128 unsigned integers.
enum Varint {
    static func write(_ value: UInt64, to output: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            output.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        output.append(UInt8(rest))
    }
}

/// The `Encoder` that fills one ``EncodedValue``.
private struct NodeEncoder: Encoder {
    let node: EncodedValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object }
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .list = node.content {} else { node.content = .list }
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(node: node, codingPath: codingPath) }
}

/// Sets a node from a primitive or from a value's own encoding. Primitives are told apart by metatype, as in
/// ``ValueDecoder/decode(_:)``: a cast to an existential (`as? any BinaryInteger`) searches the binary's
/// conformance records for each new type.
private func fill<T: Encodable>(_ node: EncodedValue, with value: T, codingPath: [any CodingKey]) throws {
    if T.self == String.self, let text = value as? String {
        node.content = .string(text)
    } else if T.self == Bool.self, let flag = value as? Bool {
        node.content = .bool(flag)
    } else if T.self == Double.self, let number = value as? Double {
        node.content = .double(number)
    } else if T.self == Float.self, let number = value as? Float {
        node.content = .double(Double(number))
    } else if let integer = try integerValue(value, codingPath: codingPath) {
        node.content = .integer(integer)
    } else {
        try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
    }
}

/// The value as an `Int64` when `T` is one of the standard integer types, else nil.
private func integerValue<T>(_ value: T, codingPath: [any CodingKey]) throws -> Int64? {
    func exact<I: BinaryInteger>(_ number: I) throws -> Int64 {
        guard let integer = Int64(exactly: number) else {
            throw EncodingError.invalidValue(number, EncodingError.Context(codingPath: codingPath, debugDescription: "an integer outside Int64"))
        }
        return integer
    }
    if T.self == Int.self, let number = value as? Int { return try exact(number) }
    if T.self == Int64.self, let number = value as? Int64 { return number }
    if T.self == Int32.self, let number = value as? Int32 { return Int64(number) }
    if T.self == Int16.self, let number = value as? Int16 { return Int64(number) }
    if T.self == Int8.self, let number = value as? Int8 { return Int64(number) }
    if T.self == UInt.self, let number = value as? UInt { return try exact(number) }
    if T.self == UInt64.self, let number = value as? UInt64 { return try exact(number) }
    if T.self == UInt32.self, let number = value as? UInt32 { return Int64(number) }
    if T.self == UInt16.self, let number = value as? UInt16 { return Int64(number) }
    if T.self == UInt8.self, let number = value as? UInt8 { return Int64(number) }
    return nil
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedValue
    let codingPath: [any CodingKey]

    private func add(_ key: Key) -> EncodedValue { add(named: key.stringValue) }

    private func add(named name: String) -> EncodedValue {
        let child = EncodedValue()
        node.members.append((name, child))
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { add(key).content = .null }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try fill(add(key), with: value, codingPath: codingPath + [key]) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: add(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: add(key), codingPath: codingPath + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: add(named: "super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: add(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: EncodedValue
    let codingPath: [any CodingKey]
    var count: Int { node.elements.count }

    private func add() -> EncodedValue {
        let child = EncodedValue()
        node.elements.append(child)
        return child
    }

    mutating func encodeNil() throws { add().content = .null }
    mutating func encode<T: Encodable>(_ value: T) throws { try fill(add(), with: value, codingPath: codingPath) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: add(), codingPath: codingPath).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { NodeEncoder(node: add(), codingPath: codingPath).unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: add(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: EncodedValue
    let codingPath: [any CodingKey]
    mutating func encodeNil() throws { node.content = .null }
    mutating func encode<T: Encodable>(_ value: T) throws { try fill(node, with: value, codingPath: codingPath) }
}
