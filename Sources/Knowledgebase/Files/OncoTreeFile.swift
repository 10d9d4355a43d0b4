/// `knowledgebase/oncotree.json`: the pinned OncoTree release, flattened.
public struct OncoTreeFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var release: String
    public var license: String
    public var attribution: String
    public var source: SourceReference
    public var nodes: [OncoTreeNode]
}

/// One OncoTree node.
public struct OncoTreeNode: Codable, Hashable, Sendable {
    public var code: String
    public var name: String
    public var mainType: String?
    public var tissue: String?
    public var parent: String?
    public var level: Int
}
