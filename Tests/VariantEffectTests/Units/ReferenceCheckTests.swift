import HGVS
import Testing
import TestSupport
import VariantEffect

/// Stated reference bases in c. descriptions are compared with the CDS (NFE2L2 c.235–237 = GAG,
/// c.145 = G, KEAP1 c.1225 = A).
@Suite("Reference base check", .requiresSharedData)
struct ReferenceCheckTests {
    @Test("a matching reference is reported as such")
    func matches() throws {
        let model = try ReferenceModels.nfe2l2(.grch37)
        #expect(try model.checkReference(of: CDot.substitution(235, "G", "A")) == .matches)
        #expect(try model.checkReference(of: CDot.deletion(145, reference: "G")) == .matches)
        #expect(try model.checkReference(of: CDot.deletion(145)) == .notStated)
    }

    @Test("a wrong reference base is a typed mismatch, and prediction refuses it")
    func mismatch() throws {
        let model = try ReferenceModels.nfe2l2(.grch37)
        let mismatch = ReferenceMismatch(position: "c.235", expected: "G", given: "A", orientation: .codingStrand)
        #expect(try model.checkReference(of: CDot.substitution(235, "A", "G")) == .mismatch(mismatch))
        #expect(throws: VariantEffectError.referenceMismatch(mismatch)) {
            try model.predictEffect(of: CDot.substitution(235, "A", "G"))
        }
        let deletion = ReferenceMismatch(position: "c.235_237", expected: "GAG", given: "GAA", orientation: .codingStrand)
        #expect(try model.checkReference(of: CDot.deletion(235, 237, reference: "GAA")) == .mismatch(deletion))
    }

    @Test("intronic references cannot be checked against a CDS-only model")
    func intronic() throws {
        let model = try ReferenceModels.keap1(.grch37)
        guard case .notCheckable = try model.checkReference(of: CDot.substitution(639, offset: 1, "G", "A")) else {
            Issue.record("expected .notCheckable")
            return
        }
    }

    @Test("positions outside the CDS are refused with a reason")
    func invalidPositions() throws {
        let model = try ReferenceModels.keap1(.grch37)
        #expect(throws: VariantEffectError.invalidPosition(position: "c.1876",
                                                            reason: "the CDS ends at c.1875; bases after the stop codon are written c.*N")) {
            try model.predictEffect(of: CDot.substitution(1876, "A", "G"))
        }
        let genomic = NucleotideVariant(coordinateSystem: .genomic, location: NucleotideInterval(start: CDot.position(5)),
                                        edit: .substitution(reference: "A", alternate: "G"))
        #expect(throws: VariantEffectError.self) { try model.predictEffect(of: genomic) }
    }
}
