import HGVS
import Testing
import TestSupport
import VariantEffect

/// One hand-checked example per consequence class. Codons were read off the CDS FASTA files
/// (codon n = c.(3n−2)…c.(3n)) and translated with the standard genetic code; each comment shows
/// the reading. MAF forms follow VEP/vcf2maf HGVSp_Short.
@Suite("Consequence classes", .requiresSharedData)
struct ConsequenceTests {
    func effect(_ model: TranscriptModel, _ variant: NucleotideVariant) throws -> VariantEffect {
        try model.predictEffect(of: variant)
    }

    @Test("missense: NFE2L2 c.235G>A, GAG (Glu79) → AAG (Lys)")
    func missense() throws {
        let effect = try effect(ReferenceModels.nfe2l2(.grch37), CDot.substitution(235, "G", "A"))
        #expect(effect.consequences == [.missenseVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Glu79Lys)")
        #expect(TestFormatting.shortProtein(effect.mafProtein) == "p.E79K")
    }

    @Test("synonymous: NFE2L2 c.93A>G, GGA (Gly31) → GGG (Gly)")
    func synonymous() throws {
        let effect = try effect(ReferenceModels.nfe2l2(.grch37), CDot.substitution(93, "A", "G"))
        #expect(effect.consequences == [.synonymousVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Gly31=)")
        #expect(TestFormatting.shortProtein(effect.mafProtein) == "p.G31=")
    }

    @Test("nonsense: NFE2L2 c.100C>T, CGA (Arg34) → TGA (stop)")
    func nonsense() throws {
        let effect = try effect(ReferenceModels.nfe2l2(.grch37), CDot.substitution(100, "C", "T"))
        #expect(effect.consequences == [.stopGained])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Arg34Ter)")
        #expect(TestFormatting.shortProtein(effect.mafProtein) == "p.R34*")
    }

    @Test("stop lost: NFE2L2 c.1817A>T, TAG (Ter606) → TTG (Leu); no 3′ UTR, so ext*?")
    func stopLost() throws {
        let effect = try effect(ReferenceModels.nfe2l2(.grch37), CDot.substitution(1817, "A", "T"))
        #expect(effect.consequences == [.stopLost])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Ter606LeuextTer?)")
        #expect(TestFormatting.shortProtein(effect.mafProtein) == "p.*606Lext*?")
    }

    @Test("stop retained: NFE2L2 c.1818G>A, TAG → TAA")
    func stopRetained() throws {
        let effect = try effect(ReferenceModels.nfe2l2(.grch37), CDot.substitution(1818, "G", "A"))
        #expect(effect.consequences == [.stopRetainedVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Ter606=)")
    }

    @Test("start lost: KEAP1 c.1A>G and c.2T>C change ATG")
    func startLost() throws {
        let model = try ReferenceModels.keap1(.grch37)
        for variant in [CDot.substitution(1, "A", "G"), CDot.substitution(2, "T", "C")] {
            let effect = try effect(model, variant)
            #expect(effect.consequences == [.startLost])
            #expect(TestFormatting.longProtein(effect.protein) == "p.(Met1?)")
            #expect(TestFormatting.shortProtein(effect.mafProtein) == "p.M1?")
        }
    }

    @Test("frameshift: KEAP1 c.74del, GAG (Glu25) loses its A")
    func frameshift() throws {
        // c.70–80 = C C T G A G G G G G C. Without c.74 the frame from codon 25 reads GGG (Gly) GGG CAG
        // GGG ACG CGG TGA: the stop is the 7th codon counting Gly25 as 1.
        let effect = try effect(ReferenceModels.keap1(.grch37), CDot.deletion(74))
        #expect(effect.consequences == [.frameshiftVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Glu25GlyfsTer7)")
        #expect(TestFormatting.shortProtein(effect.mafProtein) == "p.E25Gfs*7")
    }

    @Test("frameshift without a stop before the CDS ends: KEAP1 c.1860del → fsTer?")
    func frameshiftWithoutStop() throws {
        // Codons 620–625 = CAG AAC TGT ACC TGT TGA. Without c.1860 (G; c.1861 is A, so no shift) the frame
        // reads CAA (Gln620, unchanged) ACT (Thr, was Asn621) GTA CCT GTT and then only "GA" is left.
        let effect = try effect(ReferenceModels.keap1(.grch37), CDot.deletion(1860))
        #expect(effect.consequences == [.frameshiftVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Asn621ThrfsTer?)")
    }

    @Test("frameshift whose first new codon is a stop is written as nonsense (MC3: c.1774_1780del p.S592*)")
    func frameshiftImmediateStop() throws {
        let effect = try effect(ReferenceModels.keap1(.grch37), CDot.deletion(1774, 1780))
        #expect(effect.consequences == [.frameshiftVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Ser592Ter)")
    }

    @Test("in-frame deletion is placed C-terminally at protein level: KEAP1 c.304_306del")
    func inframeDeletionShift() throws {
        // Codons 101–105 = GCC TCA TCC AGC CCT (Ala Ser Ser Ser Pro). Deleting TCA (c.304–306) slides at
        // DNA level to c.306_308 (ATC; c.309 is C ≠ A) and removes one of Ser102–Ser104: HGVS names the
        // C-terminal one, Ser104.
        let effect = try effect(ReferenceModels.keap1(.grch37), CDot.deletion(304, 306))
        #expect(TestFormatting.vepCoding(effect.coding) == "c.306_308delATC")
        #expect(effect.consequences == [.inframeDeletion])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Ser104del)")
    }

    @Test("in-frame insertion: NFE2L2 c.85_86insGGG puts Gly before Asp29")
    func inframeInsertion() throws {
        // c.82–87 = ATA GAT (Ile28 Asp29). GGG after c.84 slides one base (c.85 is G) to after c.85; the
        // three bases before it (TAG) differ, so it stays an insertion. Codon 29 becomes GGG GAT: Gly Asp.
        let effect = try effect(ReferenceModels.nfe2l2(.grch37), CDot.insertion(after: 84, "GGG"))
        #expect(TestFormatting.vepCoding(effect.coding) == "c.85_86insGGG")
        #expect(effect.consequences == [.inframeInsertion])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Ile28_Asp29insGly)")
    }

    @Test("in-frame deletion that creates a stop: KEAP1 c.42_44del, TGC CGA → TGA")
    func inframeStopGain() throws {
        // Codons 14–15 = TGC (Cys) CGA (Arg); without c.42–44 (CCG) codon 14 reads TG + A = TGA.
        let effect = try effect(ReferenceModels.keap1(.grch37), CDot.deletion(42, 44))
        #expect(effect.consequences == [.stopGained, .inframeDeletion])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Cys14Ter)")
    }

    @Test("MNV inside one codon: NFE2L2 c.235_236delinsTT, GAG → TTG (Leu)")
    func mnvOneCodon() throws {
        let effect = try effect(ReferenceModels.nfe2l2(.grch37), CDot.deletionInsertion(235, 236, "TT"))
        #expect(TestFormatting.vepCoding(effect.coding) == "c.235_236delinsTT")
        #expect(effect.consequences == [.missenseVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Glu79Leu)")
    }

    @Test("MNV across two codons: NFE2L2 c.237_238delinsCT, GAG ACA → GAC TCA")
    func mnvTwoCodons() throws {
        // Codon 79 GAG → GAC (Asp), codon 80 ACA → TCA (Ser).
        let effect = try effect(ReferenceModels.nfe2l2(.grch37), CDot.deletionInsertion(237, 238, "CT"))
        #expect(effect.consequences == [.missenseVariant])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Glu79_Thr80delinsAspSer)")
    }

    @Test("in-frame deletion that is a delins at protein level (MC3: c.71_85del p.W24_D29delinsY)")
    func deletionAsProteinDelins() throws {
        let effect = try effect(ReferenceModels.nfe2l2(.grch37), CDot.deletion(71, 85))
        #expect(effect.consequences == [.inframeDeletion])
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Trp24_Asp29delinsTyr)")
    }

    @Test("UTR variants have no protein change")
    func untranslated() throws {
        let model = try ReferenceModels.keap1(.grch37)
        let five = try effect(model, CDot.variant(CDot.position(-5), nil, .substitution(reference: "C", alternate: "T")))
        #expect(five.consequences == [.fivePrimeUTRVariant] && five.protein == nil)
        let three = try effect(model, CDot.variant(CDot.afterStop(10), nil, .substitution(reference: "C", alternate: "T")))
        #expect(three.consequences == [.threePrimeUTRVariant] && three.mafProtein == nil)
    }
}
