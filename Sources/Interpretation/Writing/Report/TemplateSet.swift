import Knowledgebase
import Mustache

/// A parsed set of Mustache templates (a page and its partials) that lays out a ``ReportPage``. The HTML and
/// Markdown writers each parse theirs once per process and render every report with it.
struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    private let entry: String

    /// Parses `templates`; `entry` names the one that renders a whole page.
    init(_ templates: [String: String], entry: String) throws(OutputError) {
        var library = MustacheLibrary()
        for name in templates.keys.sorted() {
            do {
                try library.register(templates[name] ?? "", named: name)
            } catch {
                throw .template(name: name, problem: "\(error)")
            }
        }
        self.library = library
        self.entry = entry
    }

    /// The page of an interpretation, with texts from the knowledgebase in `language`, at `detail`.
    func render(
        _ interpretation: Interpretation, knowledgebase: Knowledgebase, language: OutputLanguage, detail: ReportDetail
    ) throws(OutputError) -> String {
        let page = ReportPageBuilder(knowledgebase: knowledgebase, language: language, detail: detail).page(interpretation)
        guard let text = library.render(page, withTemplate: entry) else { throw .template(name: entry, problem: "not registered") }
        return text
    }
}
