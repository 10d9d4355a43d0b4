import HGVS
import Testing
import TestSupport
import VariantEffect

/// Descriptions whose location is uncertain (HGVS parentheses, `?`) say where a change may lie, not where
/// it lies: they are refused with a reason instead of being read as changes of their outer bounds.
/// KEAP1 coding exon 3 spans c.640–1325, so `c.639+1`, `c.640-1`, `c.1325+1` and `c.1326-1` are intronic.
@Suite("Uncertain locations", .requiresSharedData)
struct UncertainLocationTests {
    private func nucleotide(_ text: String) throws -> NucleotideVariant {
        guard case .nucleotide(let variant) = try HGVSParser.parse(text).description else {
            throw FixtureError("\(text) is not a nucleotide description")
        }
        return variant
    }

    @Test("a change somewhere in a range, or with uncertain breakpoints, is refused", arguments: [
        ("c.(1_10)A>C", "c.(1_10)"),  // was a reference mismatch against the ten bases c.1–10
        ("c.(235_237)del", "c.(235_237)"),  // was read as the in-frame deletion of c.235–237
        ("c.(639+1_640-1)_(1325+1_1326-1)del", "c.(639+1_640-1)_(1325+1_1326-1)"),  // was c.639+1_1326-1del
    ])
    func refused(description: String, location: String) throws {
        let model = try ReferenceModels.keap1(.grch37)
        let variant = try nucleotide(description)
        let error = VariantEffectError.unsupportedDescription(reason: "the uncertain location \(location) cannot be located exactly")
        #expect(throws: error) { try model.predictEffect(of: variant) }
        #expect(throws: error) { try model.checkReference(of: variant) }
        #expect(throws: error) { try model.genomicAlleles(of: variant) }
    }

    @Test("an unknown intronic offset is named with its sign")
    func unknownOffset() throws {
        let model = try ReferenceModels.keap1(.grch37)
        #expect(throws: VariantEffectError.unsupportedDescription(reason: "the uncertain position c.640-? cannot be located")) {
            try model.predictEffect(of: try nucleotide("c.640-?_1325+?del"))
        }
    }
}
