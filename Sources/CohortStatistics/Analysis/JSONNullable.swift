/// Encodes an optional value as an explicit JSON `null` instead of leaving its key out, so
/// every result document has the same keys (e.g. `"median": null` when the median is not
/// reached). Decoding accepts `null` or a missing key.
@propertyWrapper
public struct JSONNullable<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    /// The value, `nil` when not available.
    public var wrappedValue: Value?

    /// Wraps a value.
    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    /// Decodes a value or `null`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    /// Encodes the value or `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension KeyedDecodingContainer {
    /// Lets a ``JSONNullable`` property be absent from the input, not only `null`.
    public func decode<Value>(_ type: JSONNullable<Value>.Type, forKey key: Key) throws -> JSONNullable<Value> {
        try decodeIfPresent(type, forKey: key) ?? JSONNullable(wrappedValue: nil)
    }
}
