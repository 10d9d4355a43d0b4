/// Reads the values a ``SnapshotWriter`` wrote, in the same order. Every read is bounds-checked.
///
/// The reads are inlinable, so that each module's conformances get them specialised for its own types rather
/// than looking up generic metadata at run time.
public struct SnapshotReader {
    @usableFromInline let bytes: [UInt8]
    @usableFromInline var position = 0

    /// A reader of `bytes` from `offset` on (after a header, say) to their end.
    public init(bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        position = offset
    }

    /// The offset of the next byte to read.
    public var offset: Int { position }

    /// Reads a value of the type the context asks for: `(name, items) = try (reader.read(), reader.read())`.
    @inlinable public mutating func read<Value: SnapshotCodable>() throws(SnapshotDecodingError) -> Value {
        try Value(snapshot: &self)
    }

    /// An error at the current offset.
    @inlinable public func failure(_ problem: String) -> SnapshotDecodingError {
        SnapshotDecodingError(offset: offset, problem: problem)
    }

    /// Reads one byte.
    @inlinable public mutating func readByte() throws(SnapshotDecodingError) -> UInt8 {
        guard position < bytes.count else { throw failure("unexpected end of data") }
        defer { position += 1 }
        return bytes[position]
    }

    /// Reads an unsigned LEB128 integer.
    @inlinable public mutating func readVarint() throws(SnapshotDecodingError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard shift < 64 else { throw failure("integer too long") }
            let byte = try readByte()
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// Reads a count of items or bytes that follow; a count larger than the bytes left is an error (each item
    /// takes at least one byte), so damaged bytes never ask for a huge allocation.
    @inlinable public mutating func readCount() throws(SnapshotDecodingError) -> Int {
        let count = try readVarint()
        guard count <= UInt64(bytes.count - position) else { throw failure("count \(count) beyond the end of data") }
        return Int(count)
    }

    /// Reads a string's length and UTF-8 bytes.
    @inlinable public mutating func readString() throws(SnapshotDecodingError) -> String {
        let count = try readCount()
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }

    /// Checks that every byte was read.
    public func finish() throws(SnapshotDecodingError) {
        guard position == bytes.count else { throw failure("\(bytes.count - position) bytes left after the value") }
    }
}
