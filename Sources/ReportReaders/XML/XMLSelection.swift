/// Which elements of a document a reader needs, so that the parser keeps only those in memory.
///
/// The root element is always kept. An element that is not kept is left out with all its content; it still
/// counts for the `[n]` positions of its same-named siblings in element paths.
struct XMLSelection: Sendable {
    /// Trie nodes: for each node, the kept child local names and their nodes. Node 0 is the root element.
    private let nodes: [[String: Int]]
    /// Local names left out wherever they appear, when every other element is kept.
    private let excluded: Set<String>
    /// Whether every element not in ``excluded`` is kept.
    private let keepsEverything: Bool

    /// Every element except those whose local name is in `excluded` (and their content).
    static func everything(except excluded: Set<String>) -> XMLSelection {
        XMLSelection(nodes: [[:]], excluded: excluded, keepsEverything: true)
    }

    /// The root and the elements along `paths` of local names below it (`["ResultsPayload", "FinalReport"]`);
    /// each kept element keeps its attributes and text, but only the children some path names.
    static func paths(_ paths: [[String]]) -> XMLSelection {
        var nodes: [[String: Int]] = [[:]]
        for path in paths {
            var node = 0
            for name in path {
                if let next = nodes[node][name] {
                    node = next
                } else {
                    nodes.append([:])
                    nodes[node][name] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
        }
        return XMLSelection(nodes: nodes, excluded: [], keepsEverything: false)
    }

    /// The selection node of the root element.
    var root: Int { 0 }

    /// The selection node of a child named `localName` of a kept element at `node`, or nil when it is left out.
    func child(_ localName: String, of node: Int) -> Int? {
        if keepsEverything { return excluded.contains(localName) ? nil : 0 }
        return nodes[node][localName]
    }
}
