import HGVS
import Testing
import TestSupport
import VariantEffect

/// Splice classification at the KEAP1 exon 2 / exon 3 boundary (c.639 | intron 2 | c.640), with VEP's
/// definitions: ±1/±2 donor/acceptor; +3…+8, −8…−3 and the last/first 3 exon bases splice region;
/// intron bases beyond ±2 intron_variant. vcf2maf's short form is `X<codon>_splice`, codon =
/// round((c + c mod 3)/3): c.639 → 213, c.640 → 214.
@Suite("Splice sites", .requiresSharedData)
struct SpliceTests {
    func effect(_ base: Int, offset: Int) throws -> VariantEffect {
        try ReferenceModels.keap1(.grch37).predictEffect(of: CDot.substitution(base, offset: offset, "G", "A"))
    }

    @Test("donor +1/+2", arguments: [1, 2])
    func donor(offset: Int) throws {
        let effect = try effect(639, offset: offset)
        #expect(effect.consequences == [.spliceDonorVariant])
        #expect(effect.mostSevereConsequence == .spliceDonorVariant)
        #expect(effect.protein == .unknown)
        #expect(TestFormatting.shortProtein(effect.mafProtein) == "p.X213_splice")
    }

    @Test("acceptor −1/−2", arguments: [-1, -2])
    func acceptor(offset: Int) throws {
        let effect = try effect(640, offset: offset)
        #expect(effect.consequences == [.spliceAcceptorVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.?")
        #expect(TestFormatting.shortProtein(effect.mafProtein) == "p.X214_splice")
    }

    @Test("intronic splice region +3…+8 and −8…−3", arguments: [(639, 3), (639, 8), (640, -3), (640, -8)])
    func intronicRegion(base: Int, offset: Int) throws {
        let effect = try effect(base, offset: offset)
        #expect(effect.consequences == [.spliceRegionVariant, .intronVariant])
        #expect(effect.protein == nil)
    }

    @Test("deeper intronic bases are intron_variant only", arguments: [(639, 9), (640, -9), (639, 3000)])
    func deepIntron(base: Int, offset: Int) throws {
        let effect = try effect(base, offset: offset)
        #expect(effect.consequences == [.intronVariant])
        #expect(effect.protein == nil && effect.mafProtein == nil)
    }

    @Test("the last and first three exon bases are splice region, with their coding effect first")
    func exonicRegion() throws {
        let model = try ReferenceModels.keap1(.grch37)
        // c.637–639 = GAG (Glu213): c.638A>G gives GGG (Gly).
        let last = try model.predictEffect(of: CDot.substitution(638, "A", "G"))
        #expect(last.consequences == [.missenseVariant, .spliceRegionVariant])
        #expect(TestFormatting.longProtein(last.protein) == "p.(Glu213Gly)")
        // c.640–642 = GTG (Val214): c.642G>A gives GTA (Val).
        let first = try model.predictEffect(of: CDot.substitution(642, "G", "A"))
        #expect(first.consequences == [.spliceRegionVariant, .synonymousVariant])
        // c.636 is the fourth-last base: no splice region.
        #expect(try model.predictEffect(of: CDot.substitution(636, "G", "A")).consequences == [.synonymousVariant])
    }

    @Test("a deletion across the exon end hits the donor and the coding sequence")
    func deletionAcrossBoundary() throws {
        let model = try ReferenceModels.keap1(.grch37)
        let variant = CDot.variant(CDot.position(638), CDot.position(639, offset: 2), .deletion(reference: nil, length: nil))
        let effect = try model.predictEffect(of: variant)
        #expect(effect.consequences == [.spliceDonorVariant, .codingSequenceVariant])
        #expect(effect.protein == .unknown)
        #expect(TestFormatting.shortProtein(effect.mafProtein) == "p.X213_splice")
        #expect(effect.caveats == [.notShiftedBeyondCodingSequence])
    }

    @Test("offsets must be anchored at an exon boundary and fit in the intron")
    func invalidOffsets() throws {
        let model = try ReferenceModels.keap1(.grch37)
        #expect(throws: VariantEffectError.self) { try model.predictEffect(of: CDot.substitution(638, offset: 1, "G", "A")) }
        #expect(throws: VariantEffectError.self) { try model.predictEffect(of: CDot.substitution(639, offset: 8000, "G", "A")) }
        #expect(throws: VariantEffectError.self) { try model.predictEffect(of: CDot.substitution(1875, offset: 1, "G", "A")) }
    }
}
