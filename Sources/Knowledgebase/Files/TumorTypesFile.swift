/// `knowledgebase/tumor-types.yaml`: tumour-type groups and diagnosis-text synonyms for OncoTree codes.
public struct TumorTypesFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var groups: [TumorGroup]
    public var synonyms: [TumorTypeSynonyms]
    /// Leading words of a diagnosis text that describe the patient rather than the tumour (`pediatric`), set aside
    /// when the whole text matches nothing.
    public var ignoredLeadingWords: [String]?
}

/// A named set of OncoTree codes (with their descendants), such as all squamous cell carcinomas.
public struct TumorGroup: Codable, Hashable, Sendable {
    public var id: String
    public var label: LocalizedText
    public var derivation: String
    public var codes: [String]
}

/// Diagnosis texts that map to one OncoTree code.
public struct TumorTypeSynonyms: Codable, Hashable, Sendable {
    public var code: String
    public var texts: [String]
}
