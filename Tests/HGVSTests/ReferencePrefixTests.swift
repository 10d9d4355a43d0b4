import HGVS
import Testing

/// Telling an accession from a gene symbol in the prefix before `:`.
@Suite("Reference prefix")
struct ReferencePrefixTests {
    @Test("Accessions, with or without a gene in parentheses", arguments: [
        ("NM_006164.5:c.235G>A", "NM_006164.5", nil),
        ("NM_203500.2(KEAP1):c.997G>T", "NM_203500.2", "KEAP1"),
        ("ENST00000171111.5:c.663C>A", "ENST00000171111.5", nil),
        ("ENST00000171111:c.663C>A", "ENST00000171111", nil),  // unversioned Ensembl id
        ("NP_203500.1:p.Gly333Cys", "NP_203500.1", nil),
        ("NC_000019.10:g.10491722C>T", "NC_000019.10", nil),
        ("NM_012289:c.908A>T", "NM_012289", nil),  // unversioned RefSeq, as FoundationOne gives it
        ("U14680.1:c.1A>T", "U14680.1", nil),  // GenBank accession with version
        ("LRG_199t1:c.1A>T", "LRG_199t1", nil),
        ("chr19:g.10602670A>T", "chr19", nil),
    ] as [(String, String, String?)])
    func accession(input: String, accession: String, gene: String?) throws {
        let variant = try HGVSParser.parse(input)
        #expect(variant.accession == accession)
        #expect(variant.gene == gene)
        #expect(variant.formatted() == input)
    }

    @Test("Symbol-like prefixes without '_' or a version are gene symbols", arguments: [
        "KEAP1:p.G333C", "NFE2L2:c.235G>A", "HLA-A:c.1A>T", "C11orf65:p.R12W",
    ])
    func geneSymbol(_ input: String) throws {
        let variant = try HGVSParser.parse(input)
        #expect(variant.accession == nil)
        #expect(variant.gene == String(input.prefix { $0 != ":" }))
    }

    /// The accession cases of biocommons' grammar test (rule `accn`) that are invalid, used as prefixes.
    @Test("Malformed accessions are refused", arguments: ["NM_", "3M", "33_12345678.9", "NM_12345.", "NM_*901.3", "NM_123456.C"])
    func malformedAccession(_ prefix: String) {
        #expect(throws: HGVSParseError.self) { try HGVSParser.parse(prefix + ":c.1A>T") }
    }
}
