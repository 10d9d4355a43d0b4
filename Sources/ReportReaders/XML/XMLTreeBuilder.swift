internal import CLibXML2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Builds the selected part of a document as ``ParsedXMLElement`` values from libxml2's SAX2 events, so that
/// no libxml2 tree is built and elements a reader does not use are never stored (``XMLSelection``).
///
/// Every open element, kept or not, has a frame with the number of its child elements by name, so element
/// paths carry the same `[n]` positions whatever is kept: a kept element's path is written when the
/// document ends, because whether its name is repeated among its siblings is known only when its parent closes.
struct XMLTreeBuilder {
    /// An element name as libxml2's parser dictionary interns it: equal names have equal pointers.
    private struct NameKey: Hashable {
        let prefix: UnsafeRawPointer?
        let localName: UnsafeRawPointer
    }

    /// The parts of a kept element gathered until it closes.
    private struct Kept {
        let selection: Int
        let qualifiedName: String
        let localName: String
        let attributes: [String: String]
        let line: Int
        var text = ""
        var children: [ParsedXMLElement] = []
        var childKeys: [NameKey] = []
        var childPositions: [Int] = []
    }

    /// An open element.
    private struct Frame {
        let name: NameKey
        /// 1-based position among the same-named siblings seen so far.
        let position: Int
        var childCounts: [NameKey: Int] = [:]
        var kept: Kept?
    }

    private let selection: XMLSelection
    private var frames: [Frame] = []
    /// How many elements have been kept so far.
    private(set) var keptCount = 0
    /// The root element, once it has closed; its path and its descendants' are written by ``finish()``.
    private var root: ParsedXMLElement?

    init(selection: XMLSelection) { self.selection = selection }

    /// How deep the next child element would be.
    var nextDepth: Int { frames.count + 1 }

    /// An element starts, at `line`; `attributes` is libxml2's array of 5 pointers per attribute.
    mutating func start(prefix: UnsafePointer<xmlChar>?, localName: UnsafePointer<xmlChar>, line: Int,
                        attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let key = NameKey(prefix: prefix.map(UnsafeRawPointer.init), localName: UnsafeRawPointer(localName))
        var position = 1
        var selectionNode: Int? = selection.root
        if let parent = frames.indices.last {
            position = (frames[parent].childCounts[key] ?? 0) + 1
            frames[parent].childCounts[key] = position
            selectionNode = frames[parent].kept.flatMap { selection.child(Self.text(localName), of: $0.selection) }
        }
        var frame = Frame(name: key, position: position)
        if let selectionNode {
            keptCount += 1
            let local = Self.text(localName)
            frame.kept = Kept(selection: selectionNode, qualifiedName: Self.qualifiedName(prefix, local), localName: local,
                              attributes: Self.attributes(attributeCount, attributes), line: line)
        }
        frames.append(frame)
    }

    /// The innermost open element ends.
    mutating func end() {
        guard var frame = frames.popLast(), var kept = frame.kept else { return }
        frame.kept = nil  // so that the children are mutated in place, not copied
        for index in kept.children.indices {
            let repeated = (frame.childCounts[kept.childKeys[index]] ?? 0) > 1
            kept.children[index].path = XMLPath.step(kept.children[index].qualifiedName, position: kept.childPositions[index], isRepeated: repeated)
        }
        let element = ParsedXMLElement(qualifiedName: kept.qualifiedName, localName: kept.localName, attributes: kept.attributes,
                                       children: kept.children, text: kept.text, line: kept.line, path: kept.qualifiedName)
        if let parent = frames.indices.last {
            frames[parent].kept?.children.append(element)
            frames[parent].kept?.childKeys.append(frame.name)
            frames[parent].kept?.childPositions.append(frame.position)
        } else {
            root = element
        }
    }

    /// Text or CDATA of the innermost open element.
    mutating func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        guard let last = frames.indices.last, frames[last].kept != nil else { return }
        frames[last].kept?.text += String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The root element with every kept element's full path, or nil when the document had no complete root.
    mutating func finish() -> ParsedXMLElement? {
        guard var element = root else { return nil }
        root = nil
        Self.writePaths(&element, parentSteps: [])
        return element
    }

    /// The path steps of the open elements, for messages while parsing.
    func openSteps() -> [String] {
        frames.enumerated().map { index, frame in
            let name = Self.qualifiedName(frame.name.prefix.map { $0.assumingMemoryBound(to: xmlChar.self) },
                                          Self.text(frame.name.localName.assumingMemoryBound(to: xmlChar.self)))
            return index == 0 ? name : XMLPath.step(name, position: frame.position, isRepeated: frame.position > 1)
        }
    }

    // MARK: - Helpers

    /// Replaces each element's step (left in `path` by ``end()``) by its full path, in place.
    private static func writePaths(_ element: inout ParsedXMLElement, parentSteps: [String]) {
        let steps = parentSteps + [element.path]
        element.path = XMLPath.join(steps)
        for index in element.children.indices {
            writePaths(&element.children[index], parentSteps: steps)
        }
    }

    private static func qualifiedName(_ prefix: UnsafePointer<xmlChar>?, _ localName: String) -> String {
        prefix.map { "\(text($0)):\(localName)" } ?? localName
    }

    /// Attribute values by their name as written. libxml2 hands over a value with references in it with
    /// each `&` written as `&#38;` (entity substitution is off), so references are decoded here.
    private static func attributes(_ count: Int, _ pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [String: String] {
        guard count > 0, let pointers else { return [:] }
        var result: [String: String] = [:]
        for index in 0..<count {
            let base = pointers + 5 * index
            guard let local = base[0], let start = base[3], let end = base[4] else { continue }
            let bytes = UnsafeBufferPointer(start: start, count: end - start)
            let value = String(decoding: bytes, as: UTF8.self)
            result[qualifiedName(base[1], text(local))] = bytes.contains(UInt8(ascii: "&")) ? XMLCharacterReferences.decode(value) : value
        }
        return result
    }

    private static func text(_ pointer: UnsafePointer<xmlChar>) -> String {
        String(cString: pointer)
    }
}
