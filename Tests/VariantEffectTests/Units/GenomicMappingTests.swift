import HGVS
import Testing
import TestSupport
import VariantEffect

/// Genomic (VCF/MAF, forward strand) → c. on the real minus-strand models.
///
/// Hand checks use the coordinate files: KEAP1 GRCh37 coding exon 2 = 10610071–10610709 (c.1–639) and
/// exon 3 = 10602253–10602938 (c.640–1325), minus strand, so c.n in exon 2 lies at 10610709 − (n − 1);
/// NFE2L2 GRCh37 exon 2 = 178098733–178098999 (c.46–312), so c.n lies at 178098999 − (n − 46).
@Suite("Genomic → c. mapping", .requiresSharedData)
struct GenomicMappingTests {
    func describe(_ model: TranscriptModel, _ chromosome: String, _ position: Int, _ ref: String, _ alt: String) throws -> String {
        let description = try model.describe(GenomicVariant(chromosome: chromosome, position: position, reference: ref, alternate: alt))
        return TestFormatting.vepCoding(description.coding)
    }

    @Test("GRCh38 anchor: KEAP1 19:10491677 T>- is c.1225del, p.(Met409Ter) (VEP fixture, PROVENANCE.md)")
    func keap1Anchor() throws {
        // c.1224–1228 = C A T G A: deleting c.1225 A leaves codon 409 = TGA; C ≠ T, so no 3′ shift.
        let model = try ReferenceModels.keap1(.grch38)
        let effect = try model.predictEffect(of: GenomicVariant(chromosome: "19", position: 10_491_677, reference: "T", alternate: "-"))
        #expect(TestFormatting.hgvsCoding(effect.coding) == "c.1225del")
        #expect(TestFormatting.longProtein(effect.protein) == "p.(Met409Ter)")
        #expect(effect.consequences == [.frameshiftVariant])
    }

    @Test("NFE2L2 E82 codon = GRCh37 chr2:178098799-178098801 = c.246…c.244 (vcf2maf hotspot BED)")
    func nfe2l2E82() throws {
        let model = try ReferenceModels.nfe2l2(.grch37)
        // Codon 82 is GAA (c.244 G, c.245 A, c.246 A); forward strand C, T, T from 178098801 down.
        #expect(try describe(model, "2", 178_098_801, "C", "G") == "c.244G>C")
        #expect(try describe(model, "2", 178_098_800, "T", "A") == "c.245A>T")
        #expect(try describe(model, "2", 178_098_799, "T", "C") == "c.246A>G")
        // GAA → CAA (Gln), → GTA (Val).
        let glutamine = try model.predictEffect(of: GenomicVariant(chromosome: "2", position: 178_098_801, reference: "C", alternate: "G"))
        #expect(TestFormatting.longProtein(glutamine.protein) == "p.(Glu82Gln)")
    }

    @Test("the same base maps identically on GRCh37 and GRCh38 (chain offsets)")
    func bothAssemblies() throws {
        // NFE2L2 c.235G>A (E79K; pepitope's GRCh38 example at 177234082 = 178098810 − 864728).
        let grch37 = try describe(ReferenceModels.nfe2l2(.grch37), "2", 178_098_810, "C", "T")
        let grch38 = try describe(ReferenceModels.nfe2l2(.grch38), "chr2", 177_234_082, "C", "T")
        #expect(grch37 == "c.235G>A" && grch38 == "c.235G>A")
    }

    @Test("intronic offsets count from the nearer exon boundary; the middle base takes +")
    func intronicOffsets() throws {
        let model = try ReferenceModels.keap1(.grch37)
        // Intron 2 runs from 10610070 (c.639+1) down to 10602939 (c.640-1): 7132 bases, so bases 1–3566
        // are numbered from c.639 and bases 3567–7132 from c.640.
        #expect(try describe(model, "19", 10_610_070, "C", "T") == "c.639+1G>A")
        #expect(try describe(model, "19", 10_610_069, "A", "G") == "c.639+2T>C")
        #expect(try describe(model, "19", 10_602_939, "T", "C") == "c.640-1A>G")
        #expect(try describe(model, "19", 10_602_940, "T", "G") == "c.640-2A>C")
        #expect(try describe(model, "19", 10_606_505, "A", "G") == "c.639+3566T>C")
        #expect(try describe(model, "19", 10_606_504, "A", "G") == "c.640-3566T>C")
    }

    @Test("the middle base of an odd-length intron is numbered with +", arguments: [(153, "c.6+48C>T"), (154, "c.7-47C>T")])
    func oddIntronMiddle(position: Int, expected: String) throws {
        // Toy plus-strand model: intron 106–200 has 95 bases; base 48 is its middle.
        let model = try TranscriptModelValidationTests.model()
        #expect(try describe(model, "1", position, "C", "T") == expected)
    }

    @Test("UTR positions are named within the known exon extent, and refused beyond it")
    func untranslatedRegions() throws {
        let nfe2l2 = try ReferenceModels.nfe2l2(.grch38)
        // Exon 1 = 177264532–177264727 with c.1 at 177264576; exon 5 = 177230308–177232008 with the
        // last stop base (c.1818) at 177230785.
        #expect(try describe(nfe2l2, "2", 177_264_581, "A", "G") == "c.-5T>C")
        #expect(try describe(nfe2l2, "2", 177_230_775, "A", "G") == "c.*10T>C")
        let utr = try nfe2l2.predictEffect(of: GenomicVariant(chromosome: "2", position: 177_264_581, reference: "A", alternate: "G"))
        #expect(utr.consequences == [.fivePrimeUTRVariant] && utr.protein == nil)
        // rs6721961 (GRCh38 177265309) lies upstream of exon 1.
        #expect(throws: VariantEffectError.self) {
            try nfe2l2.describe(GenomicVariant(chromosome: "2", position: 177_265_309, reference: "T", alternate: "G"))
        }
        // KEAP1's model holds no UTR extent, so even one base 5′ of c.1 cannot be named.
        let keap1 = try ReferenceModels.keap1(.grch37)
        #expect(throws: VariantEffectError.self) {
            try keap1.describe(GenomicVariant(chromosome: "19", position: 10_610_710, reference: "C", alternate: "T"))
        }
    }

    @Test("VCF padding is trimmed on the minus strand: c.380delG and c.375dupT (MC3 calls)")
    func vcfStyleIndels() throws {
        let model = try ReferenceModels.keap1(.grch37)
        // Forward strand around c.381/c.380/c.379 (10610329–31) reads A C C; VCF left-aligns the deletion
        // of one C to "AC>A" at 10610329; an unaligned caller may write "CC>C" at 10610330.
        #expect(try describe(model, "19", 10_610_329, "AC", "A") == "c.380delG")
        #expect(try describe(model, "19", 10_610_330, "CC", "C") == "c.380delG")
        // MAF 10610334 ->A is VCF 10610334 C>CA (c.376 is G, forward C).
        #expect(try describe(model, "19", 10_610_334, "C", "CA") == "c.375dupT")
        #expect(try describe(model, "19", 10_610_334, "-", "A") == "c.375dupT")
    }

    @Test("a reference base that disagrees with the CDS is an error naming position, expected and given base")
    func referenceMismatch() throws {
        let model = try ReferenceModels.nfe2l2(.grch37)
        // c.235 is G, i.e. C on the forward strand at 178098810.
        let error = #expect(throws: VariantEffectError.self) {
            try model.describe(GenomicVariant(chromosome: "2", position: 178_098_810, reference: "T", alternate: "A"))
        }
        let expected = ReferenceMismatch(position: "2:178098810 (NM_006164.5 c.235)", expected: "C", given: "T",
                                         orientation: .genomicForwardStrand)
        #expect(error == .referenceMismatch(expected))
        #expect(error?.description.contains("the transcript model has C, the variant gives T") == true)
    }

    @Test("a variant on another chromosome is refused")
    func chromosomeMismatch() throws {
        let model = try ReferenceModels.keap1(.grch37)
        #expect(throws: VariantEffectError.chromosomeMismatch(variant: "2", model: "19", accession: "NM_203500.2")) {
            try model.describe(GenomicVariant(chromosome: "2", position: 10_610_253, reference: "G", alternate: "C"))
        }
    }

    @Test("malformed genomic fields are refused")
    func malformedInput() {
        #expect(throws: GenomicVariantError.bothAllelesEmpty) { try GenomicVariant(chromosome: "1", position: 5, reference: "-", alternate: "") }
        #expect(throws: GenomicVariantError.noChange(allele: "A")) { try GenomicVariant(chromosome: "1", position: 5, reference: "A", alternate: "a") }
        #expect(throws: GenomicVariantError.invalidPosition(0)) { try GenomicVariant(chromosome: "1", position: 0, reference: "A", alternate: "C") }
        #expect(throws: GenomicVariantError.invalidAllele(role: "alternate", allele: "<DEL>", character: "<")) {
            try GenomicVariant(chromosome: "1", position: 5, reference: "A", alternate: "<DEL>")
        }
    }
}
