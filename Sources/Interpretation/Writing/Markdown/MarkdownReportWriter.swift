import Knowledgebase

/// The tumour-board report as Markdown for pasting into notes: the HTML page's content without pictures.
public enum MarkdownReportWriter {
    private static let templates = Result { () throws(OutputError) -> TemplateSet in
        MarkdownContentType.registered
        return try TemplateSet(MarkdownTemplates.all, entry: "page")
    }

    /// The notes for an interpretation, with texts from the knowledgebase in `language`.
    public static func text(
        _ interpretation: Interpretation, knowledgebase: Knowledgebase, language: OutputLanguage, detail: ReportDetail = .summary
    ) throws(OutputError) -> String {
        try templates.get().render(interpretation, knowledgebase: knowledgebase, language: language, detail: detail)
    }
}
