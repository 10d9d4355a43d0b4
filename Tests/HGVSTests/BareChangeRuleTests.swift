import HGVS
import Testing

/// The rule for strings without a coordinate type (documented on `HGVSParser`): a digit or `-`
/// starts coding DNA, an upper-case letter starts protein, and after `*` a nucleotide edit
/// decides for coding DNA.
@Suite("Bare changes without c. or p.")
struct BareChangeRuleTests {
    @Test("Protein spellings from reports and MAF files read as p.", arguments: [
        ("E79K", "p.Glu79Lys"),  // Chang 2018 hotspot table
        ("G333C", "p.Gly333Cys"),
        ("K303M", "p.Lys303Met"),  // FoundationOne protein-effect
        ("Gly333Cys", "p.Gly333Cys"),
        ("Glu182*", "p.Glu182Ter"),  // oncokb example MAF, HGVSp column
        ("R34*", "p.Arg34Ter"),
        ("R34_S40del", "p.Arg34_Ser40del"),
        ("D21_I22delinsE", "p.Asp21_Ile22delinsGlu"),
        ("I28dup", "p.Ile28dup"),
        ("X123_splice", "p.X123_splice"),
        ("(E79K)", "p.(Glu79Lys)"),
        ("*606Lext*5", "p.Ter606LeuextTer5"),
        ("V167fs*63", "p.Val167fsTer63"),
    ])
    func proteinSpellings(input: String, canonical: String) throws {
        #expect(try HGVSParser.parse(input).formatted() == canonical)
    }

    @Test("Coding DNA spellings read as c.", arguments: [
        ("235G>A", "c.235G>A"),
        ("908A>T", "c.908A>T"),  // FoundationOne cds-effect
        ("-14G>C", "c.-14G>C"),
        ("1000+1G>A", "c.1000+1G>A"),
        ("*46T>A", "c.*46T>A"),
        ("*10dup", "c.*10dup"),
        ("*10_*12del", "c.*10_*12del"),
        ("*606=", "c.*606="),
        ("145delG", "c.145del"),
        ("(1_10)A>C", "c.(1_10)A>C"),
    ])
    func codingSpellings(input: String, canonical: String) throws {
        #expect(try HGVSParser.parse(input).formatted() == canonical)
    }

    @Test("A gene prefix allows a bare change; an accession prefix does not")
    func prefixes() throws {
        let protein = try HGVSParser.parse("KEAP1:G333C")
        #expect(protein.gene == "KEAP1")
        #expect(protein.accession == nil)
        #expect(protein.formatted() == "KEAP1:p.Gly333Cys")
        #expect(try HGVSParser.parse("KEAP1:997G>T").formatted() == "KEAP1:c.997G>T")
        #expect(throws: HGVSParseError.self) { try HGVSParser.parse("NM_203500.2:997G>T") }
        #expect(throws: HGVSParseError.self) { try HGVSParser.parse("NP_203500.1:G333C") }
    }

    @Test("Text that is neither is refused", arguments: ["=", "?", "0", "0?", "(=)", "g333c", "xyz"])
    func neither(_ input: String) {
        #expect(throws: HGVSParseError.self) { try HGVSParser.parse(input) }
    }
}
