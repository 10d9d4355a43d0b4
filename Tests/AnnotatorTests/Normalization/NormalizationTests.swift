import Annotator
import Interpretation
import Normalization
import ReportModel
import Testing
import TestSupport

/// Expected values were worked out by hand from the knowledgebase sequences (themselves from
/// ../shared/reference/transcripts): NFE2L2 codon 79 = GAG (c.235-237), KEAP1 codon 333 = GGC
/// (c.997-999), KEAP1 codon 303 = AAG (c.907-909), KEAP1 c.1224-1230 = CATGAGC, and the coding-exon
/// coordinates (NFE2L2 exon 2 c.46-312 at GRCh37 178098733-178098999, minus strand).
@Suite("Variant normalisation")
struct NormalizationTests {
    private func alteration(_ gene: String, _ variant: String) throws -> NormalizedAlteration {
        try TestResources.lookup(gene, variant).annotated.alteration
    }

    @Test("every common spelling of NFE2L2 E79K normalises to p.Glu79Lys", arguments: [
        "p.E79K", "E79K", "p.(Glu79Lys)", "p.Glu79Lys", "Glu79Lys", "NP_006155.2:p.Glu79Lys", "NFE2L2:p.E79K",
    ])
    func proteinSpellings(_ spelling: String) throws {
        let result = try alteration("NFE2L2", spelling)
        #expect(result.disposition == .interpreted, "\(result.reasonDetail ?? "")")
        #expect(result.hgvsp == "p.Glu79Lys")
        #expect(result.hgvspShort == "p.E79K")
        #expect(result.consequence == "missense_variant")
        #expect(result.proteinRange == 79...79)
        #expect(result.transcript == "NM_006164.5")
    }

    @Test("a coding change alone gives the predicted protein change and both genomic positions", arguments: [
        "c.235G>A", "235G>A", "NM_006164.5:c.235G>A", "NM_006164.5(NFE2L2):c.235G>A",
        "NM_006164.5(NFE2L2):c.235G>A (p.Glu79Lys)",  // ClinVar-style, from corpus/variant-spellings.txt
    ])
    func codingSpellings(_ spelling: String) throws {
        let result = try alteration("NFE2L2", spelling)
        #expect(result.disposition == .interpreted, "\(result.reasonDetail ?? "")")
        #expect(result.hgvsc == "c.235G>A")
        #expect(result.hgvsp == "p.Glu79Lys")
        #expect(result.consequence == "missense_variant")
        // c.235 lies in coding exon 2 (c.46-312), GRCh37 178098733-178098999 on the minus strand:
        // 178098999 - (235 - 46) = 178098810; GRCh38 = GRCh37 - 864728 (UCSC chain) = 177234082.
        // The coding-strand G>A is C>T on the forward strand.
        #expect(result.genomic[.grch37] == GenomicChange(chromosome: "2", position: 178098810, reference: "C", alternate: "T", build: .grch37))
        #expect(result.genomic[.grch38] == GenomicChange(chromosome: "2", position: 177234082, reference: "C", alternate: "T", build: .grch38))
    }

    @Test("KEAP1 G333C from c.997G>T (GGC>TGC)")
    func keap1FromCoding() throws {
        let result = try alteration("KEAP1", "c.997G>T")
        #expect(result.hgvsp == "p.Gly333Cys")
        #expect(result.hgvspShort == "p.G333C")
        // exon 3 c.640-1325 at GRCh37 10602253-10602938 (minus): 10602938 - (997 - 640) = 10602581; GRCh38 - 110676.
        #expect(result.genomic[.grch37]?.position == 10602581)
        #expect(result.genomic[.grch38]?.position == 10491905)
    }

    @Test("KEAP1 c.1225del reads ATG AGC as TGA: the frameshift stops at once (p.Met409Ter, as Ensembl VEP annotates it)")
    func keap1Frameshift() throws {
        let result = try alteration("KEAP1", "c.1225del")
        #expect(result.hgvsc == "c.1225del")
        #expect(result.hgvsp == "p.Met409Ter")
        #expect(result.consequence == "frameshift_variant")
    }

    @Test("a synonymous change (KEAP1 c.1122G>A, TTG>TTA, Leu374)")
    func synonymous() throws {
        let result = try alteration("KEAP1", "c.1122G>A")
        #expect(result.hgvsp == "p.Leu374=")
        #expect(result.consequence == "synonymous_variant")
    }

    @Test("a stated reference that disagrees with the knowledgebase is uninterpretable, never a hotspot call", arguments: [
        ("NFE2L2", "p.G79K"), ("NFE2L2", "p.Asp79Lys"), ("NFE2L2", "c.235C>T"), ("KEAP1", "p.A333C"),
    ])
    func referenceMismatch(_ gene: String, _ variant: String) throws {
        let entry = try TestResources.lookup(gene, variant)
        #expect(entry.annotated.alteration.disposition == .uninterpretable)
        #expect(entry.annotated.alteration.reason == "reference_mismatch", "\(entry.annotated.alteration.reasonDetail ?? "")")
        #expect(entry.annotated.hotspot.isHotspot == false)
        #expect(entry.outcome.oncogenicity == nil)
    }

    @Test("positions outside the protein, invalid HGVS and unknown transcripts are uninterpretable with the reason")
    func otherReasons() throws {
        #expect(try alteration("NFE2L2", "p.E700K").reason == "position_out_of_range")
        #expect(try alteration("KEAP1", "p.Gly333Cyz").reason == "invalid_hgvs")
        #expect(try alteration("KEAP1", "c.997G>").reason == "invalid_hgvs")
        #expect(try alteration("KEAP1", "NM_000546.6:c.997G>T").reason == "transcript_unknown")
        #expect(try alteration("KEAP1", "NFE2L2:p.E79K").reason == "invalid_hgvs")
        #expect(try alteration("KEAP1", "p.?").reason == "unsupported_description")
        // An uncertain location says where a change may lie, not where it lies (was read as c.235_237del, p.Val79del).
        #expect(try alteration("KEAP1", "c.(235_237)del").reason == "unsupported_description")
    }

    @Test("FoundationOne's KEAP1 K303M on NM_012289 maps to NM_203500.2 with the same numbering")
    func foundationOneTranscript() throws {
        let json = TestResources.report(gene: "KEAP1", hgvsc: "908A>T", hgvsp: "K303M", transcript: "NM_012289")
        let interpretation = try TestResources.annotate(json: json)
        let result = try #require(interpretation.alterations.first).annotated.alteration
        #expect(result.disposition == .interpreted)
        #expect(result.hgvsc == "c.908A>T")
        #expect(result.hgvsp == "p.Lys303Met")
        #expect(result.reportedTranscript == "NM_012289")
        #expect(result.transcript == "NM_203500.2")
        #expect(result.transcriptMapping?.contains("shared_ccds") == true)
        // knowledgebase/genes/KEAP1.json alias NM_012289: basis shared_ccds, cdsIdentical verified, numbering identical.
        #expect(result.transcriptMapping == "NM_012289 → NM_203500.2 (shared_ccds; CDS identity verified; residue numbering identical)")
        #expect(result.warnings.isEmpty)
    }

    @Test("a transcript mapped on an assumed CDS identity carries a warning with the alias's note")
    func assumedAlias() throws {
        // knowledgebase/genes/KEAP1.json: NM_203500 versions 1 and 2, cdsIdentical assumed.
        let result = try alteration("KEAP1", "NM_203500.1:c.997G>T")
        #expect(result.disposition == .interpreted)
        #expect(result.reportedTranscript == "NM_203500.1")
        #expect(result.hgvsp == "p.Gly333Cys")
        #expect(result.warnings == [
            "NM_203500.1 is mapped to NM_203500.2 on the assumption that their coding sequences are identical (NM_203500.1 is the OncoKB/MSK isoform override for KEAP1; the CDS of .1 was not compared with .2 here).",
        ])
    }

    @Test("a reported protein change that disagrees with the coding change is a warning; the coding change wins")
    func codingProteinDisagreement() throws {
        let json = TestResources.report(gene: "NFE2L2", hgvsc: "c.235G>A", hgvsp: "p.E79Q")
        let result = try #require(try TestResources.annotate(json: json).alterations.first).annotated.alteration
        #expect(result.hgvsp == "p.Glu79Lys")
        #expect(result.warnings.contains { $0.contains("p.E79Q") && $0.contains("p.E79K") })
        #expect(result.warnings == [
            "the reported protein change p.E79Q differs from the one predicted from the coding change (p.E79K); the predicted one is used",
        ])
    }

    /// knowledgebase/genes/NFE2L2.json `protein.unconfirmedResidues` (1-16, 72 and 92, with their reasons) and
    /// `protein.status` (`reconstructed`).
    @Test("an NFE2L2 change at a residue whose reference is unconfirmed carries a warning with the reason", arguments: [
        ("p.A72T", "residue 72", "reconstructed CDS reads Ala (GCT); the independent partial sequence reads Thr"),
        ("p.I92V", "residue 92", "reconstructed CDS reads Ile (ATC); the independent partial sequence reads Thr"),
        ("p.M1?", "residues 1-16", "residues 1-16 are checked by no independent source"),
        ("p.D16N", "residues 1-16", "residues 1-16 are checked by no independent source"),
    ])
    func unconfirmedResidueWarning(_ variant: String, residues: String, reason: String) throws {
        let entry = try TestResources.lookup("NFE2L2", variant)
        #expect(entry.warnings.contains(
            "The NFE2L2 reference at \(residues) is unconfirmed (\(reason)); the NFE2L2 sequence is reconstructed, not copied from a cited source."),
            "\(entry.warnings)")
    }

    @Test("an NFE2L2 change at a confirmed residue has no such warning")
    func noUnconfirmedWarning() throws {
        let entry = try TestResources.lookup("NFE2L2", "p.E79K")
        #expect(!entry.warnings.contains { $0.contains("unconfirmed") })
    }

    @Test("a pathway gene without a model (CUL3): the protein change as written, its reference unchecked")
    func pathwayGene() throws {
        let result = try alteration("CUL3", "p.(R100*)")
        #expect(result.disposition == .interpreted)
        #expect(result.hgvsp == "p.Arg100Ter")
        #expect(result.hgvspShort == "p.R100*")
        #expect(result.consequence == "stop_gained")
        #expect(result.proteinRange == 100...100)
        #expect(result.referenceResidues == "R" && result.alternateResidues == "*")
        #expect(result.warnings == ["The reference residue of this CUL3 change was not checked: the knowledgebase holds no CUL3 sequence."])
        let deletion = try alteration("CUL3", "p.R34_S40del")
        #expect(deletion.proteinRange == 34...40 && deletion.consequence == "inframe_deletion")
    }

    @Test("a pathway gene refuses what it cannot place, with the reason", arguments: [
        ("c.298C>T", "unsupported_description"), ("p.?", "unsupported_description"), ("p.0", "unsupported_description"),
        ("KEAP1:p.R100*", "invalid_hgvs"), ("p.R100Zzz", "invalid_hgvs"),
    ])
    func pathwayGeneRefusals(_ variant: String, reason: String) throws {
        let result = try alteration("CUL3", variant)
        #expect(result.disposition == .uninterpretable)
        #expect(result.reason == reason, "\(result.reasonDetail ?? "")")
        #expect(result.hgvsp == nil)
    }
}
