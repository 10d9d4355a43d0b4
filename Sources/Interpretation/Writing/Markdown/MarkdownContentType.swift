import Mustache

/// Escaping for values written into Markdown: characters that would start emphasis, code, links, HTML or
/// table cells are backslash-escaped, and line breaks become spaces, so that a value never changes the
/// structure of the notes it is pasted into.
struct MarkdownContentType: MustacheContentType {
    /// The name templates select it by: `{{% CONTENT_TYPE: MARKDOWN}}`.
    static let name = "MARKDOWN"

    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "|", "~"]

    func escapeText(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            if character.isNewline {
                escaped.append(" ")
            } else {
                if Self.special.contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
        }
        return escaped
    }

    /// Registers the content type with the template engine (once; templates are parsed after this).
    static let registered: Void = MustacheContentTypes.register(MarkdownContentType(), named: name)
}
