import HGVS
import Testing
import TestSupport

/// Consequences implied by protein descriptions.
@Suite("Sequence Ontology consequence")
struct SequenceOntologyTests {
    /// Each expectation follows from the rule stated on `ProteinVariant.sequenceOntologyTerm`
    /// (VEP's predicates on the reference and alternate peptides), reasoned case by case.
    @Test("Hand-checked consequences", arguments: [
        ("p.Glu79Lys", SequenceOntologyTerm.missenseVariant),
        ("p.Arg320Ter", .stopGained),
        ("p.R320X", .stopGained),
        ("p.Gly31=", .synonymousVariant),
        ("p.L374L", .synonymousVariant),
        ("p.(=)", .synonymousVariant),
        ("p.Gly333AlafsTer12", .frameshiftVariant),
        ("p.Gly333fs", .frameshiftVariant),
        ("p.Glu49TerfsTer1", .stopGained),  // first new residue a stop: VEP ranks stop_gained first
        ("p.Arg34_Ser40del", .inframeDeletion),
        ("p.Asp29_Ile30insGly", .inframeInsertion),
        ("p.Ile28dup", .inframeInsertion),
        ("p.Gly12_Gly13insTer", .stopGained),
        ("p.Trp24_Asp29delinsTyr", .inframeDeletion),  // 6 residues → 1
        ("p.Asp29delinsGluGlu", .proteinAlteringVariant),  // D → EE: D is neither prefix nor suffix
        ("p.Asp29delinsAspGlu", .inframeInsertion),  // D → DE: D is a prefix
        ("p.Asp29_Ile30delinsGluLys", .missenseVariant),  // same length
        ("p.Ser592delinsTer", .stopGained),
        ("p.Leu600_Ter606del", .stopLost),
        ("p.Met1?", .startLost),
        ("p.Met1Leu", .startLost),
        ("p.Met1X", .startLost),
        ("p.Met1_Lys5del", .startLost),
        ("p.Met1=", .startRetainedVariant),
        ("p.Met1ext-5", .proteinAlteringVariant),
        ("p.Met1Valext-12", .startLost),
        ("p.Ter606LeuextTer5", .stopLost),
        ("p.Ter606Leu", .stopLost),
        ("p.Ter606=", .stopRetainedVariant),
        ("p.*606*", .stopRetainedVariant),
        ("p.Arg15?", .codingSequenceVariant),
        ("p.X168_splice", .spliceSiteVariant),
        ("p.?", .sequenceVariant),
        ("p.0", .sequenceVariant),
    ])
    func consequence(input: String, term: SequenceOntologyTerm) throws {
        #expect(try HGVSParser.parse(input).proteinConsequence == term)
    }

    @Test("Nucleotide descriptions have no protein consequence")
    func nucleotide() throws {
        #expect(try HGVSParser.parse("c.235G>A").proteinConsequence == nil)
    }

    /// Accessions as listed by Ensembl REST `/info/variation/consequence_types` and the SO browser.
    @Test("Term names and SO accessions")
    func accessions() {
        #expect(SequenceOntologyTerm.missenseVariant.name == "missense_variant")
        #expect(SequenceOntologyTerm.missenseVariant.accession == "SO:0001583")
        #expect(SequenceOntologyTerm.stopGained.accession == "SO:0001587")
        #expect(SequenceOntologyTerm.frameshiftVariant.accession == "SO:0001589")
        #expect(SequenceOntologyTerm.startLost.accession == "SO:0002012")
        #expect(SequenceOntologyTerm.spliceSiteVariant.accession == "SO:0001629")
        let accessions = SequenceOntologyTerm.allCases.map(\.accession)
        #expect(Set(accessions).count == accessions.count)
        #expect(accessions.allSatisfy { $0.hasPrefix("SO:") && $0.count == 10 })
    }

    /// TCGA MC3 calls carry vcf2maf's Variant_Classification, derived from VEP's consequence on
    /// the DNA change. Two rows deliberately differ: frameshifts whose first new codon is a stop
    /// are written `p.S592*` and `p.E126*`, which read as stop_gained; only the DNA shows the frameshift.
    @Test("Agreement with vcf2maf's Variant_Classification on the 173 TCGA MC3 calls", .requiresSharedData)
    func tcgaClassification() throws {
        let rows = try SharedData.dataLines("cohorts/tcga_mc3_keap1_nfe2l2_variants.tsv")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        let proteinColumn = try #require(header.firstIndex(of: "HGVSp_Short"))
        let classColumn = try #require(header.firstIndex(of: "Variant_Classification"))
        let expectedByClass: [String: SequenceOntologyTerm] = [
            "Missense_Mutation": .missenseVariant, "Nonsense_Mutation": .stopGained,
            "Frame_Shift_Del": .frameshiftVariant, "Frame_Shift_Ins": .frameshiftVariant,
            "In_Frame_Del": .inframeDeletion, "In_Frame_Ins": .inframeInsertion, "Silent": .synonymousVariant,
            "Splice_Site": .spliceSiteVariant, "Nonstop_Mutation": .stopLost, "Translation_Start_Site": .startLost,
        ]
        let deliberate: Set<String> = ["p.S592*", "p.E126*"]
        var agreements = 0
        for row in rows.dropFirst() {
            let expected = try #require(expectedByClass[row[classColumn]], "\(row[classColumn])")
            let term = try HGVSParser.parse(row[proteinColumn]).proteinConsequence
            if deliberate.contains(row[proteinColumn]) {
                #expect(term == .stopGained && expected == .frameshiftVariant)
                continue
            }
            #expect(term == expected, "\(row[proteinColumn]) \(row[classColumn])")
            if term == expected { agreements += 1 }
        }
        print("TCGA MC3 Variant_Classification: \(agreements)/\(rows.count - 1) agree, \(deliberate.count) deliberate differences")
        #expect(agreements == rows.count - 1 - deliberate.count)
    }
}
