import Knowledgebase

/// The tumour-board report as one self-contained HTML page (inline CSS and SVG, no scripts, fonts or
/// network access), printable on A4, in English or Japanese.
public enum HTMLReportWriter {
    private static let templates = Result { () throws(OutputError) -> TemplateSet in try TemplateSet(HTMLTemplates.all, entry: "page") }

    /// The page for an interpretation, with texts from the knowledgebase in `language`.
    public static func text(
        _ interpretation: Interpretation, knowledgebase: Knowledgebase, language: OutputLanguage, detail: ReportDetail = .summary
    ) throws(OutputError) -> String {
        try templates.get().render(interpretation, knowledgebase: knowledgebase, language: language, detail: detail)
    }
}
