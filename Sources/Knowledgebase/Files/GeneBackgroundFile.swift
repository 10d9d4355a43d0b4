/// `knowledgebase/gene-background.yaml`: the paragraph a tumour-board page shows once per gene (what the protein
/// does, where cancer changes act), with the citations every sentence rests on.
public struct GeneBackgroundFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var genes: [GeneBackground]
}

/// The background paragraph of one gene.
public struct GeneBackground: Codable, Hashable, Sendable {
    public var gene: String
    public var text: LocalizedText
    /// Verified citation ids (with a DOI or PMID) behind the paragraph, in the order it cites them.
    public var citations: [String]
}
