import Knowledgebase

/// The texts of one output language from `knowledgebase/texts.yaml`: labels, sentences and the bilingual
/// values of the interpretation. Nothing a reader sees is written in Swift.
struct ReportTexts {
    /// The prefix of the keys that label report pages; the templates see them without it.
    static let labelPrefix = "report."

    let catalog: TextCatalog
    let language: OutputLanguage

    /// The text for a key with `{name}` placeholders filled.
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        catalog.text(key, language, values)
    }

    /// The text for a key made of a prefix and a value from the data (`direction.worse`), or the value itself
    /// when the catalog has no text for it.
    func term(_ prefix: String, _ value: String) -> String {
        catalog.term(prefix, value, language)
    }

    /// A bilingual value in this language.
    func localized(_ text: LocalizedText) -> String { language == .ja ? text.ja : text.en }

    /// The name of an evidence-level framework, e.g. `AMP/ASCO/CAP 2017`.
    func framework(_ id: String) -> String { self("report.framework.\(id)") }

    /// An assigned level as shown; nil when no sourced level applies. Tiers belong to alterations, not statements.
    func level(_ level: AssignedLevel) -> String? { level.level }

    /// Every `report.*` label, keyed without the prefix, for the templates.
    var labels: [String: String] {
        var labels: [String: String] = [:]
        for key in catalog.texts.keys where key.hasPrefix(Self.labelPrefix) {
            labels[String(key.dropFirst(Self.labelPrefix.count))] = catalog.text(key, language)
        }
        return labels
    }
}
