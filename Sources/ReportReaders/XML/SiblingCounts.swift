/// How many child elements of each name an open element has had so far, for the `[n]` positions of element
/// paths.
///
/// Elements have few distinct child names, so the names are searched in a short list, which is faster than
/// hashing; past ``listLimit`` names a dictionary takes the rest, so that an element with many thousands
/// of distinct child names costs no more than one hashing per child. Measured on the FoundationOne sample
/// reports, hashing a name per element (with a dictionary allocated and grown per parent) was a tenth of
/// building their tree.
struct SiblingCounts<Name: Hashable> {
    /// The most names searched in the list.
    static var listLimit: Int { 16 }

    private var listed: [(name: Name, count: Int)] = []
    private var others: [Name: Int] = [:]

    /// Counts one more child named `name`; returns its 1-based position among its same-named siblings.
    mutating func add(_ name: Name) -> Int {
        if let index = listed.firstIndex(where: { $0.name == name }) {
            listed[index].count += 1
            return listed[index].count
        }
        if listed.count < Self.listLimit {
            listed.append((name, 1))
            return 1
        }
        return Self.increment(&others[name, default: 0])
    }

    /// How many children named `name` there have been.
    func count(of name: Name) -> Int {
        listed.first { $0.name == name }?.count ?? others[name] ?? 0
    }

    /// Forgets every count, keeping the list's storage for the next element at the same depth (a large
    /// dictionary is dropped: emptying it would cost its size again for every later element).
    mutating func removeAll() {
        if !listed.isEmpty { listed.removeAll(keepingCapacity: true) }
        if !others.isEmpty { others = [:] }
    }

    private static func increment(_ count: inout Int) -> Int {
        count += 1
        return count
    }
}
