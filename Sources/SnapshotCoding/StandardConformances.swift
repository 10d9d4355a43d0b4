// The standard types the snapshot's values are made of.

extension String: SnapshotCodable {
    @inlinable public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) { self = try reader.readString() }
    public func write(to writer: inout SnapshotWriter) { writer.writeString(self) }
}

extension Int: SnapshotCodable {
    @inlinable public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        let zigzag = try reader.readVarint()
        self = Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    public func write(to writer: inout SnapshotWriter) {
        let value = Int64(self)
        writer.writeVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }
}

extension Double: SnapshotCodable {
    @inlinable public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        var pattern: UInt64 = 0
        for index in 0..<8 { pattern |= UInt64(try reader.readByte()) << (8 * UInt64(index)) }
        self = Double(bitPattern: pattern)
    }

    public func write(to writer: inout SnapshotWriter) {
        for index in 0..<8 { writer.writeByte(UInt8(truncatingIfNeeded: bitPattern >> (8 * UInt64(index)))) }
    }
}

extension Bool: SnapshotCodable {
    @inlinable public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        switch try reader.readByte() {
        case 0: self = false
        case 1: self = true
        default: throw reader.failure("expected a boolean")
        }
    }

    public func write(to writer: inout SnapshotWriter) { writer.writeByte(self ? 1 : 0) }
}

extension Optional: SnapshotCodable where Wrapped: SnapshotCodable {
    @inlinable public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        self = try Bool(snapshot: &reader) ? .some(try reader.read()) : .none
    }

    public func write(to writer: inout SnapshotWriter) {
        (self != nil).write(to: &writer)
        self?.write(to: &writer)
    }
}

extension Array: SnapshotCodable where Element: SnapshotCodable {
    @inlinable public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        let count = try reader.readCount()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try reader.read()) }
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.writeVarint(UInt64(count))
        for element in self { element.write(to: &writer) }
    }
}

/// Written in key order, so that the same dictionary always gives the same bytes.
extension Dictionary: SnapshotCodable where Key: SnapshotCodable & Comparable, Value: SnapshotCodable {
    @inlinable public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        let count = try reader.readCount()
        self = [:]
        reserveCapacity(count)
        for _ in 0..<count {
            let key: Key = try reader.read()
            guard updateValue(try reader.read(), forKey: key) == nil else { throw reader.failure("duplicate key") }
        }
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.writeVarint(UInt64(count))
        for key in keys.sorted() {
            key.write(to: &writer)
            self[key]?.write(to: &writer)
        }
    }
}

/// Written in order, so that the same set always gives the same bytes.
extension Set: SnapshotCodable where Element: SnapshotCodable & Comparable {
    @inlinable public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        let elements: [Element] = try reader.read()
        self.init(elements)
        guard count == elements.count else { throw reader.failure("duplicate set element") }
    }

    public func write(to writer: inout SnapshotWriter) { writer.write(sorted()) }
}

/// An enumeration stored as its raw string.
extension SnapshotCodable where Self: RawRepresentable, RawValue == String {
    @inlinable public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        let raw = try reader.readString()
        guard let value = Self(rawValue: raw) else { throw reader.failure("unknown value '\(raw)'") }
        self = value
    }

    public func write(to writer: inout SnapshotWriter) { writer.writeString(rawValue) }
}
