import Foundation
import Knowledgebase
import Normalization
import RulesEngine
import StrictDecoding

/// `annotate --overrides FILE`: changes a reviewer makes to the rules' conclusions, with who and why.
public struct ReviewerOverrideFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var overrides: [ReviewerOverride]
}

/// One reviewer change.
public struct ReviewerOverride: Codable, Hashable, Sendable {
    /// The alteration: gene and change as in the interpretation (`KEAP1 p.G333C`, `KEAP1 p.Gly333Cys`,
    /// `KEAP1 c.997G>T`), or the gene alone when the report has one alteration of it.
    public var alteration: String
    /// `oncogenicity`, `effect` or `comment`.
    public var field: String
    public var value: String
    /// Who made the change (a name, role or id; never a patient identifier).
    public var reviewer: String
    public var reason: String
    /// When, as `YYYY-MM-DD`, if given.
    public var date: String?
}

/// Overrides read from a file, with the file's SHA-256 for the provenance block.
public struct ReviewerOverrides: Sendable {
    public static let fields: Set = ["oncogenicity", "effect", "comment"]

    public let overrides: [ReviewerOverride]
    public let sha256: String

    public init(overrides: [ReviewerOverride], sha256: String) {
        self.overrides = overrides
        self.sha256 = sha256
    }

    /// Reads and checks an overrides file.
    public static func load(_ data: Data, file: String) throws(AnnotatorError) -> ReviewerOverrides {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidArgument("\(file): not UTF-8 text")
        }
        let parsed: ReviewerOverrideFile
        do {
            parsed = try StrictDecoder.decodeYAML(ReviewerOverrideFile.self, from: text, file: file)
        } catch {
            throw .invalidArgument(error.description)
        }
        for (index, entry) in parsed.overrides.enumerated() {
            let location = "\(file): $.overrides[\(index)]"
            guard fields.contains(entry.field) else {
                throw .invalidArgument("\(location).field: expected one of \(fields.sorted().joined(separator: ", ")), found '\(entry.field)'")
            }
            let allowed: Set<String>? = entry.field == "oncogenicity" ? RuleVocabulary.oncogenicity : entry.field == "effect" ? RuleVocabulary.effects : nil
            if let allowed, !allowed.contains(entry.value) {
                throw .invalidArgument("\(location).value: expected one of \(allowed.sorted().joined(separator: ", ")) for \(entry.field), found '\(entry.value)'")
            }
            for (name, value) in [("reviewer", entry.reviewer), ("reason", entry.reason), ("alteration", entry.alteration)]
            where value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw .invalidArgument("\(location).\(name): must not be empty")
            }
        }
        return ReviewerOverrides(overrides: parsed.overrides, sha256: FileDigest.sha256(data))
    }

    /// The overrides for each alteration (by index). Every override must match exactly one alteration.
    func assign(to alterations: [NormalizedAlteration]) throws(AnnotatorError) -> [Int: [ReviewerOverride]] {
        var result: [Int: [ReviewerOverride]] = [:]
        for entry in overrides {
            let matches = alterations.indices.filter { Self.matches(entry.alteration, alterations[$0], among: alterations) }
            guard matches.count == 1, let index = matches.first else {
                let known = alterations.map { "\($0.gene) \($0.hgvspShort ?? $0.hgvsc ?? $0.source)" }.joined(separator: "; ")
                throw .invalidArgument("override for '\(entry.alteration)' matches \(matches.count) alterations; it must match exactly one of: \(known)")
            }
            result[index, default: []].append(entry)
        }
        return result
    }

    static func matches(_ text: String, _ alteration: NormalizedAlteration, among all: [NormalizedAlteration]) -> Bool {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let gene = parts.first, gene.uppercased() == alteration.gene.uppercased() else { return false }
        guard parts.count == 2 else {
            return all.filter { $0.gene.uppercased() == gene.uppercased() }.count == 1
        }
        let change = parts[1].trimmingCharacters(in: .whitespaces)
        let names = [alteration.hgvspShort, alteration.hgvsp, alteration.hgvsc, alteration.source]
            .compactMap { $0 }
            .flatMap { [$0, $0.replacingOccurrences(of: "p.", with: ""), $0.replacingOccurrences(of: "c.", with: "")] }
        return names.contains(change) || alteration.source == text
    }
}
