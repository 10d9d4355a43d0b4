import KnowledgeLookup
import Testing
import TestSupport

/// Hotspot matches of in-frame indels, whose per-variant counts are keyed by the one-letter change.
/// Expected values: Cancer Hotspots v2 (Chang 2018), NFE2L2 in-frame indel window 21-42, as listed in
/// `../shared/reference/hotspots/cancerhotspots_KEAP1_NFE2L2.tsv`: tumour count 12, and one tumour each
/// for `R34_S40del`, `I28dup` and `W24_D29delinsY` (among others).
@Suite("Hotspot lookup of in-frame indels")
struct HotspotLookupTests {
    @Test("the indel window matches with the count of the exact change", arguments: [
        ("p.R34_S40del", "R34_S40del"),
        ("p.I28dup", "I28dup"),
        ("c.71_85del", "W24_D29delinsY"),  // predicted p.(Trp24_Asp29delinsTyr), MC3 and VEP agree
    ])
    func indelWindow(variant: String, key: String) throws {
        let annotated = try TestResources.lookup("NFE2L2", variant).annotated
        #expect(annotated.alteration.hgvspShort == "p." + key)
        #expect(annotated.hotspot.isHotspot)
        let window = try #require(annotated.hotspot.matches.first { $0.type == "in_frame_indel" })
        #expect(window.dataset == "v2_single_residue_and_indel")
        #expect(window.residue == "21-42")
        #expect(window.tumorCount == 12)
        #expect(window.variantCount == 1)
        #expect(window.variantCounts[key] == 1)
    }

    @Test("an indel the window does not count has no variant count, but the window still matches")
    func uncountedIndel() throws {
        // Asp29 lies in the window, whose counts list D27del but not D29del.
        let annotated = try TestResources.lookup("NFE2L2", "p.D29del").annotated
        let window = try #require(annotated.hotspot.matches.first { $0.type == "in_frame_indel" })
        #expect(window.variantCount == nil)
        #expect(annotated.hotspot.isHotspot)
    }
}
