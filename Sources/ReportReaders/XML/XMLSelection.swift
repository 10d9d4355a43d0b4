/// Which elements of a document a reader needs, so that the parser keeps only those in memory.
///
/// The root element is always kept, and an element is kept only if its parent is. An element that is not
/// kept is left out with all its content; it still counts for the `[n]` positions of its same-named siblings
/// in element paths.
struct XMLSelection: Sendable {
    private enum Rule: Sendable {
        /// Trie nodes: for each node, the kept child local names and their nodes. Node 0 is the root element.
        case paths([[String: Int]])
        /// Children with one of `names`; any child of an element named in `containers` (node 1; others are node 0).
        case names(Set<String>, containers: Set<String>)
    }

    private let rule: Rule

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
        return XMLSelection(rule: .paths(nodes))
    }

    /// Elements with one of `names`, wherever they are, and every child of an element named in `containers`
    /// (FHIR: the resource element inside `resource` or `contained`, whatever its type).
    static func names(_ names: Set<String>, anyChildOf containers: Set<String>) -> XMLSelection {
        XMLSelection(rule: .names(names, containers: containers))
    }

    /// The selection node of the root element.
    var root: Int { 0 }

    /// The selection node of a child named `localName` of a kept element at `node`, or nil when it is left out.
    func child(_ localName: String, of node: Int) -> Int? {
        switch rule {
        case .paths(let nodes):
            return nodes[node][localName]
        case .names(let names, let containers):
            guard node == 1 || names.contains(localName) else { return nil }
            return containers.contains(localName) ? 1 : 0
        }
    }
}
