import HGVS
import Testing
import TestSupport
import VariantEffect

/// HGVS normalisation of c. changes: 3′ shifting within the CDS, dup detection, and the caveat when the
/// shift reaches an exon end (no intron sequence in the model).
@Suite("c. normalisation", .requiresSharedData)
struct NormalisationTests {
    @Test("an insertion is shifted 3′ and becomes a dup: NFE2L2 c.81_82insATA = c.82_84dup")
    func insertionBecomesDuplication() throws {
        // c.79–87 = G A T A T A G A T. Inserting ATA after c.81 can slide right while the inserted
        // sequence's first base equals the next base: after c.82 (TAA), c.83 (AAT), c.84 (ATA); c.85 is
        // G, so it stops after c.84, where it repeats c.82–84 (ATA): c.82_84dup, p.Ile28dup (MC3 call).
        let model = try ReferenceModels.nfe2l2(.grch37)
        let effect = try model.predictEffect(of: CDot.insertion(after: 81, "ATA"))
        #expect(TestFormatting.vepCoding(effect.coding) == "c.82_84dupATA")
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Ile28dup)")
        #expect(effect.consequences == [.inframeInsertion])
        #expect(effect.caveats.isEmpty)
    }

    @Test("a deletion in a run is moved to its 3′ end: KEAP1 c.634del = c.637del")
    func deletionShift() throws {
        // c.630–639 = T T T T G G G G A G: deleting any G of c.634–637 is written at c.637 (c.638 is A).
        let model = try ReferenceModels.keap1(.grch37)
        let effect = try model.predictEffect(of: CDot.deletion(634))
        #expect(TestFormatting.vepCoding(effect.coding) == "c.637delG")
        #expect(effect.caveats.isEmpty)
    }

    @Test("a shift that reaches the exon end is reported, not guessed")
    func shiftBlockedAtExonEnd() throws {
        let model = try ReferenceModels.keap1(.grch37)
        // c.639 (G) is the last base of exon 2; the intron base after it is not in the model, so the
        // deletion might belong at c.639+1.
        let deletion = try model.predictEffect(of: CDot.deletion(639))
        #expect(TestFormatting.vepCoding(deletion.coding) == "c.639delG")
        #expect(deletion.caveats == [.notShiftedBeyondCodingSequence])
        // Inserting G before c.639 (G) duplicates it: c.639dup, which the intron could continue.
        let duplication = try model.predictEffect(of: CDot.insertion(after: 638, "G"))
        #expect(TestFormatting.vepCoding(duplication.coding) == "c.639dupG")
        #expect(duplication.caveats == [.notShiftedBeyondCodingSequence])
        // VEP counts an insertion right after an exon's last base as splice region.
        #expect(duplication.consequences == [.frameshiftVariant, .spliceRegionVariant])
        // Inserting GT there could slide one base (to TG after c.639) but would then need the intron:
        // it is kept inside the exon, with the caveat.
        let insertion = try model.predictEffect(of: CDot.insertion(after: 638, "GT"))
        #expect(TestFormatting.vepCoding(insertion.coding) == "c.638_639insGT")
        #expect(insertion.caveats == [.notShiftedBeyondCodingSequence])
    }

    @Test("on the plus strand a padded VCF insertion is trimmed 3′ first, then shifted and checked for dup")
    func plusStrandTrimming() throws {
        // Toy model exon 1 = 100–105 = A T G A A A (c.1–6). VCF 103 G>GA inserts A after c.3; it slides to
        // the exon end (c.4–6 are A) and repeats c.6: c.6dupA, with the exon-end caveat.
        let model = try TranscriptModelValidationTests.model()
        let description = try model.describe(GenomicVariant(chromosome: "1", position: 103, reference: "G", alternate: "GA"))
        #expect(TestFormatting.vepCoding(description.coding) == "c.6dupA")
        #expect(description.caveats == [.notShiftedBeyondCodingSequence])
    }

    @Test("delins inputs are trimmed to the minimal change")
    func delinsTrimming() throws {
        // NFE2L2 c.235–237 = GAG: replacing GAG with GAA is the substitution c.237G>A (Glu79=).
        let model = try ReferenceModels.nfe2l2(.grch37)
        let effect = try model.predictEffect(of: CDot.deletionInsertion(235, 237, "GAA"))
        #expect(TestFormatting.vepCoding(effect.coding) == "c.237G>A")
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Glu79=)")
    }

    @Test("intronic indels are described where given, with the caveat")
    func intronicIndel() throws {
        let model = try ReferenceModels.keap1(.grch37)
        // MAF deletion of the forward base at 10610060 = c.639+11.
        let description = try model.describe(GenomicVariant(chromosome: "19", position: 10_610_060, reference: "A", alternate: "-"))
        #expect(TestFormatting.vepCoding(description.coding) == "c.639+11delT")
        #expect(description.caveats == [.notShiftedBeyondCodingSequence])
    }
}
