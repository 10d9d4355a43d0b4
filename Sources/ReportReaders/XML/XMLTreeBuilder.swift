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
        let names: Names
        let attributes: [(name: String, value: String)]
        let line: Int
        var text = ""
        var children: [ParsedXMLElement] = []
        var childKeys: [NameKey] = []
        var childPositions: [Int] = []
    }

    /// An element's names as strings.
    private struct Names {
        let qualified: String
        let local: String
    }

    /// An open element.
    private struct Frame {
        let name: NameKey
        /// 1-based position among the same-named siblings seen so far.
        let position: Int
    }

    /// A child name under a selection node, for ``selected``.
    private struct SelectionKey: Hashable {
        let node: Int
        let localName: UnsafeRawPointer
    }

    private let selection: XMLSelection
    private var frames: [Frame] = []
    /// The number of child elements by name of the open element at each depth (`childCounts[i]` is
    /// `frames[i]`'s). A closed element's counts are emptied but their storage kept for the next element at
    /// its depth, so that an element with children allocates no storage of its own.
    private var childCounts: [SiblingCounts<NameKey>] = []
    /// The parts of the open kept elements. An element is kept only if its parent is, so these belong to
    /// the first `kept.count` frames. Kept apart from the frames so that a frame is a small value, cheap
    /// to push and pop (inline, the optional parts were copied and released with every frame).
    private var kept: [Kept] = []
    /// Element and attribute names as strings, by libxml2's interned name pointers, so that each distinct
    /// name is turned into a string once per document.
    private var names: [NameKey: Names] = [:]
    /// ``XMLSelection/child(_:of:)`` by name pointer (nil: left out), so that the children of kept elements
    /// are matched without making a string of each name.
    private var selected: [SelectionKey: Int?] = [:]
    /// How many elements have been kept so far.
    private(set) var keptCount = 0
    /// The root element, once it has closed; its path and its descendants' are written by ``finish()``.
    private var root: ParsedXMLElement?

    init(selection: XMLSelection) { self.selection = selection }

    /// How deep the next child element would be.
    var nextDepth: Int { frames.count + 1 }

    /// Whether text now belongs to a kept element (the innermost open element is kept).
    var keepsText: Bool { !frames.isEmpty && kept.count == frames.count }

    /// An element starts, at `line`; `attributes` is libxml2's array of 5 pointers per attribute.
    mutating func start(prefix: UnsafePointer<xmlChar>?, localName: UnsafePointer<xmlChar>, line: Int,
                        attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let key = NameKey(prefix: prefix.map(UnsafeRawPointer.init), localName: UnsafeRawPointer(localName))
        var position = 1
        var selectionNode: Int? = selection.root
        if let parent = frames.indices.last {
            position = childCounts[parent].add(key)
            selectionNode = parent < kept.count ? selectedChild(localName, of: kept[parent].selection) : nil
        }
        frames.append(Frame(name: key, position: position))
        if childCounts.count < frames.count { childCounts.append(SiblingCounts()) }
        if let selectionNode {
            keptCount += 1
            kept.append(Kept(selection: selectionNode, names: names(of: key), attributes: self.attributes(attributeCount, attributes), line: line))
        }
    }

    /// The innermost open element ends.
    mutating func end() {
        guard let frame = frames.popLast() else { return }
        defer { childCounts[frames.count].removeAll() }
        guard kept.count > frames.count, var element = kept.popLast() else { return }
        for index in element.children.indices {
            let repeated = childCounts[frames.count].count(of: element.childKeys[index]) > 1
            element.children[index].path = XMLPath.step(element.children[index].qualifiedName, position: element.childPositions[index], isRepeated: repeated)
        }
        let parsed = ParsedXMLElement(qualifiedName: element.names.qualified, localName: element.names.local, attributes: element.attributes,
                                      children: element.children, text: element.text, line: element.line, path: element.names.qualified)
        if let parent = kept.indices.last {
            kept[parent].children.append(parsed)
            kept[parent].childKeys.append(frame.name)
            kept[parent].childPositions.append(frame.position)
        } else {
            root = parsed
        }
    }

    /// Text or CDATA of the innermost open element.
    mutating func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        guard let last = kept.indices.last, last == frames.count - 1 else { return }
        kept[last].text += String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The root element with every kept element's full path, or nil when the document had no complete root.
    mutating func finish() -> ParsedXMLElement? {
        guard var element = root else { return nil }
        root = nil
        var steps: [String] = []
        Self.writePaths(&element, steps: &steps, parentPath: "")
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

    /// Replaces each element's step (left in `path` by ``end()``) by its full path, in place; `steps` are
    /// the parent's steps, and `parentPath` its path. A path short enough to be written in full is the
    /// parent's path and the step: joining all the steps again for each element was 2% of reading a
    /// FoundationOne report.
    private static func writePaths(_ element: inout ParsedXMLElement, steps: inout [String], parentPath: String) {
        steps.append(element.path)
        element.path = steps.count <= XMLPath.maximumSteps ? parentPath + "/" + element.path : XMLPath.join(steps)
        for index in element.children.indices {
            writePaths(&element.children[index], steps: &steps, parentPath: element.path)
        }
        steps.removeLast()
    }

    private static func qualifiedName(_ prefix: UnsafePointer<xmlChar>?, _ localName: String) -> String {
        prefix.map { "\(text($0)):\(localName)" } ?? localName
    }

    /// The names of `key` as strings, made once per distinct name.
    private mutating func names(of key: NameKey) -> Names {
        if let known = names[key] { return known }
        let local = Self.text(key.localName.assumingMemoryBound(to: xmlChar.self))
        let made = Names(qualified: Self.qualifiedName(key.prefix?.assumingMemoryBound(to: xmlChar.self), local), local: local)
        names[key] = made
        return made
    }

    /// The selection node of a child named `localName` of a kept element at `node`, or nil when it is left out.
    private mutating func selectedChild(_ localName: UnsafePointer<xmlChar>, of node: Int) -> Int? {
        let key = SelectionKey(node: node, localName: UnsafeRawPointer(localName))
        if let known = selected[key] { return known }
        let child = selection.child(Self.text(localName), of: node)
        selected[key] = .some(child)
        return child
    }

    /// The attributes with their names as written. libxml2 hands over a value with references in it with
    /// each `&` written as `&#38;` (entity substitution is off), so references are decoded here.
    private mutating func attributes(_ count: Int, _ pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [(name: String, value: String)] {
        guard count > 0, let pointers else { return [] }
        var result: [(name: String, value: String)] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            let base = pointers + 5 * index
            guard let local = base[0], let start = base[3], let end = base[4] else { continue }
            let bytes = UnsafeBufferPointer(start: start, count: end - start)
            let value = String(decoding: bytes, as: UTF8.self)
            let name = names(of: NameKey(prefix: base[1].map(UnsafeRawPointer.init), localName: UnsafeRawPointer(local))).qualified
            result.append((name, bytes.contains(UInt8(ascii: "&")) ? XMLCharacterReferences.decode(value) : value))
        }
        return result
    }

    private static func text(_ pointer: UnsafePointer<xmlChar>) -> String {
        String(cString: pointer)
    }
}
