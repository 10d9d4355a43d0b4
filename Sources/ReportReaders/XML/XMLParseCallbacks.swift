internal import CLibXML2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C callbacks installed on a parser context by ``SafeXMLParser``.
enum XMLParseCallbacks {
    /// An external entity loader that loads nothing.
    static let refuseExternalEntity: xmlExternalEntityLoader = { _, _, context in
        if let context, let state = parseState(of: UnsafeMutableRawPointer(context)) {
            state.record(location(of: context, line: currentLine(context)), "the document refers to an external resource (DTD or entity); external resources are never loaded")
            xmlStopParser(context)
        }
        return nil
    }

    /// Points the context's SAX handler at the refusing, depth-checking and error-recording callbacks.
    static func install(on context: xmlParserCtxtPtr, state: XMLParseState) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.internalSubset = { context, name, _, _ in
            XMLParseCallbacks.refuse(context, "a document type declaration (<!DOCTYPE \(XMLParseCallbacks.text(name) ?? "")>) is not accepted: DTDs and entity declarations are refused")
        }
        sax.pointee.externalSubset = { context, _, _, _ in
            XMLParseCallbacks.refuse(context, "an external DTD subset is not accepted")
        }
        sax.pointee.entityDecl = { context, name, _, _, _, _ in
            XMLParseCallbacks.refuse(context, "an entity declaration (\(XMLParseCallbacks.text(name) ?? "?")) is not accepted")
        }
        sax.pointee.startElementNs = { context, localName, prefix, _, _, _, attributeCount, _, attributes in
            guard let context, let localName, let state = XMLParseCallbacks.parseState(of: context) else { return }
            let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
            let depth = state.tree.nextDepth
            if depth > state.maxDepth {
                let name = [XMLParseCallbacks.text(prefix), XMLParseCallbacks.text(localName)].compactMap { $0 }.joined(separator: ":")
                let steps = state.tree.openSteps() + [name]
                state.record("line \(XMLParseCallbacks.currentLine(parser)), \(XMLPath.join(steps))", "elements are nested \(depth) deep; at most \(state.maxDepth) levels are accepted")
                xmlStopParser(parser)
                return
            }
            state.tree.start(prefix: prefix, localName: localName, line: XMLParseCallbacks.currentLine(parser),
                             attributeCount: Int(attributeCount), attributes: attributes)
            XMLParseCallbacks.receiveText(state.tree.keepsText, parser)
            if state.tree.keptCount > state.maxKeptElements {
                state.record(
                    "line \(XMLParseCallbacks.currentLine(parser)), \(XMLPath.join(state.tree.openSteps()))",
                    "the document holds more than \(state.maxKeptElements) elements of the kinds keapnrf reads; a report holds far fewer, so the document is refused to keep memory bounded")
                xmlStopParser(parser)
            }
        }
        sax.pointee.endElementNs = { context, _, _, _ in
            guard let context, let state = XMLParseCallbacks.parseState(of: context) else { return }
            state.tree.end()
            XMLParseCallbacks.receiveText(state.tree.keepsText, context.assumingMemoryBound(to: xmlParserCtxt.self))
        }
        receiveText(true, context)
        // Nothing else adds to a libxml2 tree: comments, processing instructions and references are not read.
        sax.pointee.comment = nil
        sax.pointee.processingInstruction = nil
        sax.pointee.reference = nil
        sax.pointee.startElement = nil
        sax.pointee.endElement = nil
        sax.pointee.serror = { context, error in
            guard let context, let error, let state = XMLParseCallbacks.parseState(of: context) else { return }
            let level = error.pointee.level
            guard level == XML_ERR_ERROR || level == XML_ERR_FATAL else { return }
            let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
            let message = XMLParseCallbacks.withoutContent(XMLParseCallbacks.text(error.pointee.message) ?? "XML error \(error.pointee.code)")
            state.record(XMLParseCallbacks.location(of: parser, line: Int(error.pointee.line)), "not well-formed XML: \(message)")
        }
    }

    /// Turns the text callbacks on inside kept elements and off inside left-out ones. libxml2 reads them from
    /// the SAX handler at each run of text and skips a null one, so the text of left-out elements (most of a
    /// FoundationOne report: references, trials, evidence) never reaches Swift; calling back for it was 5% of
    /// reading one. White space and CDATA go to the same callback as text, so libxml2 never tests for blanks.
    private static func receiveText(_ receives: Bool, _ parser: xmlParserCtxtPtr) {
        guard let sax = parser.pointee.sax else { return }
        let callback = receives ? characters : nil
        sax.pointee.characters = callback
        sax.pointee.ignorableWhitespace = callback
        sax.pointee.cdataBlock = callback
    }

    /// Text, CDATA and white space: the innermost element's text.
    private static let characters: charactersSAXFunc = { context, bytes, count in
        guard let context, let bytes, count > 0, let state = parseState(of: context) else { return }
        state.tree.characters(bytes, count: Int(count))
    }

    // MARK: - Helpers

    /// libxml2's message on one line, without the document bytes some messages quote
    /// (`Input is not proper UTF-8 … Bytes: 0xFC 0x6C …`), which could be part of a patient's name.
    static func withoutContent(_ message: String) -> String {
        var text = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        if let bytes = text.range(of: "Bytes:") { text = String(text[..<bytes.lowerBound]) }
        return String(text.trimmingCharacters(in: .whitespaces).prefix(300))
    }

    private static func refuse(_ context: UnsafeMutableRawPointer?, _ problem: String) {
        guard let context, let state = parseState(of: context) else { return }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        state.record(location(of: parser, line: currentLine(parser)), problem)
        xmlStopParser(parser)
    }

    private static func parseState(of context: UnsafeMutableRawPointer) -> XMLParseState? {
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let raw = parser.pointee._private else { return nil }
        return Unmanaged<XMLParseState>.fromOpaque(raw).takeUnretainedValue()
    }

    /// The line the parser has reached.
    private static func currentLine(_ parser: xmlParserCtxtPtr) -> Int {
        Int(parser.pointee.input?.pointee.line ?? 0)
    }

    /// `line N, /path/of/the/open/element` (or `line N` before the root element).
    private static func location(of parser: xmlParserCtxtPtr, line: Int) -> String {
        let steps = parseState(of: UnsafeMutableRawPointer(parser))?.tree.openSteps() ?? []
        return steps.isEmpty ? "line \(line)" : "line \(line), \(XMLPath.join(steps))"
    }

    static func text(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
    }

    static func text(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
