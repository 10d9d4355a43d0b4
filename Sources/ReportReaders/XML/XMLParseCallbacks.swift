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
        state.treeBuildingStartElement = sax.pointee.startElementNs
        sax.pointee.internalSubset = { context, name, _, _ in
            XMLParseCallbacks.refuse(context, "a document type declaration (<!DOCTYPE \(XMLParseCallbacks.text(name) ?? "")>) is not accepted: DTDs and entity declarations are refused")
        }
        sax.pointee.externalSubset = { context, _, _, _ in
            XMLParseCallbacks.refuse(context, "an external DTD subset is not accepted")
        }
        sax.pointee.entityDecl = { context, name, _, _, _, _ in
            XMLParseCallbacks.refuse(context, "an entity declaration (\(XMLParseCallbacks.text(name) ?? "?")) is not accepted")
        }
        sax.pointee.startElementNs = { context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes in
            guard let context, let state = XMLParseCallbacks.parseState(of: context) else { return }
            let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
            let depth = Int(parser.pointee.nameNr) + 1
            if depth > state.maxDepth {
                let name = [XMLParseCallbacks.text(prefix), XMLParseCallbacks.text(localName)].compactMap { $0 }.joined(separator: ":")
                let steps = XMLParseCallbacks.openSteps(parser) + [name]
                state.record("line \(XMLParseCallbacks.currentLine(parser)), \(XMLPath.join(steps))", "elements are nested \(depth) deep; at most \(state.maxDepth) levels are accepted")
                xmlStopParser(parser)
                return
            }
            state.treeBuildingStartElement?(context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes)
        }
        sax.pointee.serror = { context, error in
            guard let context, let error, let state = XMLParseCallbacks.parseState(of: context) else { return }
            let level = error.pointee.level
            guard level == XML_ERR_ERROR || level == XML_ERR_FATAL else { return }
            let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
            let message = XMLParseCallbacks.withoutContent(XMLParseCallbacks.text(error.pointee.message) ?? "XML error \(error.pointee.code)")
            state.record(XMLParseCallbacks.location(of: parser, line: Int(error.pointee.line)), "not well-formed XML: \(message)")
        }
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
        let steps = openSteps(parser)
        return steps.isEmpty ? "line \(line)" : "line \(line), \(XMLPath.join(steps))"
    }

    /// The path steps of the element being parsed, from the partly built tree.
    private static func openSteps(_ parser: xmlParserCtxtPtr) -> [String] {
        var steps: [String] = []
        var node = parser.pointee.node
        while let current = node, current.pointee.type == XML_ELEMENT_NODE {
            let name = qualifiedName(current)
            var position = 1
            var sibling = current.pointee.prev
            while let previous = sibling {
                if previous.pointee.type == XML_ELEMENT_NODE && qualifiedName(previous) == name { position += 1 }
                sibling = previous.pointee.prev
            }
            steps.append(XMLPath.step(name, position: position, isRepeated: position > 1))
            node = current.pointee.parent
        }
        return steps.reversed()
    }

    static func qualifiedName(_ node: xmlNodePtr) -> String {
        let local = text(node.pointee.name) ?? ""
        guard let prefix = text(node.pointee.ns?.pointee.prefix) else { return local }
        return "\(prefix):\(local)"
    }

    static func text(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
    }

    static func text(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
