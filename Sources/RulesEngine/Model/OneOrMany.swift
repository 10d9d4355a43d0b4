/// A YAML value written either as one scalar (`gene: KEAP1`) or as a list (`gene: [KEAP1, NFE2L2]`).
public struct OneOrMany<Element: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var values: [Element]

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([Element].self) {
            values = list
        } else {
            values = [try container.decode(Element.self)]
        }
    }

    /// Writes one value as a scalar and several as a list.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if values.count == 1, let only = values.first {
            try container.encode(only)
        } else {
            try container.encode(values)
        }
    }
}
