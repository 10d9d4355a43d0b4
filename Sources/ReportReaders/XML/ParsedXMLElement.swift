#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An element of a parsed XML document: names, attributes, child elements, its own text and where it is.
///
/// The tree is a plain Swift value built from libxml2's parse events (``XMLTreeBuilder``), holding only the
/// elements the reader selected (``XMLSelection``).
struct ParsedXMLElement: Sendable {
    /// The name as written, with its prefix (`rr:ResultsReport`, `variant-report`).
    let qualifiedName: String
    let localName: String
    /// The attributes in document order, by their name as written (`gene`, `xsi:schemaLocation`). A list,
    /// not a dictionary: an element has a few, which a reader finds by comparing names as fast as by hashing
    /// them, and collecting them into a dictionary per element took 6% of reading a FoundationOne report.
    /// Well-formed XML (the parser refuses anything else) never repeats an attribute name.
    let attributes: [(name: String, value: String)]
    var children: [ParsedXMLElement]
    /// The element's own text (text and CDATA children), as written.
    let text: String
    /// The 1-based line of the start tag.
    let line: Int
    /// The element path, e.g. `/rr:ResultsReport/rr:ResultsPayload/variant-report/short-variants/short-variant[3]`.
    var path: String

    /// `line 42, /rr:ResultsReport/…/short-variant[3]`, for messages and source locations.
    var location: String { "line \(line), \(path)" }

    /// The child elements with the given local name, in document order.
    func children(named localName: String) -> [ParsedXMLElement] {
        children.filter { $0.localName == localName }
    }

    /// The first child element with the given local name.
    func child(named localName: String) -> ParsedXMLElement? {
        children.first { $0.localName == localName }
    }

    /// The element's own text without surrounding white space, or nil when it is blank.
    var trimmedText: String? {
        let trimmed = FieldValues.trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// An attribute's value as written, or nil when it is absent.
    func attributeAsWritten(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// An attribute's value with surrounding white space removed, or nil when it is absent or blank.
    func attribute(_ name: String) -> String? {
        guard let value = attributeAsWritten(name).map(FieldValues.trimmed), !value.isEmpty else { return nil }
        return value
    }
}
