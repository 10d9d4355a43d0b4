import Normalization
import ReportModel
import Testing
import TestSupport

/// Genomic (VCF/MAF) changes through the normaliser: the c./p. it writes and the genomic positions it
/// gives on both builds.
///
/// Oracles: the 173 TCGA MC3 calls (`../shared/cohorts/tcga_mc3_keap1_nfe2l2_variants.tsv`), GRCh37,
/// MAF-style alleles, with Ensembl VEP's HGVSc and HGVSp_Short; GRCh38 positions are the GRCh37 ones
/// moved by the UCSC chain offsets of `../shared/reference/PROVENANCE.md` (KEAP1 −110676, NFE2L2
/// −864728, one ungapped block over each gene).
@Suite("Genomic changes through the normaliser")
struct GenomicNormalizationTests {
    static let grch38Offsets = ["KEAP1": -110_676, "NFE2L2": -864_728]

    private func normalize(gene: String, hgvsc: String? = nil, _ change: GenomicChange) throws -> NormalizedAlteration {
        let variant = ShortVariant(gene: gene, hgvsc: hgvsc, genomic: change, location: SourceLocation("test"))
        let report = PatientReport(genomeBuild: .grch37, shortVariants: [variant])
        let inScope = Normalizer(knowledgebase: try TestResources.knowledgebase()).normalize(report).inScope
        return try #require(inScope.first)
    }

    /// VEP spells deleted and duplicated bases (`c.145delG`, `c.82_84dupATA`); current HGVS does not.
    private static func withoutSpelledBases(_ vep: String) -> String {
        for keyword in ["del", "dup"] {
            guard let range = vep.range(of: keyword, options: .backwards) else { continue }
            let rest = vep[range.upperBound...]
            if !rest.isEmpty, rest.allSatisfy({ "ACGT".contains($0) }) { return String(vep[..<range.upperBound]) }
        }
        return vep
    }

    @Test("the 173 MC3 calls: VEP's c. and p., and the MAF's own position back on GRCh37 and, by the chain, on GRCh38",
          .requiresSharedData)
    func mc3Calls() throws {
        let lines = try SharedData.dataLines("cohorts/tcga_mc3_keap1_nfe2l2_variants.tsv")
        let header = try #require(lines.first).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name), "\(name)") }
        let (geneColumn, chromosomeColumn, positionColumn) = (try column("Hugo_Symbol"), try column("Chromosome"), try column("Start_Position"))
        let (referenceColumn, alternateColumn) = (try column("Reference_Allele"), try column("Tumor_Seq_Allele2"))
        let (codingColumn, proteinColumn) = (try column("HGVSc"), try column("HGVSp_Short"))
        var disagreements: [String] = []
        for line in lines.dropFirst() {
            let row = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let gene = row[geneColumn]
            let position = try #require(Int(row[positionColumn]))
            let reference = row[referenceColumn] == "-" ? "" : row[referenceColumn]
            let alternate = row[alternateColumn] == "-" ? "" : row[alternateColumn]
            let result = try normalize(gene: gene, GenomicChange(
                chromosome: row[chromosomeColumn], position: position, reference: row[referenceColumn], alternate: row[alternateColumn]))
            let offset = try #require(Self.grch38Offsets[gene])
            let expected = [
                "\(Self.withoutSpelledBases(row[codingColumn])) \(row[proteinColumn])",
                "\(GenomicChange(chromosome: row[chromosomeColumn], position: position, reference: reference, alternate: alternate, build: .grch37))",
                "\(GenomicChange(chromosome: row[chromosomeColumn], position: position + offset, reference: reference, alternate: alternate, build: .grch38))",
            ]
            let ours = [
                "\(result.hgvsc ?? "-") \(result.hgvspShort ?? "-")",
                result.genomic[.grch37].map { "\($0)" } ?? "no GRCh37 position",
                result.genomic[.grch38].map { "\($0)" } ?? "no GRCh38 position",
            ]
            if result.disposition != .interpreted || ours != expected {
                disagreements.append("\(gene) \(row[chromosomeColumn]):\(position): expected \(expected) | ours \(ours) \(result.reasonDetail ?? "")")
            }
        }
        #expect(lines.count - 1 == 173)
        #expect(disagreements.isEmpty, "\(disagreements.count) disagree:\n\(disagreements.joined(separator: "\n"))")
    }

    /// KEAP1 GRCh37 coding exon 2 ends at 10610071 (c.639, minus strand), so forward base 10610060 is
    /// c.639+11 (`GenomicMappingTests` in VariantEffectTests checks the c. form); VCF 10610059 GA>G
    /// deletes it. GRCh38 = GRCh37 − 110676.
    @Test("an intronic deletion keeps its genomic position on both builds")
    func intronicDeletion() throws {
        let result = try normalize(gene: "KEAP1", GenomicChange(chromosome: "19", position: 10_610_059, reference: "GA", alternate: "G"))
        #expect(result.disposition == .interpreted)
        #expect(result.hgvsc == "c.639+11del")
        #expect(result.consequence == "intron_variant")
        #expect(result.genomic[.grch37] == GenomicChange(chromosome: "19", position: 10_610_060, reference: "A", alternate: "", build: .grch37))
        #expect(result.genomic[.grch38] == GenomicChange(chromosome: "19", position: 10_499_384, reference: "A", alternate: "", build: .grch38))
    }

    /// NFE2L2 c.235–237 = GAG (Glu79); forward 2:178098810 C>T is c.235G>A (GRCh37 exon 2 c.46–312 at
    /// 178098733–178098999, minus strand: 178098999 − (235 − 46)).
    static let e79k = GenomicChange(chromosome: "2", position: 178_098_810, reference: "C", alternate: "T")

    @Test("a reported coding change at another position is named in a warning; the genomic change wins")
    func reportedCodingDiffers() throws {
        let result = try normalize(gene: "NFE2L2", hgvsc: "c.236A>G", Self.e79k)
        #expect(result.hgvsc == "c.235G>A")
        #expect(result.warnings == [
            "the reported coding change c.236A>G differs from the one computed from the genomic change (c.235G>A); the computed one is used",
        ])
    }

    @Test("a reported coding change whose reference base is wrong is named in a warning too, with the mismatch")
    func reportedCodingWithWrongReference() throws {
        // c.236 is A, so c.236G>A cannot be predicted; before, the disagreement went unmentioned.
        let result = try normalize(gene: "NFE2L2", hgvsc: "c.236G>A", Self.e79k)
        #expect(result.disposition == .interpreted)
        #expect(result.hgvsc == "c.235G>A")
        #expect(result.warnings == [
            "the reported coding change c.236G>A could not be compared with the one computed from the genomic change (c.235G>A): reference mismatch at c.236: the transcript model has A, the variant gives G (coding strand); the computed one is used",
        ])
    }

    @Test("a reported coding change that agrees with the genomic change gives no warning")
    func reportedCodingAgrees() throws {
        #expect(try normalize(gene: "NFE2L2", hgvsc: "NM_006164.5:c.235G>A", Self.e79k).warnings == [])
    }
}
