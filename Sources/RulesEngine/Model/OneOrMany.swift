/// A YAML value written either as one scalar (`gene: KEAP1`) or as a list (`gene: [KEAP1, NFE2L2]`).
public struct OneOrMany<Element: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var values: [Element]
    private var writtenAsList: Bool

    public init(_ values: [Element]) {
        self.values = values
        writtenAsList = values.count != 1
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([Element].self) {
            values = list
            writtenAsList = true
        } else {
            values = [try container.decode(Element.self)]
            writtenAsList = false
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if writtenAsList || values.count != 1 {
            try container.encode(values)
        } else if let only = values.first {
            try container.encode(only)
        }
    }
}
