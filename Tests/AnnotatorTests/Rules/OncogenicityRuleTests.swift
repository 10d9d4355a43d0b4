import Interpretation
import Testing
import TestSupport

/// One test per oncogenicity rule. Expected calls follow the rule texts in rules/oncogenicity.yaml and the
/// hotspot rows of ../shared/reference/hotspots (e.g. NFE2L2 R34 and KEAP1 G333 are Cancer Hotspots v2
/// single-residue hotspots; KEAP1 K303 is not in any dataset).
@Suite("Oncogenicity rules")
struct OncogenicityRuleTests {
    private func check(_ gene: String, _ variant: String, oncogenicity: String, effect: String, decidedBy rule: String,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let entry = try TestResources.lookup(gene, variant)
        #expect(entry.annotated.alteration.disposition == .interpreted, "\(entry.annotated.alteration.reasonDetail ?? "")", sourceLocation: sourceLocation)
        #expect(entry.outcome.oncogenicity?.value == oncogenicity, sourceLocation: sourceLocation)
        #expect(entry.outcome.effect?.value == effect, sourceLocation: sourceLocation)
        #expect(entry.outcome.oncogenicity?.ruleID == rule, sourceLocation: sourceLocation)
        #expect(entry.outcome.fired.contains { $0.id == rule }, sourceLocation: sourceLocation)
        #expect(entry.outcome.conflicts.isEmpty, "\(entry.outcome.conflicts)", sourceLocation: sourceLocation)
    }

    @Test("NFE2L2 missense in the ETGE or DLG motif")
    func motifMissense() throws {
        try check("NFE2L2", "p.E79K", oncogenicity: "Likely Oncogenic", effect: "gain_of_function", decidedBy: "NFE2L2.GOF.MOTIF_MISSENSE")
        try check("NFE2L2", "p.D29H", oncogenicity: "Likely Oncogenic", effect: "gain_of_function", decidedBy: "NFE2L2.GOF.MOTIF_MISSENSE")
        try check("NFE2L2", "p.G81S", oncogenicity: "Likely Oncogenic", effect: "gain_of_function", decidedBy: "NFE2L2.GOF.MOTIF_MISSENSE")
    }

    @Test("NFE2L2 missense at a hotspot residue outside the motifs (R34)")
    func hotspotMissense() throws {
        try check("NFE2L2", "p.R34G", oncogenicity: "Likely Oncogenic", effect: "gain_of_function", decidedBy: "NFE2L2.GOF.HOTSPOT_MISSENSE")
        let entry = try TestResources.lookup("NFE2L2", "p.R34G")
        #expect(entry.annotated.hotspot.isHotspot)
        #expect(entry.annotated.hotspot.region == nil)
        // v2 row R34: G:16 of 34 tumours.
        let v2 = try #require(entry.annotated.hotspot.matches.first { $0.dataset == "v2_single_residue_and_indel" })
        #expect(v2.variantCount == 16)
        #expect(v2.tumorCount == 34)
    }

    @Test("NFE2L2 in-frame deletion in the ETGE indel window")
    func inFrameIndel() throws {
        try check("NFE2L2", "p.E79del", oncogenicity: "Likely Oncogenic", effect: "gain_of_function", decidedBy: "NFE2L2.GOF.INFRAME_INDEL")
        try check("NFE2L2", "p.R34_S40del", oncogenicity: "Likely Oncogenic", effect: "gain_of_function", decidedBy: "NFE2L2.GOF.INFRAME_INDEL")
    }

    @Test("NFE2L2 exon 2 loss, as an in-frame deletion of residues 16-104 or as a rearrangement")
    func exon2Loss() throws {
        try check("NFE2L2", "c.46_312del", oncogenicity: "Oncogenic", effect: "gain_of_function", decidedBy: "NFE2L2.GOF.EXON2_LOSS")
        let json = """
            {"format": "keapnrf-report", "formatVersion": 1, "tumorType": {"oncotreeCode": "LUSC"},
             "rearrangements": [{"genes": ["NFE2L2"], "type": "exon_deletion", "exons": [2], "inFrame": true}]}
            """
        let entry = try #require(try TestResources.annotate(json: json).alterations.first)
        #expect(entry.outcome.oncogenicity?.value == "Oncogenic")
        #expect(entry.outcome.oncogenicity?.ruleID == "NFE2L2.GOF.EXON2_LOSS")
        #expect(entry.annotated.featureIDs.contains("DLG") && entry.annotated.featureIDs.contains("ETGE"))
    }

    @Test("KEAP1 truncating variants with predicted nonsense-mediated decay")
    func keap1Truncating() throws {
        try check("KEAP1", "c.1225del", oncogenicity: "Likely Oncogenic", effect: "loss_of_function", decidedBy: "KEAP1.LOF.TRUNCATING")
        try check("KEAP1", "p.Q20*", oncogenicity: "Likely Oncogenic", effect: "loss_of_function", decidedBy: "KEAP1.LOF.TRUNCATING")
        try check("KEAP1", "p.Y537Afs*12", oncogenicity: "Likely Oncogenic", effect: "loss_of_function", decidedBy: "KEAP1.LOF.TRUNCATING")
    }

    /// KEAP1 NM_203500.2 coding exons: exon 5 c.1532-1708, exon 6 (last) c.1709-1875; Kelch repeats end at 598 (Pfam)
    /// or 611 (SMART). p.Q620* (c.1858) lies in the last exon, so decay is not predicted, and removes residues
    /// 620-624 (5 of 624, 0.8%), none of them Kelch: OVS1 at moderate strength (2 points), a VUS.
    @Test("a KEAP1 truncation that escapes decay after the Kelch repeats gets OVS1 at moderate strength only and is a VUS")
    func keap1TruncationEscapingDecay() throws {
        for variant in ["p.Q620*", "c.1858del"] {
            let entry = try TestResources.lookup("KEAP1", variant)
            #expect(entry.outcome.oncogenicity?.value == "VUS", "\(variant)")
            #expect(!entry.outcome.fired.contains { $0.id == "KEAP1.LOF.TRUNCATING" }, "\(variant)")
            let classification = try #require(entry.outcome.classification)
            let ovs1 = try #require(classification.met.first { $0.code == "OVS1" })
            #expect(ovs1.strength == "moderate" && ovs1.points == 2, "\(variant)")
            #expect(classification.total == 2 && classification.class == "VUS", "\(variant)")
            #expect(entry.annotated.nullVariant?.exonOfStop == 6)
        }
        // p.R320* (exon 3): the stop lies 1708 - 958 + 1 = 751 nt upstream of the last junction; decay predicted.
        let early = try #require(try TestResources.lookup("KEAP1", "p.R320*").outcome.classification)
        #expect(early.met.first { $0.code == "OVS1" }?.points == 8)
        #expect(early.class == "Likely Oncogenic")
    }

    /// KEAP1 codon 32 is the first in-frame ATG after the start (the protein reads M at 32: MQPDPRPSGAGACCRFLPLQSQCPEGAGDAVM).
    @Test("a KEAP1 start loss with a downstream in-frame ATG gets OVS1 at supporting strength only")
    func keap1StartLoss() throws {
        let entry = try TestResources.lookup("KEAP1", "c.1A>G")
        #expect(entry.annotated.nullVariant?.alternativeStartCodon == 32)
        #expect(entry.outcome.classification?.met.first { $0.code == "OVS1" }?.strength == "supporting")
        #expect(entry.outcome.oncogenicity?.value == "VUS")
    }

    /// NFE2L2 exon 2 is c.46-312 (267 nt, a multiple of 3) and encodes residues 16-104: c.46-1G>A and c.312+1G>A are
    /// predicted to skip it in frame, the exon-2 loss the rules call Oncogenic; the standard scores OS2 (Goldstein 2016)
    /// + OM1 (both KEAP1-binding motifs lost) + OM2 (in-frame loss) = 8, Likely Oncogenic.
    @Test("NFE2L2 canonical splice changes next to exon 2 are classified as predicted in-frame exon-2 skipping, to confirm by RNA")
    func nfe2l2Exon2Splice() throws {
        for variant in ["c.46-1G>A", "c.312+1G>A"] {
            let entry = try TestResources.lookup("NFE2L2", variant)
            #expect(entry.annotated.nullVariant?.skippedExon == 2 && entry.annotated.nullVariant?.skippingInFrame == true, "\(variant)")
            #expect(entry.outcome.oncogenicity?.value == "Oncogenic" && entry.outcome.oncogenicity?.ruleID == "NFE2L2.GOF.EXON2_LOSS", "\(variant)")
            let classification = try #require(entry.outcome.classification)
            #expect(Set(classification.met.map(\.code)) == ["OS2", "OM1", "OM2"], "\(variant)")
            #expect(classification.total == 8 && classification.class == "Likely Oncogenic", "\(variant)")
            #expect(entry.warnings.contains { $0.contains("confirm the skipping by RNA") }, "\(variant)")
        }
    }

    @Test("KEAP1 missense at a hotspot residue (G333, R470)")
    func keap1HotspotMissense() throws {
        try check("KEAP1", "p.G333C", oncogenicity: "Likely Oncogenic", effect: "loss_of_function", decidedBy: "KEAP1.LOF.HOTSPOT_MISSENSE")
        try check("KEAP1", "p.R470C", oncogenicity: "Likely Oncogenic", effect: "loss_of_function", decidedBy: "KEAP1.LOF.HOTSPOT_MISSENSE")
    }

    @Test("KEAP1 deep deletion")
    func keap1DeepDeletion() throws {
        let json = """
            {"format": "keapnrf-report", "formatVersion": 1, "copyNumberAlterations": [{"gene": "KEAP1", "type": "deletion", "copyNumber": 0}]}
            """
        let entry = try #require(try TestResources.annotate(json: json).alterations.first)
        #expect(entry.outcome.oncogenicity?.value == "Likely Oncogenic")
        #expect(entry.outcome.oncogenicity?.ruleID == "KEAP1.LOF.DEEP_DELETION")
        #expect(entry.annotated.alteration.consequence == "transcript_ablation")
    }

    @Test("everything else is a VUS; a synonymous change is Likely Neutral")
    func fallback() throws {
        try check("KEAP1", "p.K303M", oncogenicity: "VUS", effect: "unknown", decidedBy: "ANY.VUS.FALLBACK")
        try check("NFE2L2", "p.E380Q", oncogenicity: "VUS", effect: "unknown", decidedBy: "ANY.VUS.FALLBACK")
        try check("KEAP1", "c.1122G>A", oncogenicity: "Likely Neutral", effect: "unknown", decidedBy: "ANY.NEUTRAL.SYNONYMOUS")
        // A KEAP1 amplification is not a recognised activation mechanism: VUS.
        let json = """
            {"format": "keapnrf-report", "formatVersion": 1, "copyNumberAlterations": [{"gene": "KEAP1", "type": "amplification", "copyNumber": 10}]}
            """
        let entry = try #require(try TestResources.annotate(json: json).alterations.first)
        #expect(entry.outcome.oncogenicity?.value == "VUS")
        #expect(entry.outcome.oncogenicity?.ruleID == "ANY.VUS.FALLBACK")
    }

    @Test("a rule that did not fire says which condition failed")
    func notFiredExplanation() throws {
        let entry = try TestResources.lookup("NFE2L2", "p.D29H", tumorType: "ESCC")
        let etge = try #require(entry.outcome.notFired.first { $0.id == "PROGNOSIS.CCAT.NFE2L2_ETGE_SQUAMOUS" })
        #expect(etge.failedCondition.hasPrefix("region: needs ETGE"))
        let keap1 = try #require(entry.outcome.notFired.first { $0.id == "KEAP1.LOF.TRUNCATING" })
        #expect(keap1.failedCondition == "gene: needs KEAP1; has NFE2L2")
    }
}
