import Foundation
import SnapshotCoding

/// `knowledgebase/texts.yaml`: labels, summary templates and disclaimers in every output language.
/// Templates use `{name}` placeholders filled by the interpretation writer.
public struct TextsFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var texts: [String: LocalizedText]
}

/// An output language.
public enum OutputLanguage: String, Hashable, Sendable, CaseIterable, Codable {
    case en
    case ja
}

/// Looks up texts by key and language.
public struct TextCatalog: Sendable {
    public let texts: [String: LocalizedText]

    public init(texts: [String: LocalizedText]) {
        self.texts = texts
    }

    /// The text for a key in a language, with `{name}` placeholders replaced; the key itself when missing
    /// (the loader checks that every key the writers use is present).
    public func text(_ key: String, _ language: OutputLanguage, _ values: [String: String] = [:]) -> String {
        guard let entry = texts[key] else { return key }
        let template = language == .ja ? entry.ja : entry.en
        return values.isEmpty ? template : Self.fill(template, values)
    }

    /// Replaces each `{name}` that `values` has in one pass, so a value that itself contains braces is never
    /// substituted again; other braces stay as written.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result.append(contentsOf: rest[..<open])
            guard let close = rest[open...].firstIndex(of: "}"),
                  let value = values[String(rest[rest.index(after: open)..<close])] else {
                result += "{"
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        result.append(contentsOf: rest)
        return result
    }

    /// The text for a key in every language, with `{name}` placeholders replaced.
    public func localizedText(_ key: String, _ values: [String: String] = [:]) -> LocalizedText {
        LocalizedText(en: text(key, .en, values), ja: text(key, .ja, values))
    }

    /// Whether a key exists.
    public func has(_ key: String) -> Bool { texts[key] != nil }

    /// The text for a key made of a prefix and a value from the data (`report.endpoint.` + `overall survival`) in
    /// `language`, or the value as written when the catalog has no text for it.
    public func term(_ prefix: String, _ value: String, _ language: OutputLanguage) -> String {
        has(prefix + value) ? text(prefix + value, language) : value
    }
}

extension TextCatalog: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        texts = try reader.read()
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.write(texts)
    }
}
