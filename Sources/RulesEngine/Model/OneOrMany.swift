/// A YAML value written either as one scalar (`gene: KEAP1`) or as a list (`gene: [KEAP1, NFE2L2]`).
///
/// The element's requirements sit on the conformances, not on the type, so that making the type's metadata (as
/// reading a snapshot does) needs no search of the program's conformance records.
public struct OneOrMany<Element> {
    public var values: [Element]
}

extension OneOrMany: Equatable where Element: Equatable {}
extension OneOrMany: Hashable where Element: Hashable {}
extension OneOrMany: Sendable where Element: Sendable {}

extension OneOrMany: Codable where Element: Codable {
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
