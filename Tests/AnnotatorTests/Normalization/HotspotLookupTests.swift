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

    /// NFE2L2 E79 rows in `cancerhotspots_KEAP1_NFE2L2.tsv`: v1 single residue (K:6, *:2), v2 single residue
    /// (K:11, *:2) and 3D cluster 216 (K:6, no stop). Which rows count which change is hotspot-matching.yaml's.
    @Test("a residue's rows count a change by its consequence: substitutions and stops, missense only for 3D clusters, not frameshifts")
    func rowsByConsequence() throws {
        let missense = try TestResources.lookup("NFE2L2", "p.E79K").annotated.hotspot
        #expect(missense.isHotspot)
        #expect(Set(missense.matches.map(\.dataset)) == ["v1_single_residue", "v2_single_residue_and_indel", "3d_hotspots"])
        #expect(missense.matches.first { $0.dataset == "3d_hotspots" }?.variantCount == 6)
        #expect(missense.matches.first { $0.dataset == "v2_single_residue_and_indel" && $0.type == "single_residue" }?.variantCount == 11)

        // The stop is counted and shown (2 tumours per dataset) but never called a hotspot: the residue's
        // recurrence is missense (hotspotConsequences in hotspot-matching.yaml).
        let stop = try TestResources.lookup("NFE2L2", "p.E79*").annotated.hotspot
        #expect(!stop.isHotspot)
        #expect(Set(stop.matches.map(\.dataset)) == ["v1_single_residue", "v2_single_residue_and_indel"])
        #expect(stop.matches.allSatisfy { $0.type == "single_residue" && $0.variantCount == 2 })

        let frameshift = try TestResources.lookup("NFE2L2", "p.E79Gfs*5").annotated.hotspot
        #expect(!frameshift.isHotspot)
        #expect(frameshift.matches.isEmpty)
    }

    /// KEAP1 G364 and G430 are 3D-cluster members with one tumour each (cluster 538 lists G364:1; clusters 405 and
    /// 538 list G430:1) and are in no single-residue dataset: membership is shown, never called a hotspot.
    @Test("a one-tumour 3D-cluster residue is shown as cluster membership, not as a hotspot")
    func clusterMembershipIsNotAHotspot() throws {
        for variant in ["p.G364C", "p.G430C"] {
            let hotspot = try TestResources.lookup("KEAP1", variant).annotated.hotspot
            #expect(!hotspot.isHotspot, "\(variant)")
            #expect(!hotspot.matches.isEmpty && hotspot.matches.allSatisfy { $0.type == "3d_cluster_member" }, "\(variant)")
        }
    }

    @Test("nonsense changes at missense hotspot residues are not hotspots (NFE2L2 W24*, E82*; KEAP1 R470*)")
    func nonsenseAtMissenseHotspot() throws {
        for (gene, variant) in [("NFE2L2", "p.W24*"), ("NFE2L2", "p.E82*"), ("KEAP1", "p.R470*")] {
            let hotspot = try TestResources.lookup(gene, variant).annotated.hotspot
            #expect(!hotspot.isHotspot, "\(gene) \(variant)")
            // The residue's single-residue rows are still found and shown with their counts.
            #expect(!hotspot.matches.isEmpty && hotspot.matches.allSatisfy { $0.type == "single_residue" }, "\(gene) \(variant)")
        }
    }

    @Test("a missense change spanning two hotspot residues is listed against them but is not a single-residue hotspot")
    func multiResidueSubstitution() throws {
        // p.E79_T80delinsKK changes two residues and keeps the length: a missense_variant by the Sequence Ontology
        // definition (SO:0001583, "length is preserved"). It overlaps the single-residue rows E79 and T80.
        let hotspot = try TestResources.lookup("NFE2L2", "p.E79_T80delinsKK").annotated
        #expect(hotspot.alteration.consequence == "missense_variant")
        // v1 and v2 each list E79 and T80 (cancerhotspots_KEAP1_NFE2L2.tsv); 3D cluster rows count missense too.
        let singleResidues = hotspot.hotspot.matches.filter { $0.type == "single_residue" }.map { "\($0.dataset) \($0.residue)" }
        #expect(Set(singleResidues) == [
            "v1_single_residue E79", "v1_single_residue T80", "v2_single_residue_and_indel E79", "v2_single_residue_and_indel T80",
        ])
        #expect(!hotspot.hotspot.isHotspot)
    }
}
