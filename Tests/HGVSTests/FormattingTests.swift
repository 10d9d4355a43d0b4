import HGVS
import Testing
import TestSupport

/// Canonical (current HGVS) and one-letter output, checked against hand-written expectations.
@Suite("Formatting")
struct FormattingTests {
    /// Three-letter ↔ one-letter pairs, written from the HGVS amino-acid table
    /// (Glu E, Lys K, Arg R, Ter *, Gly G, Ala A, Asp D, Ile I, Ser S, Met M, Leu L).
    static let proteinPairs: [(threeLetter: String, oneLetter: String)] = [
        ("p.Glu79Lys", "p.E79K"),
        ("p.Arg320Ter", "p.R320*"),
        ("p.Gly333AlafsTer12", "p.G333Afs*12"),
        ("p.Gly333fs", "p.G333fs"),
        ("p.Gly333AlafsTer?", "p.G333Afs*?"),
        ("p.Asp29_Ile30insGly", "p.D29_I30insG"),
        ("p.Arg34_Ser40del", "p.R34_S40del"),
        ("p.Ile28dup", "p.I28dup"),
        ("p.Trp24_Asp29delinsTyr", "p.W24_D29delinsY"),
        ("p.(Glu79Lys)", "p.(E79K)"),
        ("p.Met1?", "p.M1?"),
        ("p.Gly31=", "p.G31="),
        ("p.Ter606=", "p.*606="),
        ("p.Ter606LeuextTer5", "p.*606Lext*5"),
        ("p.Met1ext-5", "p.M1ext-5"),
        ("p.Met1Valext-12", "p.M1Vext-12"),
        ("p.(=)", "p.(=)"),
        ("p.0?", "p.0?"),
        ("p.?", "p.?"),
        ("p.X168_splice", "p.X168_splice"),
    ]

    @Test("Three-letter and one-letter forms convert both ways", arguments: proteinPairs)
    func proteinStyles(threeLetter: String, oneLetter: String) throws {
        #expect(try HGVSParser.parse(threeLetter).formatted(.oneLetter) == oneLetter)
        #expect(try HGVSParser.parse(oneLetter).formatted() == threeLetter)
        #expect(try HGVSParser.parse(threeLetter).formatted() == threeLetter)
        #expect(try HGVSParser.parse(oneLetter).formatted(.oneLetter) == oneLetter)
    }

    @Test("Older and looser spellings come out in current HGVS", arguments: [
        ("p.Arg320*", "p.Arg320Ter"),
        ("p.R320X", "p.Arg320Ter"),  // X as the new residue is a stop
        ("p.Gly25Trpfs*10", "p.Gly25TrpfsTer10"),
        ("p.Gly25TrpfsX10", "p.Gly25TrpfsTer10"),
        ("p.Arg1039fsTer", "p.Arg1039fs"),
        ("p.*606Leuext*5", "p.Ter606LeuextTer5"),
        ("p.L374L", "p.Leu374="),  // older vcf2maf synonymous spelling
        ("p.Met1ValextMet-12", "p.Met1Valext-12"),
        ("NM_006164.5:c.145delG", "NM_006164.5:c.145del"),
        ("c.603dupT", "c.603dup"),
        ("c.82_84dupATA", "c.82_84dup"),
        ("c.76_78del3", "c.76_78del"),
        ("c.441_442delGGinsA", "c.441_442delinsA"),
        ("g.37089162_37090005del844insGGAAA", "g.37089162_37090005delinsGGAAA"),
        ("c.1_2AG>TC", "c.1_2delinsTC"),
        ("c.76a>c", "c.76A>C"),
        ("r.1A>U", "r.1a>u"),
        ("c.123T=", "c.123="),
        ("NM_000352.3:c.2557_2694copy2", "NM_000352.3:c.2557_2694[2]"),
        ("c.203_506invACGT", "c.203_506inv"),
    ])
    func normalisation(input: String, canonical: String) throws {
        #expect(try HGVSParser.parse(input).formatted() == canonical)
    }

    @Test("Canonical strings round-trip unchanged", arguments: [
        "NM_006164.5:c.235G>A", "NM_203500.2(KEAP1):c.997G>T", "KEAP1:p.Gly333Cys", "c.1000+1G>A",
        "c.2216-5434T>C", "c.-14G>C", "c.*46T>A", "c.*10dup", "c.-5_-3del", "c.145del", "c.603dup",
        "c.76_77insT", "c.112_117delinsTG", "c.203_506inv", "c.1648_1860=", "g.123_345[3]",
        "c.(?_-1)_(*1_?)del", "c.(4071+1_4072-1)_(5154+1_5155-1)del", "c.88-?_923+?del", "g.(123_456)del",
        "c.(1_10)A>C", "r.(5g>u)", "r.((1_10)a>c)", "m.1A>T", "n.1A>T", "NR_037623.1:n.430-364delinsTT",
        "NP_203500.1:p.(Gly333Cys)", "p.Asp29delinsGluGlu", "p.Gly12_Gly13insGlyTer",
    ])
    func roundTrip(_ canonical: String) throws {
        #expect(try HGVSParser.parse(canonical).formatted() == canonical)
    }

    @Test("Without the reference, only the description is written")
    func withoutReference() throws {
        let variant = try HGVSParser.parse("NM_203500.2(KEAP1):c.997G>T")
        #expect(variant.formatted(HGVSFormatter(includesReference: false)) == "c.997G>T")
        #expect(HGVSFormatter.oneLetter.string(for: try HGVSParser.parse("NP_203500.1:p.Gly333Cys").description) == "p.G333C")
    }

    @Test("A location alone is written with its coordinate type, as inside the whole description", arguments: [
        ("c.(4071+1_4072-1)_(5154+1_5155-1)del", "c.(4071+1_4072-1)_(5154+1_5155-1)"),
        ("c.88-?_923+?del", "c.88-?_923+?"), ("c.*10_*12del", "c.*10_*12"), ("c.(1_10)A>C", "c.(1_10)"),
        ("g.123_345[3]", "g.123_345"), ("c.1000+1G>A", "c.1000+1"),
    ])
    func locationAlone(description: String, location: String) throws {
        guard case .nucleotide(let variant) = try HGVSParser.parse(description).description else {
            Issue.record("\(description) is not a nucleotide description")
            return
        }
        #expect(HGVSFormatter.canonical.string(for: variant.location, in: variant.coordinateSystem) == location)
    }

    @Test("Formatting is idempotent on every corpus string: format(parse(format(parse(s)))) == format(parse(s))",
          .requiresSharedData)
    func idempotentOnCorpus() throws {
        let strings = try SharedData.dataLines("oracles/hgvs_corpus/flat_valid.txt")
            + OracleRecord.load("oracles/ref/tcga_mc3_hgvsp_short.jsonl").map(\.input)
            + OracleRecord.load("oracles/ref/tcga_mc3_hgvsc.jsonl").map(\.input)
        for string in strings {
            for formatter in [HGVSFormatter.canonical, .oneLetter] {
                let once = try HGVSParser.parse(string).formatted(formatter)
                #expect(try HGVSParser.parse(once).formatted(formatter) == once, "\(string)")
            }
        }
    }

    @Test("Amino-acid codes convert both ways")
    func aminoAcidCodes() {
        #expect(AminoAcidCode.threeLetterCode(for: "E") == "Glu")
        #expect(AminoAcidCode.threeLetterCode(for: "*") == "Ter")
        #expect(AminoAcidCode.threeLetterCode(for: "J") == nil)
        #expect(AminoAcidCode.oneLetterCode(for: "Trp") == "W")
        #expect(AminoAcidCode.oneLetterCode(for: "Ter") == "*")
        #expect(AminoAcidCode.oneLetterCode(for: "GLU") == nil)
        #expect(AminoAcidCode.oneLetterCode(for: "Pyl") == nil)
    }
}
