/// Where an INFO annotation key keeps each field, read from its header line: VEP writes
/// `Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|…|SYMBOL|…"` (under `CSQ`,
/// or any key chosen with `--vcf_info_field`), SnpEff `Description="Functional annotations: 'Allele | Annotation
/// | … | Gene_Name | …'"`. Fields are found by name in either vocabulary, never by a fixed position, so VEP
/// output under `ANN` is read as VEP.
struct VCFAnnotationLayout: Equatable {
    let key: String
    let allele: Int?
    let alleleNumber: Int?
    let gene: Int?
    let transcript: Int?
    let hgvsc: Int?
    let hgvsp: Int?
    let canonical: Int?

    /// SnpEff's ANN fields (the ANN specification, version 1.0), for an `ANN` key whose header line is missing.
    static let snpEffFields = [
        "Allele", "Annotation", "Annotation_Impact", "Gene_Name", "Gene_ID", "Feature_Type", "Feature_ID",
        "Transcript_BioType", "Rank", "HGVS.c", "HGVS.p",
    ]

    /// The layout of `fields`; nil unless they name a gene and a c. or p. field (other INFO keys may say
    /// `Format:` too).
    init?(key: String, fields: [String]) {
        func position(_ names: String...) -> Int? { fields.firstIndex { names.contains($0) } }
        self.key = key
        allele = position("Allele")
        alleleNumber = position("ALLELE_NUM")
        gene = position("SYMBOL", "Gene_Name")
        transcript = position("Feature", "Feature_ID")
        hgvsc = position("HGVSc", "HGVS.c")
        hgvsp = position("HGVSp", "HGVS.p")
        canonical = position("CANONICAL")
        guard gene != nil, hgvsc != nil || hgvsp != nil else { return nil }
    }

    /// The layout an `##INFO` line's Description states, if it states one.
    init?(key: String, description: String) {
        let fieldList: Substring
        if let format = description.range(of: "Format:") {
            fieldList = description[format.upperBound...]
        } else if let snpEff = description.range(of: "Functional annotations:") {
            fieldList = description[snpEff.upperBound...]
        } else {
            return nil
        }
        let fields = fieldList.split(separator: "|").map { Self.trimmed($0, removing: " '") }
        self.init(key: key, fields: fields)
    }

    /// `text` without any of `characters` at either end.
    static func trimmed(_ text: Substring, removing characters: String) -> String {
        var slice = text
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
