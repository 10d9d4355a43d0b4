import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A page parsed with Foundation's `XMLParser` (libxml2's strict XML parser on Linux): the HTML report is
/// written as well-formed XML (every element closed, attributes quoted, only XML entities), so an unbalanced
/// tag or a stray `<` or `&` fails here. Keeps what the tests ask about: element counts, attributes, text.
final class ParsedPage: NSObject, XMLParserDelegate {
    private(set) var elementCounts: [String: Int] = [:]
    /// Every attribute value by attribute name, in document order.
    private(set) var attributes: [String: [String]] = [:]
    /// The `lang` attribute of the root element.
    private(set) var rootLanguage: String?
    /// The text inside `<style>`.
    private(set) var styleText = ""
    private var inStyle = false

    /// Parses `text`; throws with the parser's message and line when it is not well-formed.
    init(_ text: String) throws {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            throw SetupFailure("not well-formed at line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
    }

    /// How many elements with this name the page holds.
    func count(_ element: String) -> Int { elementCounts[element, default: 0] }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        if elementCounts.isEmpty { rootLanguage = attributes["lang"] }
        elementCounts[name, default: 0] += 1
        for key in attributes.keys.sorted() { self.attributes[key, default: []].append(attributes[key] ?? "") }
        inStyle = name == "style"
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "style" { inStyle = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inStyle { styleText += string }
    }
}
