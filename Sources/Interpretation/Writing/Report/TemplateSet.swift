import Mustache

/// A parsed set of Mustache templates (a page and its partials).
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

    /// Renders a page.
    func render(_ page: ReportPage) throws(OutputError) -> String {
        guard let text = library.render(page, withTemplate: entry) else { throw .template(name: entry, problem: "not registered") }
        return text
    }
}
