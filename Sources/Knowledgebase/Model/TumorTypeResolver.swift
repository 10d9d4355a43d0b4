import Foundation
import SnapshotCoding

/// How a tumour type was matched to an OncoTree code.
public enum TumorTypeMatchMethod: String, Hashable, Sendable, Codable {
    /// The text is an OncoTree code.
    case code
    /// The text is an OncoTree node name.
    case name
    /// The text is a curated synonym (including Japanese diagnosis names).
    case synonym
    /// The text is an OncoTree tissue name followed by the name of a node under that tissue, as FoundationOne's
    /// disease ontology writes diagnoses (`Bone osteosarcoma`).
    case tissueAndName
}

/// A tumour type matched to OncoTree.
public struct TumorTypeMatch: Hashable, Sendable {
    public var code: String
    public var method: TumorTypeMatchMethod
    /// The text that matched, as given.
    public var matchedText: String

    public init(code: String, method: TumorTypeMatchMethod, matchedText: String) {
        self.code = code
        self.method = method
        self.matchedText = matchedText
    }
}

/// Maps diagnosis text (English or Japanese) and codes to OncoTree codes, and answers group membership.
public struct TumorTypeResolver: Sendable {
    private let oncotree: OncoTree
    private let byNormalizedName: [String: String]
    private let bySynonym: [String: String]
    /// Every code a normalised node name belongs to (names OncoTree reuses in several organs have several).
    private let codesByName: [String: Set<String>]
    /// Tissue nodes by normalised name (`bone` → BONE).
    private let tissuesByName: [String: String]
    private let ignoredLeadingWords: Set<String>
    private let groups: [String: TumorGroup]

    init(oncotree: OncoTree, nodes: [OncoTreeNode], file: TumorTypesFile) {
        self.oncotree = oncotree
        var codesByName: [String: Set<String>] = [:]
        for node in nodes { codesByName[Self.normalize(node.name), default: []].insert(node.code) }
        self.codesByName = codesByName
        byNormalizedName = codesByName.compactMapValues { $0.count == 1 ? $0.first : nil }
        tissuesByName = Dictionary(
            nodes.filter { oncotree.isTissue($0.code) }.map { (Self.normalize($0.name), $0.code) }, uniquingKeysWith: { first, _ in first })
        ignoredLeadingWords = Set((file.ignoredLeadingWords ?? []).map(Self.normalize))
        var synonyms: [String: String] = [:]
        for entry in file.synonyms {
            for text in entry.texts { synonyms[Self.normalize(text)] = entry.code }
        }
        bySynonym = synonyms
        groups = Dictionary(file.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Matches a code, an OncoTree name that names one node only (OncoTree reuses some names in several organs:
    /// `Choriocarcinoma` alone does not say which is meant), a synonym, or a tissue name followed by the name of
    /// a node under it; nil when nothing matches. Leading words the knowledgebase lists as not naming the tumour
    /// (`ignoredLeadingWords`, e.g. FoundationOne's `PEDIATRIC`) are set aside when the whole text matches nothing.
    public func match(_ text: String) -> TumorTypeMatch? {
        let trimmed = text.trimmingWhitespace(newlines: true)
        guard !trimmed.isEmpty else { return nil }
        if let node = oncotree.node(trimmed) {
            return TumorTypeMatch(code: node.code, method: .code, matchedText: text)
        }
        var words = Self.normalize(trimmed).split(separator: " ").map(String.init)
        while !words.isEmpty {
            if let (code, method) = match(words: words) {
                return TumorTypeMatch(code: code, method: method, matchedText: text)
            }
            guard let first = words.first, ignoredLeadingWords.contains(first) else { break }
            words.removeFirst()
        }
        return nil
    }

    private func match(words: [String]) -> (String, TumorTypeMatchMethod)? {
        let key = words.joined(separator: " ")
        if let code = byNormalizedName[key] { return (code, .name) }
        if let code = bySynonym[key] { return (code, .synonym) }
        for split in 1..<max(words.count, 1) {
            guard let tissue = tissuesByName[words[..<split].joined(separator: " ")],
                  let candidates = codesByName[words[split...].joined(separator: " ")] else { continue }
            let underTissue = candidates.filter { oncotree.code($0, isWithin: tissue) }
            if underTissue.count == 1, let code = underTissue.first { return (code, .tissueAndName) }
        }
        return nil
    }

    /// OncoTree codes to suggest for an unknown code or text: what a synonym (a TCGA study abbreviation, a
    /// diagnosis name) maps to, its tissue, codes whose names contain its words, then the closest by spelling.
    public func suggestions(for text: String, limit: Int = 6) -> [String] {
        var result: [String] = []
        func add(_ codes: [String]) {
            for code in codes where !result.contains(code) { result.append(code) }
        }
        if let code = bySynonym[Self.normalize(text)] {
            add([code])
            if let tissue = oncotree.lineage(of: code).first(where: oncotree.isTissue), tissue != code { add([tissue]) }
        }
        add(oncotree.codesNamed(containing: text))
        add(oncotree.closestCodes(to: text))
        return Array(result.prefix(limit))
    }

    /// The ids of every group the code belongs to, sorted.
    public func groupIDs(containing code: String) -> [String] {
        groups.keys.filter { self.code(code, isIn: $0) }.sorted()
    }

    /// The group with this id, if any.
    public func group(_ id: String) -> TumorGroup? { groups[id] }

    /// True when the code or one of its ancestors is listed in the group.
    public func code(_ code: String, isIn groupID: String) -> Bool {
        guard let group = groups[groupID] else { return false }
        let lineage = Set(oncotree.lineage(of: code))
        return group.codes.contains { lineage.contains($0) }
    }

    /// Unicode NFKC (full-width to half-width, composed forms), case folding, hyphens as spaces,
    /// whitespace collapsed. ASCII text (every OncoTree name) skips the NFKC step, which it cannot change.
    static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return normalizeASCII(text) }
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased().replacingOccurrences(of: "-", with: " ")
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The same normalisation for ASCII text, in one pass over the bytes.
    private static func normalizeASCII(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "-")
            if isSpace {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

// MARK: - Snapshot

extension TumorTypeResolver {
    /// Reads the tables ``writeTables(to:)`` wrote; the OncoTree is the knowledgebase's, stored once beside them.
    init(oncotree: OncoTree, snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        self.oncotree = oncotree
        (byNormalizedName, bySynonym, codesByName, tissuesByName, ignoredLeadingWords, groups) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }

    /// Appends the lookup tables (not the OncoTree) to a snapshot.
    func writeTables(to writer: inout SnapshotWriter) {
        writer.write(byNormalizedName, bySynonym, codesByName, tissuesByName, ignoredLeadingWords, groups)
    }
}
