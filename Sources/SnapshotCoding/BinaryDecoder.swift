/// A value of ``BinaryEncoder``'s form that does not fit the type asked for, or bytes that are not of that form.
public struct BinaryDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where in the bytes.
    public var offset: Int
    public var problem: String

    public var description: String { "byte \(offset): \(problem)" }
}

/// Reads `Decodable` values from the bytes ``BinaryEncoder`` wrote. Every read is bounds-checked: damaged bytes
/// give a ``BinaryDecodingError``, never a crash.
public enum BinaryDecoder {
    /// The value of type `T` that `bytes` hold.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(BinaryDecodingError) -> T {
        let source = ByteSource(bytes: bytes)
        do {
            let end = try source.skip(at: 0)
            guard end == bytes.count else { throw source.failure(at: end, "trailing bytes after the value") }
            return try T(from: ValueDecoder(source: source, offset: 0))
        } catch let error as BinaryDecodingError {
            throw error
        } catch {
            throw BinaryDecodingError(offset: 0, problem: "\(error)")
        }
    }
}

/// The bytes being read, and the primitive reads on them.
final class ByteSource {
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    func failure(at offset: Int, _ problem: String) -> BinaryDecodingError {
        BinaryDecodingError(offset: offset, problem: problem)
    }

    func tag(at offset: Int) throws(BinaryDecodingError) -> BinaryTag {
        guard offset < bytes.count else { throw failure(at: offset, "unexpected end of data") }
        guard let tag = BinaryTag(rawValue: bytes[offset]) else { throw failure(at: offset, "unknown tag \(bytes[offset])") }
        return tag
    }

    /// A LEB128 integer at `offset` and the offset after it.
    func varint(at offset: Int) throws(BinaryDecodingError) -> (UInt64, Int) {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        var position = offset
        while true {
            guard position < bytes.count, shift < 64 else { throw failure(at: position, "bad integer") }
            let byte = bytes[position]
            value |= UInt64(byte & 0x7f) << shift
            position += 1
            if byte < 0x80 { return (value, position) }
            shift += 7
        }
    }

    /// A length or count at `offset` that fits in the remaining bytes.
    func length(at offset: Int) throws(BinaryDecodingError) -> (Int, Int) {
        let (value, next) = try varint(at: offset)
        guard value <= UInt64(bytes.count - next) else { throw failure(at: offset, "length beyond the end of data") }
        return (Int(value), next)
    }

    /// The start and length of a string's UTF-8 bytes at `offset` (after the tag) and the offset after it.
    func stringBytes(at offset: Int) throws(BinaryDecodingError) -> (start: Int, count: Int, end: Int) {
        let (count, start) = try length(at: offset)
        return (start, count, start + count)
    }

    func string(at offset: Int) throws(BinaryDecodingError) -> (String, Int) {
        let (start, _, end) = try stringBytes(at: offset)
        return (String(decoding: bytes[start..<end], as: UTF8.self), end)
    }

    /// The 4-byte body length of a list or object at `offset` (after the tag); returns the body's start and end.
    func body(at offset: Int) throws(BinaryDecodingError) -> (start: Int, end: Int) {
        guard offset + 4 <= bytes.count else { throw failure(at: offset, "unexpected end of data") }
        var length = 0
        for index in 0..<4 { length |= Int(bytes[offset + index]) << (8 * index) }
        let start = offset + 4
        guard length <= bytes.count - start else { throw failure(at: offset, "container beyond the end of data") }
        return (start, start + length)
    }

    func isNull(at offset: Int) throws(BinaryDecodingError) -> Bool { try tag(at: offset) == .null }

    /// The offset just after the value at `offset`.
    func skip(at offset: Int) throws(BinaryDecodingError) -> Int {
        switch try tag(at: offset) {
        case .null, .falseValue, .trueValue: return offset + 1
        case .integer: return try varint(at: offset + 1).1
        case .double:
            guard offset + 9 <= bytes.count else { throw failure(at: offset, "unexpected end of data") }
            return offset + 9
        case .string: return try stringBytes(at: offset + 1).end
        case .list, .object: return try body(at: offset + 1).end
        }
    }
}

/// The `Decoder` for the value at one offset. Coding paths are not tracked (each would cost an allocation per
/// value): a damaged snapshot is replaced, not shown to anyone, and its error gives the byte offset.
struct ValueDecoder: Decoder {
    let source: ByteSource
    let offset: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try KeyedReader<Key>(source: source, offset: offset))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try ListReader(source: source, offset: offset)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleReader(decoder: self) }

    func expect(_ expected: BinaryTag, _ what: String) throws(BinaryDecodingError) {
        guard try source.tag(at: offset) == expected else { throw source.failure(at: offset, "expected \(what)") }
    }

    func isNil() throws(BinaryDecodingError) -> Bool { try source.isNull(at: offset) }

    /// Decodes a `T`. Primitives are told apart by comparing metatypes, not by a protocol cast: a cast to an
    /// existential metatype (`as? any FixedWidthInteger.Type`) searches the binary's conformance records for each
    /// new type, which cost more than the rest of the decoding.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try decodeString() as! T }
        if T.self == Int.self { return try decodeInteger(Int.self) as! T }
        if T.self == Double.self { return try decodeDouble() as! T }
        if T.self == Bool.self { return try decodeBool() as! T }
        if T.self == Float.self { return Float(try decodeDouble()) as! T }
        if T.self == Int64.self { return try decodeInteger(Int64.self) as! T }
        if T.self == Int32.self { return try decodeInteger(Int32.self) as! T }
        if T.self == Int16.self { return try decodeInteger(Int16.self) as! T }
        if T.self == Int8.self { return try decodeInteger(Int8.self) as! T }
        if T.self == UInt.self { return try decodeInteger(UInt.self) as! T }
        if T.self == UInt64.self { return try decodeInteger(UInt64.self) as! T }
        if T.self == UInt32.self { return try decodeInteger(UInt32.self) as! T }
        if T.self == UInt16.self { return try decodeInteger(UInt16.self) as! T }
        if T.self == UInt8.self { return try decodeInteger(UInt8.self) as! T }
        return try T(from: self)
    }

    func decodeString() throws(BinaryDecodingError) -> String {
        try expect(.string, "a string")
        return try source.string(at: offset + 1).0
    }

    func decodeBool() throws(BinaryDecodingError) -> Bool {
        switch try source.tag(at: offset) {
        case .trueValue: return true
        case .falseValue: return false
        default: throw source.failure(at: offset, "expected a boolean")
        }
    }

    func decodeDouble() throws(BinaryDecodingError) -> Double {
        try expect(.double, "a number")
        guard offset + 9 <= source.bytes.count else { throw source.failure(at: offset, "unexpected end of data") }
        var pattern: UInt64 = 0
        for index in 0..<8 { pattern |= UInt64(source.bytes[offset + 1 + index]) << (8 * UInt64(index)) }
        return Double(bitPattern: pattern)
    }

    func decodeInteger<I: FixedWidthInteger>(_ type: I.Type) throws(BinaryDecodingError) -> I {
        try expect(.integer, "an integer")
        let zigzag = try source.varint(at: offset + 1).0
        let value = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
        guard let result = I(exactly: value) else { throw source.failure(at: offset, "integer \(value) out of range for \(I.self)") }
        return result
    }
}

private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let source: ByteSource
    var codingPath: [any CodingKey] { [] }
    /// Each member's key bytes and value offset, in the order written.
    private let members: [(keyStart: Int, keyCount: Int, value: Int)]

    init(source: ByteSource, offset: Int) throws(BinaryDecodingError) {
        self.source = source
        guard try source.tag(at: offset) == .object else { throw source.failure(at: offset, "expected an object") }
        let (start, end) = try source.body(at: offset + 1)
        var (count, position) = try source.length(at: start)
        var members: [(keyStart: Int, keyCount: Int, value: Int)] = []
        members.reserveCapacity(count)
        while count > 0 {
            let key = try source.stringBytes(at: position)
            let next = try source.skip(at: key.end)
            guard next <= end else { throw source.failure(at: key.end, "member beyond its object") }
            members.append((key.start, key.count, key.end))
            position = next
            count -= 1
        }
        self.members = members
    }

    var allKeys: [Key] {
        members.compactMap { Key(stringValue: String(decoding: source.bytes[$0.keyStart..<($0.keyStart + $0.keyCount)], as: UTF8.self)) }
    }

    private func valueOffset(_ key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { wanted in
            members.first { member in
                member.keyCount == wanted.count && source.bytes[member.keyStart..<(member.keyStart + member.keyCount)].elementsEqual(wanted)
            }?.value
        }
    }

    private func decoder(_ key: Key) throws -> ValueDecoder {
        guard let offset = valueOffset(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: [], debugDescription: "missing member"))
        }
        return ValueDecoder(source: source, offset: offset)
    }

    func contains(_ key: Key) -> Bool { valueOffset(key) != nil }
    func decodeNil(forKey key: Key) throws -> Bool { try decoder(key).isNil() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder(key).decodeString() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(key).decodeBool() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder(key).decodeDouble() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(key).decodeInteger(Int.self) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let offset = valueOffset(key), try !source.isNull(at: offset) else { return nil }
        return try ValueDecoder(source: source, offset: offset).decodeString()
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let offset = valueOffset(key), try !source.isNull(at: offset) else { return nil }
        return try ValueDecoder(source: source, offset: offset).decodeInteger(Int.self)
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let offset = valueOffset(key), try !source.isNull(at: offset) else { return nil }
        return try ValueDecoder(source: source, offset: offset).decodeDouble()
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let offset = valueOffset(key), try !source.isNull(at: offset) else { return nil }
        return try ValueDecoder(source: source, offset: offset).decodeBool()
    }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(key).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try decoder(key).unkeyedContainer() }
    func superDecoder() throws -> any Decoder {
        throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "superDecoder is not supported"))
    }
    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(key) }
}

private struct ListReader: UnkeyedDecodingContainer {
    let source: ByteSource
    var codingPath: [any CodingKey] { [] }
    let count: Int?
    private(set) var currentIndex = 0
    private var position: Int
    private let end: Int

    init(source: ByteSource, offset: Int) throws(BinaryDecodingError) {
        self.source = source
        guard try source.tag(at: offset) == .list else { throw source.failure(at: offset, "expected a list") }
        let body = try source.body(at: offset + 1)
        let (count, position) = try source.length(at: body.start)
        self.count = count
        self.position = position
        end = body.end
    }

    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    private mutating func next() throws -> ValueDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: [], debugDescription: "the list has no more elements"))
        }
        let decoder = ValueDecoder(source: source, offset: position)
        let next = try source.skip(at: position)
        guard next <= end else { throw source.failure(at: position, "element beyond its list") }
        position = next
        currentIndex += 1
        return decoder
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, try source.tag(at: position) == .null else { return false }
        _ = try next()
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().decodeString() }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decodeDouble() }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decodeInteger(Int.self) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct SingleReader: SingleValueDecodingContainer {
    let decoder: ValueDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    func decodeNil() -> Bool { (try? decoder.isNil()) ?? false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type) }
    func decode(_ type: String.Type) throws -> String { try decoder.decodeString() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.decodeDouble() }
    func decode(_ type: Int.Type) throws -> Int { try decoder.decodeInteger(Int.self) }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.decodeBool() }
}
