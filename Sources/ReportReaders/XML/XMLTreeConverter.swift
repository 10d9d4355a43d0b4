internal import CLibXML2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Copies libxml2's tree into ``ParsedXMLElement`` values, with element paths and line numbers.
struct XMLTreeConverter {
    /// Local names of elements left out with their content.
    let skipping: Set<String>

    /// Converts `node`; `step` is its path step (nil for the root, whose step is its name).
    func element(_ node: xmlNodePtr, parentSteps: [String], step: String?) -> ParsedXMLElement {
        let name = XMLParseCallbacks.qualifiedName(node)
        let steps = parentSteps + [step ?? name]
        let elementNodes = childElements(of: node)
        var counts: [String: Int] = [:]
        for child in elementNodes { counts[XMLParseCallbacks.qualifiedName(child), default: 0] += 1 }
        var seen: [String: Int] = [:]
        var children: [ParsedXMLElement] = []
        for child in elementNodes {
            let childName = XMLParseCallbacks.qualifiedName(child)
            seen[childName, default: 0] += 1
            guard !skipping.contains(XMLParseCallbacks.text(child.pointee.name) ?? "") else { continue }
            let childStep = XMLPath.step(childName, position: seen[childName] ?? 1, isRepeated: (counts[childName] ?? 0) > 1)
            children.append(element(child, parentSteps: steps, step: childStep))
        }
        return ParsedXMLElement(
            qualifiedName: name, localName: XMLParseCallbacks.text(node.pointee.name) ?? "", attributes: attributes(of: node),
            children: children, text: text(of: node), line: Int(xmlGetLineNo(node)), path: XMLPath.join(steps))
    }

    private func childElements(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    private func attributes(of node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let local = XMLParseCallbacks.text(current.pointee.name) ?? ""
            let name = XMLParseCallbacks.text(current.pointee.ns?.pointee.prefix).map { "\($0):\(local)" } ?? local
            result[name] = textContent(of: current.pointee.children)
            attribute = current.pointee.next
        }
        return result
    }

    private func text(of node: xmlNodePtr) -> String {
        textContent(of: node.pointee.children)
    }

    /// The text of a list of sibling nodes (an attribute's value, or an element's text and CDATA children).
    private func textContent(of first: xmlNodePtr?) -> String {
        var pieces: [String] = []
        var child = first
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = XMLParseCallbacks.text(current.pointee.content) {
                pieces.append(content)
            }
            child = current.pointee.next
        }
        return pieces.joined()
    }
}
