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

    /// Writes an interpretation in this format; `language` chooses the texts of HTML, Markdown and FHIR, `detail`
    /// how much of the evidence the HTML and Markdown pages print.
    public func text(
        _ interpretation: Interpretation, knowledgebase: Knowledgebase, language: OutputLanguage, detail: ReportDetail = .summary
    ) throws(OutputError) -> String {
        switch self {
        case .json: return InterpretationJSON.text(interpretation)
        case .html: return try HTMLReportWriter.text(interpretation, knowledgebase: knowledgebase, language: language, detail: detail)
        case .markdown: return try MarkdownReportWriter.text(interpretation, knowledgebase: knowledgebase, language: language, detail: detail)
        case .fhir: return FHIRBundleWriter.text(interpretation, knowledgebase: knowledgebase, language: language)
        }
    }
}

/// How much a tumour-board page prints.
public enum ReportDetail: String, Hashable, Sendable, CaseIterable {
    /// Page one (alteration table, summary, relevant therapies and trials) and a compact card per alteration:
    /// the evidence that applies to the patient, without effect tables, survival plots or the rules audit, which
    /// the page counts and `full` prints. A one-alteration report fits on a few A4 pages.
    case summary
    /// Everything: every statement with its effect sizes and plots, evidence from other tumour types, the full
    /// evidence list and the rules audit (fired and not fired).
    case full
}
