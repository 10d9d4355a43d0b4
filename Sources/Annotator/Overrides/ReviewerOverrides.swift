import Foundation
import Knowledgebase
import Normalization
import ReportModel
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
    /// The fields that hold one decision: two overrides of one of them for the same alteration conflict.
    /// (Comments add up.)
    static let decisionFields: Set = ["oncogenicity", "effect"]

    public let overrides: [ReviewerOverride]
    public let sha256: String
    /// The file's name, for messages.
    public let file: String

    public init(overrides: [ReviewerOverride], sha256: String, file: String = "overrides") {
        self.overrides = overrides
        self.sha256 = sha256
        self.file = file
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
            try check(entry, location: "\(file): $.overrides[\(index)]")
        }
        return ReviewerOverrides(overrides: parsed.overrides, sha256: FileDigest.sha256(data), file: file)
    }

    private static func check(_ entry: ReviewerOverride, location: String) throws(AnnotatorError) {
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
        if let date = entry.date, !CalendarDate.isValid(date) {
            throw .invalidArgument("\(location).date: expected a calendar date as YYYY-MM-DD, found '\(date)'")
        }
    }

    /// The overrides for each alteration (by index). Every override must match exactly one alteration, and no
    /// two may set the same decision field of one alteration. `normalizer` reads each override's alteration
    /// text the way the report's alterations were read, so every spelling of a change matches it.
    func assign(to alterations: [NormalizedAlteration], normalizer: Normalizer) throws(AnnotatorError) -> [Int: [ReviewerOverride]] {
        var result: [Int: [ReviewerOverride]] = [:]
        var decided: [String: Int] = [:]  // "alteration index/field" → override index
        for (entryIndex, entry) in overrides.enumerated() {
            let location = "\(file): $.overrides[\(entryIndex)]"
            let target = OverrideTarget(entry.alteration, normalizer: normalizer)
            let matches = alterations.indices.filter { target.matches(alterations[$0], among: alterations) }
            guard matches.count == 1, let index = matches.first else {
                let known = alterations.map { "\($0.gene) \($0.hgvspShort ?? $0.hgvsc ?? $0.source)" }.joined(separator: "; ")
                throw .invalidArgument("\(location).alteration: '\(entry.alteration)' matches \(matches.count) alterations; it must match exactly one of: \(known)")
            }
            if Self.decisionFields.contains(entry.field) {
                let key = "\(index)/\(entry.field)"
                if let earlier = decided[key] {
                    throw .invalidArgument("\(location): sets \(entry.field) of '\(entry.alteration)' to '\(entry.value)', but $.overrides[\(earlier)] already sets it to '\(overrides[earlier].value)'; keep one of the two")
                }
                decided[key] = entryIndex
            }
            result[index, default: []].append(entry)
        }
        return result
    }
}

/// The alteration an override names: its gene, its change as written, and the change normalised.
struct OverrideTarget {
    let text: String
    let gene: String
    let change: String?
    let normalized: NormalizedAlteration?

    init(_ text: String, normalizer: Normalizer) {
        self.text = text
        let parts = text.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let gene = parts.first ?? "", change = parts.count == 2 ? parts[1] : nil
        self.gene = gene
        self.change = change
        normalized = change.flatMap { Self.normalize(gene: gene, change: $0, normalizer: normalizer) }
    }

    /// The change read as `lookup` reads a variant; nil when it cannot be interpreted.
    private static func normalize(gene: String, change: String, normalizer: Normalizer) -> NormalizedAlteration? {
        let isCoding = Normalizer.looksLikeCodingDNA(change)
        let variant = ShortVariant(gene: gene, hgvsc: isCoding ? change : nil, hgvsp: isCoding ? nil : change, location: SourceLocation("override"))
        let result = normalizer.normalize(PatientReport(shortVariants: [variant])).inScope.first
        return result?.disposition == .interpreted ? result : nil
    }

    func matches(_ alteration: NormalizedAlteration, among all: [NormalizedAlteration]) -> Bool {
        guard gene.uppercased() == alteration.gene.uppercased() else { return false }
        guard let change else {
            return all.filter { $0.gene.uppercased() == gene.uppercased() }.count == 1
        }
        return matchesAsWritten(change, alteration) || matchesNormalized(alteration)
    }

    private func matchesAsWritten(_ change: String, _ alteration: NormalizedAlteration) -> Bool {
        let names = [alteration.hgvspShort, alteration.hgvsp, alteration.hgvsc, alteration.source]
            .compactMap { $0 }
            .flatMap { [$0, $0.replacingOccurrences(of: "p.", with: ""), $0.replacingOccurrences(of: "c.", with: "")] }
        return names.contains(change) || alteration.source == text
    }

    /// Same coding change when both have one; otherwise the same protein change (predicted or stated).
    private func matchesNormalized(_ alteration: NormalizedAlteration) -> Bool {
        guard let normalized, alteration.disposition == .interpreted else { return false }
        if let own = normalized.hgvsc, let other = alteration.hgvsc { return own == other }
        guard let own = normalized.hgvsp, let other = alteration.hgvsp else { return false }
        return Self.withoutPrediction(own) == Self.withoutPrediction(other)
    }

    /// `p.(Glu79Lys)` → `p.Glu79Lys`.
    private static func withoutPrediction(_ protein: String) -> String {
        guard protein.hasPrefix("p.("), protein.hasSuffix(")") else { return protein }
        return "p." + protein.dropFirst(3).dropLast()
    }
}
