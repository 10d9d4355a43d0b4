/// The resources of a FHIR document in document order — Bundle entries and their `contained` resources,
/// or a single resource and its contained ones — and the resolution of references between them.
struct FHIRResourceIndex {
    struct Entry {
        let resource: FHIRObject
        /// The Bundle entry's `fullUrl` (e.g. `urn:uuid:…`), if any.
        let fullUrl: String?
        /// For a contained resource, the index of the resource that contains it.
        let container: Int?
    }

    private(set) var entries: [Entry] = []

    init(root: FHIRObject) {
        if root.resourceType == "Bundle" {
            for entry in root.objects("entry") {
                guard let resource = entry.object("resource") else { continue }
                add(resource, fullUrl: entry.string("fullUrl"))
            }
        } else {
            add(root, fullUrl: nil)
        }
    }

    private mutating func add(_ resource: FHIRObject, fullUrl: String?) {
        let index = entries.count
        entries.append(Entry(resource: resource, fullUrl: fullUrl, container: nil))
        for contained in resource.objects("contained") {
            entries.append(Entry(resource: contained, fullUrl: nil, container: index))
        }
    }

    /// The indices of resources of one type, in document order.
    func indices(ofType type: String) -> [Int] {
        entries.indices.filter { entries[$0].resource.resourceType == type }
    }

    /// The resource a reference written in resource `source` points at: `#id` (a contained resource),
    /// a `fullUrl` such as `urn:uuid:…`, or `Type/id` (also at the end of an absolute URL).
    func resolve(_ reference: String, from source: Int) -> Int? {
        if reference.hasPrefix("#") {
            let id = String(reference.dropFirst())
            let container = entries[source].container ?? source
            return entries.indices.first { entries[$0].container == container && entries[$0].resource.string("id") == id }
        }
        if let exact = entries.firstIndex(where: { $0.fullUrl == reference }) { return exact }
        var parts = reference.split(separator: "/").map(String.init)
        if let history = parts.firstIndex(of: "_history") { parts = Array(parts[..<history]) }
        guard parts.count >= 2 else { return nil }
        let type = parts[parts.count - 2], id = parts[parts.count - 1]
        return entries.indices.first {
            entries[$0].container == nil && entries[$0].resource.resourceType == type && entries[$0].resource.string("id") == id
        }
    }
}
