/// `knowledgebase/pathway-genes.yaml`: pathway genes interpreted without a transcript model (e.g. CUL3).
public struct PathwayGenesFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var genes: [PathwayGene]
}

/// A pathway gene: its role and why it belongs to the KEAP1-NRF2 pathway.
public struct PathwayGene: Codable, Hashable, Sendable {
    public var symbol: String
    public var name: String
    /// `oncogene` or `tumor_suppressor`.
    public var role: String
    public var pathwayRole: LocalizedText
    public var roleSource: SourceReference
}
