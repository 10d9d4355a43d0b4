/// Appends values in the snapshot form: integers zig-zag LEB128, doubles as their 8-byte little-endian bit
/// pattern, booleans and optionals' presence as one byte, strings and collections as a count and their contents.
public struct SnapshotWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// Appends values, in order: `writer.write(name, items)`.
    public mutating func write<each Value: SnapshotCodable>(_ values: repeat each Value) {
        repeat (each values).write(to: &self)
    }

    /// Appends an unsigned LEB128 integer.
    public mutating func writeVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends a byte.
    public mutating func writeByte(_ byte: UInt8) { bytes.append(byte) }

    /// Appends a string's length and its UTF-8 bytes.
    public mutating func writeString(_ text: String) {
        let utf8 = text.utf8
        writeVarint(UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
    }
}
