import Knowledgebase

/// The formats `annotate --output` writes.
public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
    /// The interpretation JSON (contract 1.0), for systems; language-neutral (it holds both languages).
    case json
    /// The tumour-board page: one self-contained HTML file.
    case html
    /// The tumour-board page as Markdown, for notes.
    case markdown
    /// An HL7 FHIR R4 Bundle following the Genomics Reporting IG.
    case fhir

    /// Writes an interpretation in this format; `language` chooses the texts of HTML, Markdown and FHIR.
    public func text(_ interpretation: Interpretation, knowledgebase: Knowledgebase, language: OutputLanguage) throws(OutputError) -> String {
        switch self {
        case .json: return InterpretationJSON.text(interpretation)
        case .html: return try HTMLReportWriter.text(interpretation, knowledgebase: knowledgebase, language: language)
        case .markdown: return try MarkdownReportWriter.text(interpretation, knowledgebase: knowledgebase, language: language)
        case .fhir: return FHIRBundleWriter.text(interpretation, knowledgebase: knowledgebase, language: language)
        }
    }
}
