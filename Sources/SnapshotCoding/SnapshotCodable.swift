/// A value stored in a snapshot: written field by field in a fixed order and read back in the same order.
///
/// Conformances are written out by hand (one line per stored property) rather than derived from `Codable`:
/// `Codable`'s keyed containers are generic over each type's `CodingKeys`, and the Swift runtime searches every
/// loaded library's conformance records to instantiate each of them, which cost more than reading the values.
public protocol SnapshotCodable {
    /// Reads the value that ``write(to:)`` wrote.
    init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError)
    /// Appends the value's bytes.
    func write(to writer: inout SnapshotWriter)
}

extension SnapshotCodable {
    /// The bytes of the value, which ``decode(_:)`` reads back.
    public func snapshotBytes() -> [UInt8] {
        var writer = SnapshotWriter()
        write(to: &writer)
        return writer.bytes
    }

    /// The value `bytes` hold; damaged bytes, or bytes left over after the value, are an error, never a crash.
    public static func decode(_ bytes: [UInt8]) throws(SnapshotDecodingError) -> Self {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(SnapshotDecodingError) in try SnapshotReader.read(buffer) { reader throws(SnapshotDecodingError) in try reader.read() } }
        }.get()
    }
}

/// Bytes that are not a snapshot of the type asked for.
public struct SnapshotDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where in the bytes.
    public var offset: Int
    public var problem: String

    public init(offset: Int, problem: String) {
        self.offset = offset
        self.problem = problem
    }

    public var description: String { "byte \(offset): \(problem)" }
}
