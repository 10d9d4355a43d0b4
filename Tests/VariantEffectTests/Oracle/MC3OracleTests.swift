import Testing
import TestSupport
import VariantEffect

/// The decisive test: every TCGA MC3 KEAP1/NFE2L2 call (173, GRCh37, MAF-style alleles) mapped with
/// our models must equal Ensembl VEP's HGVSc, HGVSp_Short and (through vcf2maf's mapping)
/// Variant_Classification, on GRCh37 and — after moving each position by the UCSC chain offset — on
/// GRCh38.
///
/// HGVSc is compared semantically by formatting our description in VEP's style: positions and edit
/// must be equal, and VEP's spelled bases (`c.145delG`) must equal the bases our description carries,
/// which come from the model's CDS (reference checked against the MAF allele on the way).
@Suite("TCGA MC3 oracle (Ensembl VEP)", .requiresSharedData)
struct MC3OracleTests {
    struct Call {
        let gene: String
        let chromosome: String
        let position: Int
        let reference: String
        let alternate: String
        let hgvsc: String
        let hgvspShort: String
        let classification: String
    }

    static func calls() throws -> [Call] {
        try ReferenceModels.table("cohorts/tcga_mc3_keap1_nfe2l2_variants.tsv").map { row in
            guard let gene = row["Hugo_Symbol"], let chromosome = row["Chromosome"],
                  let position = row["Start_Position"].flatMap({ Int($0) }), let reference = row["Reference_Allele"],
                  let alternate = row["Tumor_Seq_Allele2"], let hgvsc = row["HGVSc"], let hgvsp = row["HGVSp_Short"],
                  let classification = row["Variant_Classification"] else {
                throw FixtureError("incomplete MC3 row \(row)")
            }
            return Call(gene: gene, chromosome: chromosome, position: position, reference: reference,
                        alternate: alternate, hgvsc: hgvsc, hgvspShort: hgvsp, classification: classification)
        }
    }

    /// Our answer for one call in VEP's vocabulary, or the error text.
    static func answer(_ call: Call, model: TranscriptModel, position: Int) -> String {
        do {
            let variant = try GenomicVariant(chromosome: call.chromosome, position: position,
                                             reference: call.reference, alternate: call.alternate)
            let effect = try model.predictEffect(of: variant)
            let refLength = variant.reference.count, altLength = variant.alternate.count
            let type: MAFClassification.VariantType = refLength == altLength ? .substitution
                : (refLength < altLength ? .insertion : .deletion)
            let classification = MAFClassification.classification(
                of: effect.consequences, type: type, isInFrame: abs(refLength - altLength) % 3 == 0)
            return [TestFormatting.vepCoding(effect.coding), TestFormatting.shortProtein(effect.mafProtein),
                    classification].joined(separator: " ")
        } catch {
            return "error: \(error)"
        }
    }

    static func expected(_ call: Call) -> String {
        [call.hgvsc, call.hgvspShort, call.classification].joined(separator: " ")
    }

    @Test("173 MC3 calls on GRCh37 equal VEP")
    func grch37() throws {
        let calls = try Self.calls()
        #expect(calls.count == 173)
        let models = ["KEAP1": try ReferenceModels.keap1(.grch37), "NFE2L2": try ReferenceModels.nfe2l2(.grch37)]
        var disagreements: [String] = []
        for call in calls {
            let model = try #require(models[call.gene])
            let answer = Self.answer(call, model: model, position: call.position)
            if answer != Self.expected(call) {
                disagreements.append("\(call.gene) \(call.chromosome):\(call.position) \(call.reference)>\(call.alternate): VEP \(Self.expected(call)) | ours \(answer)")
            }
        }
        #expect(disagreements.isEmpty, "\(calls.count - disagreements.count)/\(calls.count) agree:\n\(disagreements.joined(separator: "\n"))")
    }

    @Test("the same 173 calls lifted to GRCh38 give the same c./p./class")
    func grch38() throws {
        let calls = try Self.calls()
        let models = ["KEAP1": try ReferenceModels.keap1(.grch38), "NFE2L2": try ReferenceModels.nfe2l2(.grch38)]
        let offsets = ["KEAP1": ReferenceModels.keap1GRCh38Offset, "NFE2L2": ReferenceModels.nfe2l2GRCh38Offset]
        var disagreements: [String] = []
        for call in calls {
            let model = try #require(models[call.gene])
            let position = call.position + (try #require(offsets[call.gene]))
            let answer = Self.answer(call, model: model, position: position)
            if answer != Self.expected(call) {
                disagreements.append("\(call.gene) GRCh38 \(call.chromosome):\(position): VEP(GRCh37) \(Self.expected(call)) | ours \(answer)")
            }
        }
        #expect(disagreements.isEmpty, "\(calls.count - disagreements.count)/\(calls.count) agree:\n\(disagreements.joined(separator: "\n"))")
    }
}
