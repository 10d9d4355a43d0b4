import Testing
import TestSupport
import VariantEffect

@Suite("Translation")
struct TranslationTests {
    @Test("standard genetic code", arguments: [("ATG", "M"), ("TGG", "W"), ("TAA", "*"), ("TAG", "*"), ("TGA", "*"),
                                               ("GGA", "G"), ("AGA", "R"), ("ATA", "I"), ("TTT", "F"), ("ANG", "X")])
    func codons(codon: String, aminoAcid: String) {
        #expect(String(decoding: GeneticCode.translate(Array(codon.utf8)), as: UTF8.self) == aminoAcid)
    }

    @Test("translation stops after the first stop when asked, and ignores a partial codon")
    func stopping() {
        let bases = Array("ATGTAAGGGC".utf8)
        #expect(String(decoding: GeneticCode.translate(bases), as: UTF8.self) == "M*G")
        #expect(String(decoding: GeneticCode.translate(bases, stoppingAtFirstStop: true), as: UTF8.self) == "M*")
    }

    @Test("the reference proteins have their published lengths and landmark residues", .requiresSharedData)
    func referenceProteins() throws {
        // UniProt lengths via genome-nexus (Q14145 624 aa, Q16236 605 aa); KEAP1 sensor cysteines C151,
        // C273, C288; NRF2 DLG (29–31) and ETGE (79–82) motifs (PROVENANCE.md).
        let keap1 = Array(try ReferenceModels.keap1(.grch37).proteinSequence)
        #expect(keap1.count == 625 && keap1.last == "*")
        #expect(keap1[150] == "C" && keap1[272] == "C" && keap1[287] == "C")
        let nrf2 = Array(try ReferenceModels.nfe2l2(.grch38).proteinSequence)
        #expect(nrf2.count == 606 && nrf2.last == "*")
        #expect(String(nrf2[28...30]) == "DLG" && String(nrf2[78...81]) == "ETGE")
    }
}
