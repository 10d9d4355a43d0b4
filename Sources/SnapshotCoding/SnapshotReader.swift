/// Reads the values a ``SnapshotWriter`` wrote, in the same order, straight from the bytes (no copy). Every
/// read is bounds-checked.
///
/// A reader exists only inside ``read(_:from:_:)``, which lends it the bytes. The reads are inlinable, so that
/// each module's conformances get them specialised for its own types rather than looking up generic metadata
/// at run time.
public struct SnapshotReader {
    @usableFromInline let bytes: UnsafeRawBufferPointer
    /// The offset of the next byte to read.
    @usableFromInline var position: Int

    @usableFromInline init(bytes: UnsafeRawBufferPointer, position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// Reads `bytes` from `offset` on (after a header, say) with `body`, which must read them to the end; the
    /// reader must not outlive `body`.
    public static func read<Value>(
        _ bytes: UnsafeRawBufferPointer, from offset: Int = 0, _ body: (inout SnapshotReader) throws(SnapshotDecodingError) -> Value
    ) throws(SnapshotDecodingError) -> Value {
        var reader = SnapshotReader(bytes: bytes, position: min(max(offset, 0), bytes.count))
        let value = try body(&reader)
        guard reader.position == bytes.count else { throw reader.failure("\(bytes.count - reader.position) bytes left after the value") }
        return value
    }

    /// Reads a value of the type the context asks for: `(name, items) = try (reader.read(), reader.read())`.
    @inlinable public mutating func read<Value: SnapshotCodable>() throws(SnapshotDecodingError) -> Value {
        try Value(snapshot: &self)
    }

    /// An error at the current offset.
    @inlinable public func failure(_ problem: String) -> SnapshotDecodingError {
        SnapshotDecodingError(offset: position, problem: problem)
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
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)]), as: UTF8.self)
    }
}
