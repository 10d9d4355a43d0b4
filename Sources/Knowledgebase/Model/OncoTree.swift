import Foundation
import SnapshotCoding

/// The pinned OncoTree release: codes, names and the parent of each node, with lookups that rules need
/// (a code's ancestors, whether one type lies under another) and diagnosis-text matching.
public struct OncoTree: Sendable {
    /// The release name, e.g. `oncotree_2025_10_03`.
    public let release: String
    public let license: String
    public let attribution: String
    private let nodesByCode: [String: OncoTreeNode]

    init(file: OncoTreeFile) {
        release = file.release
        license = file.license
        attribution = file.attribution
        nodesByCode = Dictionary(file.nodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every code in the release.
    public var codes: [String] { nodesByCode.keys.sorted() }

    /// The node for a code (case-insensitive), or nil.
    public func node(_ code: String) -> OncoTreeNode? {
        nodesByCode[code.uppercased()]
    }

    /// The code and its ancestors, nearest first, ending at the root (`LUSC`, `NSCLC`, `LUNG`, `TISSUE`).
    public func lineage(of code: String) -> [String] {
        var result: [String] = []
        var current = node(code)
        while let node = current, !result.contains(node.code) {
            result.append(node.code)
            current = node.parent.flatMap { nodesByCode[$0] }
        }
        return result
    }

    /// True when the code is a tissue (organ) node: a child of the root, naming no histology (`LUNG`, `STOMACH`).
    public func isTissue(_ code: String) -> Bool {
        lineage(of: code).count == 2
    }

    /// Codes whose names contain every word of `text` (at least three letters each), for suggestions by name.
    public func codesNamed(containing text: String, limit: Int = 5) -> [String] {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 3 }
        guard !words.isEmpty else { return [] }
        return nodesByCode.values.filter { node in
            let name = node.name.lowercased()
            return words.allSatisfy(name.contains)
        }.map(\.code).sorted().prefix(limit).map { $0 }
    }

    /// True when `code` is `ancestor` or lies below it.
    public func code(_ code: String, isWithin ancestor: String) -> Bool {
        lineage(of: code).contains(ancestor.uppercased())
    }

    /// Codes that look most like an unknown code or name, for "did you mean" messages.
    public func closestCodes(to text: String, limit: Int = 5) -> [String] {
        let query = text.uppercased()
        let scored = nodesByCode.values.map { node -> (Int, String) in
            let codeDistance = EditDistance.between(query, node.code)
            let nameDistance = EditDistance.between(query, node.name.uppercased())
            return (min(codeDistance, nameDistance), node.code)
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.1)
    }
}

/// Levenshtein distance on Unicode scalars.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}

extension OncoTree: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (release, license, attribution, nodesByCode) = try (reader.read(), reader.read(), reader.read(), reader.read())
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.write(release, license, attribution, nodesByCode)
    }
}
