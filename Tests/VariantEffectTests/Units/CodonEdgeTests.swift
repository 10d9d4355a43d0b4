import HGVS
import Testing
import TestSupport
import VariantEffect

/// Changes at the start and stop codons, where the model's lack of UTR sequence matters.
/// NFE2L2 codons 605–606 = AAC TAG (c.1813–1818); KEAP1 codons 624–625 = TGT TGA (c.1870–1875);
/// both CDSs begin ATG.
@Suite("Start and stop codon edges", .requiresSharedData)
struct CodonEdgeTests {
    @Test("stop codon replaced by a sense codon and a new stop: extension of known length")
    func knownExtension() throws {
        // TAG → TTG TAA: Leu at 606, then the new stop right after it, at position 1 of the added tail.
        let model = try ReferenceModels.nfe2l2(.grch37)
        let effect = try model.predictEffect(of: CDot.deletionInsertion(1816, 1818, "TTGTAA"))
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Ter606LeuextTer1)")
        // VEP's peptide test sees "*" → "L*": the alternate ends with the reference stop, which its
        // inframe_insertion predicate accepts, and stop_lost requires the stop to vanish from the codons.
        #expect(effect.consequences == [.inframeInsertion])
    }

    @Test("a stop inserted before the stop codon retains it")
    func insertedStop() throws {
        // TAA between c.1815 and c.1816 slides to between c.1817 and c.1818 (T A [ATA] G = TAA TAG);
        // the protein still ends at Ter606.
        let model = try ReferenceModels.nfe2l2(.grch37)
        let effect = try model.predictEffect(of: CDot.insertion(after: 1815, "TAA"))
        #expect(TestFormatting.vepCoding(effect.coding) == "c.1817_1818insATA")
        #expect(effect.consequences == [.inframeInsertion, .stopRetainedVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Ter606=)")
    }

    @Test("in-frame delins that ends in a new stop: p.(Glu79_Thr80delinsAlaTer)")
    func delinsWithStop() throws {
        // GAG ACA (Glu79 Thr80) → GCG TAA (Ala, stop); minimal form c.236_239delinsCGTA.
        let model = try ReferenceModels.nfe2l2(.grch37)
        let effect = try model.predictEffect(of: CDot.deletionInsertion(235, 240, "GCGTAA"))
        #expect(TestFormatting.vepCoding(effect.coding) == "c.236_239delinsCGTA")
        #expect(effect.consequences == [.stopGained])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Glu79_Thr80delinsAlaTer)")
    }

    @Test("an insertion inside ATG that leaves ATG after it: start retained, protein unknown")
    func startRetained() throws {
        // A[GCA]TG reads AGC ATG: VEP's start_retained_variant; initiation context changes, p.(Met1?).
        let model = try ReferenceModels.keap1(.grch37)
        let effect = try model.predictEffect(of: CDot.insertion(after: 1, "GCA"))
        #expect(effect.consequences == [.startRetainedVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Met1?)")
    }

    @Test("a deletion from the 5′ UTR into the start codon loses the start, depending on UTR sequence")
    func startCodonWithUTR() throws {
        let model = try ReferenceModels.nfe2l2(.grch37)
        let variant = CDot.variant(CDot.position(-2), CDot.position(2), .deletion(reference: nil, length: nil))
        let effect = try model.predictEffect(of: variant)
        #expect(effect.consequences == [.startLost, .fivePrimeUTRVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Met1?)")
        #expect(effect.caveats == [.notShiftedBeyondCodingSequence, .proteinDependsOnUntranslatedRegion])
    }

    @Test("deleting the whole stop codon: stop lost, protein depends on the 3′ UTR")
    func stopCodonDeleted() throws {
        let model = try ReferenceModels.keap1(.grch37)
        let effect = try model.predictEffect(of: CDot.deletion(1873, 1875))
        #expect(effect.consequences == [.stopLost, .inframeDeletion])
        #expect(effect.protein == .unknown)
        #expect(effect.caveats == [.notShiftedBeyondCodingSequence, .proteinDependsOnUntranslatedRegion])
    }

    @Test("duplicating the stop codon inserts after it: 3′ UTR")
    func stopCodonDuplicated() throws {
        let model = try ReferenceModels.keap1(.grch37)
        let effect = try model.predictEffect(of: CDot.duplication(1873, 1875))
        #expect(TestFormatting.vepCoding(effect.coding) == "c.1873_1875dupTGA")
        #expect(effect.consequences == [.threePrimeUTRVariant])
        #expect(effect.protein == nil)
        #expect(effect.caveats == [.notShiftedBeyondCodingSequence])
    }
}
