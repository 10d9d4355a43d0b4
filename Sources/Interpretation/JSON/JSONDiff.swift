import StrictDecoding

/// The fields in which two JSON documents differ, as JSONPath-style locations (`$.alterations[0].oncogenicity`,
/// `$.evidence["ccat2024-freq"]`), in document order with object members sorted.
public enum JSONDiff {
    /// Every location where `old` and `new` hold different values. A member or element present on one side
    /// only is reported at its own location; differing scalars, or values of different kinds, at theirs.
    public static func differences(_ old: JSONValue, _ new: JSONValue) -> [String] {
        changes(old, new).map(\.path)
    }

    /// One location where two documents differ, with the value on each side (nil where it is absent).
    public struct Change: Hashable, Sendable {
        public var path: String
        public var old: JSONValue?
        public var new: JSONValue?
    }

    /// Every location where `old` and `new` hold different values, as ``differences(_:_:)`` lists them, with
    /// the values; `path` is the location of the documents' root (`$`, or e.g. `$.provenance` for a part).
    public static func changes(_ old: JSONValue, _ new: JSONValue, path: String = "$") -> [Change] {
        var found: [Change] = []
        compare(old, new, path: path, into: &found)
        return found
    }

    private static func compare(_ old: JSONValue, _ new: JSONValue, path: String, into found: inout [Change]) {
        switch (old, new) {
        case (.object(let left), .object(let right)):
            let keys = Set(left.keys).union(right.keys).sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
            for key in keys {
                let child = path + member(key)
                guard let leftValue = left[key], let rightValue = right[key] else {
                    found.append(Change(path: child, old: left[key], new: right[key]))
                    continue
                }
                compare(leftValue, rightValue, path: child, into: &found)
            }
        case (.array(let left), .array(let right)):
            for index in 0..<max(left.count, right.count) {
                let child = "\(path)[\(index)]"
                guard index < left.count, index < right.count else {
                    found.append(Change(path: child, old: index < left.count ? left[index] : nil, new: index < right.count ? right[index] : nil))
                    continue
                }
                compare(left[index], right[index], path: child, into: &found)
            }
        default:
            if !sameScalar(old, new) { found.append(Change(path: path, old: old, new: new)) }
        }
    }

    /// Numbers compare by value (`1` and `1.0` are the same number in JSON).
    private static func sameScalar(_ old: JSONValue, _ new: JSONValue) -> Bool {
        switch (old, new) {
        case (.int(let left), .double(let right)), (.double(let right), .int(let left)): return Double(left) == right
        default: return old == new
        }
    }

    /// The location of member `key` below an object: `.name` for identifier-like keys, `["key"]` (JSON-escaped) otherwise.
    public static func member(_ key: String) -> String {
        let isIdentifier = key.first.map { $0.isLetter || $0 == "_" } == true && key.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
        return isIdentifier ? "." + key : "[" + JSONSerializer.canonical(.string(key)) + "]"
    }
}
