import Foundation
import ReportModel
import ReportReaders
import Testing

/// The VCF reader on small hand-written files.
@Suite("VCF reader")
struct VCFReaderTests {
    static let header = """
        ##fileformat=VCFv4.3
        ##reference=file:///refs/human_g1k_v37.fasta
        ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|SYMBOL|Feature|HGVSc|HGVSp|CANONICAL|ALLELE_NUM">
        #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tNORMAL\tTUMOR
        """

    /// The KEAP1 and NFE2L2 GRCh37 coding spans from the knowledgebase models (first to last coding base).
    static let spans = [
        GeneSpan(gene: "KEAP1", build: .grch37, chromosome: "19", range: 10597328...10610709, transcripts: ["NM_203500.2", "ENST00000171111.10"]),
        GeneSpan(gene: "NFE2L2", build: .grch37, chromosome: "2", range: 178095513...178129304, transcripts: ["NM_006164.5", "ENST00000397062.8"]),
    ]

    static func read(_ records: String, options: ReportReadOptions = .init(geneSpans: spans)) throws -> ReportReading {
        try ReaderTestSupport.read(header + "\n" + records + "\n", file: "t.vcf", options: options)
    }

    @Test("the build comes from ##reference (human_g1k_v37 → GRCh37); TUMOR is chosen among two samples")
    func buildAndSample() throws {
        let reading = try Self.read("19\t10602581\t.\tC\tA\t.\tPASS\t.\tGT:AD\t0/0:40,0\t0/1:30,10")
        #expect(reading.report.genomeBuild == .grch37)
        let variant = try #require(reading.report.shortVariants.first)
        #expect(variant.gene == "KEAP1")
        #expect(variant.genomic == GenomicChange(chromosome: "19", position: 10602581, reference: "C", alternate: "A", build: .grch37))
        #expect(variant.vaf == 0.25 && variant.depth == 40)  // AD 30,10: 10 of 40 reads
    }

    @Test("--build conflicting with the header is an error; so are two builds in the header")
    func buildConflicts() {
        let conflict = ReaderTestSupport.readError(Data((Self.header + "\n").utf8), file: "t.vcf", options: ReportReadOptions(build: .grch38))
        #expect(conflict?.location == "line 2")
        #expect(conflict?.problem == "--build GRCh38 conflicts with the header, which names GRCh37")
        let twoBuilds = Self.header.replacingOccurrences(of: "##fileformat=VCFv4.3", with: "##fileformat=VCFv4.3\n##contig=<ID=19,length=58617616,assembly=GRCh38>")
        #expect(ReaderTestSupport.readError(Data((twoBuilds + "\n").utf8), file: "t.vcf")?.problem == "the header names more than one genome build (GRCh38 on line 2, GRCh37 on line 3)")
    }

    @Test("a multi-allelic record is split; an allele the tumour's GT does not carry is skipped with a notice")
    func multiAllelic() throws {
        let reading = try Self.read("2\t178098810\t.\tC\tT,G,A\t.\tPASS\t.\tGT:AD:DP\t0/0:100,0,0,0:100\t0/1/2:60,30,10,0:100")
        #expect(reading.report.shortVariants.map(\.genomic?.alternate) == ["T", "G"])
        #expect(reading.report.shortVariants.map(\.vaf) == [0.3, 0.1])
        #expect(reading.report.shortVariants.map(\.location.path) == ["line 5, ALT allele 1", "line 5, ALT allele 2"])
        #expect(reading.notices == ["t.vcf: 1 ALT allele(s) are not carried by sample TUMOR (GT) and were skipped"])
    }

    @Test("CSQ: the annotation on the MANE transcript gives c. and p. (percent-decoded); ALLELE_NUM picks the allele")
    func csqAnnotations() throws {
        let csq = "CSQ=T|missense_variant|KEAP1|ENST00000393623|ENST00000393623.6:c.997G>A|ENSP00000377245.2:p.Gly333Ser||1,"
            + "T|missense_variant|KEAP1|ENST00000171111|ENST00000171111.10:c.997G>A|ENSP00000171111.4:p.Gly333Ser|YES|1,"
            + "A|synonymous_variant|KEAP1|ENST00000171111|ENST00000171111.10:c.999G>T|ENSP00000171111.4:p.Gly333%3D|YES|2"
        let reading = try Self.read("19\t10602581\t.\tC\tT,A\t.\tPASS\t\(csq)\tGT\t0/0\t1/2")
        let (first, second) = (reading.report.shortVariants[0], reading.report.shortVariants[1])
        #expect(first.transcript == "ENST00000171111" && first.hgvsp == "ENSP00000171111.4:p.Gly333Ser")
        #expect(second.hgvsc == "ENST00000171111.10:c.999G>T" && second.hgvsp == "ENSP00000171111.4:p.Gly333=")
    }

    @Test("outside the gene spans: the annotation's gene, else 'unassigned' with the position as the description")
    func genesOutsideSpans() throws {
        let ann = "ANN=A|missense_variant|MODERATE|KRAS|KRAS|transcript|NM_004985.5|protein_coding||c.34G>T|p.Gly12Cys||||||"
        let reading = try Self.read("12\t25398285\t.\tC\tA\t.\tPASS\t\(ann)\tGT\t0/0\t0/1\n7\t1000\t.\tG\tT\t.\tPASS\t.\tGT\t0/0\t0/1")
        #expect(reading.report.shortVariants.map(\.gene) == ["KRAS", "unassigned"])
        #expect(reading.report.shortVariants[0].hgvsp == "p.Gly12Cys")
        #expect(reading.report.shortVariants[1].sourceText == "unassigned chr7:1000 G>T")
    }

    @Test("a record that failed a FILTER is kept with its FILTER as reported status, and a notice counts it")
    func filtered() throws {
        let reading = try Self.read("19\t10602581\t.\tC\tA\t.\tLowQual\t.\tGT\t0/0\t0/1")
        #expect(reading.report.shortVariants.first?.reportedStatus == "FILTER=LowQual")
        #expect(reading.notices == ["t.vcf: 1 record(s) failed a FILTER; they are kept, with FILTER=… as their reported status"])
    }

    @Test("symbolic ALT alleles become rearrangements; '*' alleles and reference-only records are skipped")
    func symbolicAlleles() throws {
        let reading = try Self.read("2\t178098000\t.\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;END=178099000\tGT\t0/0\t0/1\n2\t178098810\t.\tC\t*,T\t.\tPASS\t.\tGT\t0/0\t1/2\n19\t10602581\t.\tC\t.\t.\tPASS\t.\tGT\t0/0\t0/0")
        #expect(reading.report.rearrangements.map(\.genes) == [["NFE2L2"]])
        #expect(reading.report.rearrangements.first?.reportedDescription == "VCF ALT <DEL> at chr2:178098000")
        #expect(reading.report.shortVariants.map(\.genomic?.alternate) == ["T"])
        #expect(reading.notices.count == 2)
    }

    @Test("VAF from FORMAT AF, else INFO TVAF (PCGR); depth from INFO TDP; sites-only VCFs are read")
    func vafSources() throws {
        let sitesOnly = """
            ##fileformat=VCFv4.1
            ##assembly=GRCh38
            #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO
            19\t10491905\t.\tC\tA\t.\tPASS\tTVAF=0.25;TDP=80
            """
        let variant = try #require(try ReaderTestSupport.read(sitesOnly + "\n", file: "s.vcf").report.shortVariants.first)
        #expect(variant.vaf == 0.25 && variant.depth == 80)
        let withAF = try Self.read("19\t10602581\t.\tC\tA\t.\tPASS\tTVAF=0.9\tGT:AF:DP\t0/0:0:50\t0/1:0.42:120")
        #expect(withAF.report.shortVariants.first?.vaf == 0.42 && withAF.report.shortVariants.first?.depth == 120)
    }

    @Test("sample selection: --sample must name a column; several samples without TUMOR or ##tumor_sample is an error")
    func sampleSelection() {
        let unknown = ReaderTestSupport.readError(Data((Self.header + "\n").utf8), file: "t.vcf", options: ReportReadOptions(sample: "T2"))
        #expect(unknown?.problem == "--sample T2 is not a sample column; the samples are: NORMAL, TUMOR")
        let ambiguous = Self.header.replacingOccurrences(of: "NORMAL\tTUMOR", with: "S1\tS2")
        #expect(ReaderTestSupport.readError(Data((ambiguous + "\n").utf8), file: "t.vcf")?.problem == "the VCF has 2 samples (S1, S2); name the tumour sample with --sample")
    }

    @Test("malformed fields name the line and column", arguments: [
        ("19\t10602581\t.\tCX\tA\t.\tPASS\t.\tGT\t0/0\t0/1", "line 5, column 4 (REF)"),
        ("19\t10602581\t.\tC\tA,\t.\tPASS\t.\tGT\t0/0\t0/1", "line 5, column 5 (ALT)"),
        ("19\t10602581\t.\tC\tA\t.\tPASS\t.\tGT:AF\t0/0\t0/1:1.7", "line 5, column 11 (TUMOR)"),
        ("19\t10602581\t.\tC\tA\t.\tPASS\t.\tGT\t0/0\t0/3", "line 5, column 11 (TUMOR)"),
    ])
    func malformed(_ record: String, location: String) {
        #expect(ReaderTestSupport.readError(Data((Self.header + "\n" + record + "\n").utf8), file: "t.vcf")?.location == location)
    }

    @Test("CRLF line endings are read like LF ones, with the same line numbers")
    func crlfLineEndings() throws {
        let records = "19\t10602581\t.\tC\tA\t.\tPASS\t.\tGT:AD\t0/0:40,0\t0/1:30,10\n2\t178098810\t.\tC\tT\t.\tPASS\t.\tGT:AF\t0/0:0\t0/1:0.31"
        let unix = try Self.read(records)
        let windows = try ReaderTestSupport.read(
            (Self.header + "\n" + records + "\n").replacingOccurrences(of: "\n", with: "\r\n"), file: "t.vcf", options: .init(geneSpans: Self.spans))
        #expect(windows == unix)
        #expect(windows.report.shortVariants.map(\.gene) == ["KEAP1", "NFE2L2"])
        #expect(windows.report.shortVariants.map(\.location.path) == ["line 5", "line 6"])
        #expect(windows.report.shortVariants.map(\.genomic?.alternate) == ["A", "T"])
    }

    @Test("classic-Mac CR line endings are read like LF ones")
    func carriageReturnLineEndings() throws {
        let records = "19\t10602581\t.\tC\tA\t.\tPASS\t.\tGT:AD\t0/0:40,0\t0/1:30,10\n2\t178098810\t.\tC\tT\t.\tPASS\t.\tGT:AF\t0/0:0\t0/1:0.31"
        let mac = try ReaderTestSupport.read(
            (Self.header + "\n" + records).replacingOccurrences(of: "\n", with: "\r"), file: "t.vcf", options: .init(geneSpans: Self.spans))
        #expect(mac == (try Self.read(records)))
        #expect(mac.report.shortVariants.count == 2)
    }

    @Test("VEP output under ANN is read by its header's Format list; SnpEff ANN by its own; the build from ##VEP assembly=")
    func annotationLayoutsFromHeader() throws {
        let vep = """
            ##fileformat=VCFv4.2
            ##VEP="v100" time="2020-06-26 20:50:16" assembly="GRCh38.p13" dbSNP="152"
            ##INFO=<ID=ANN,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp">
            #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO
            12\t25245350\t.\tC\tA\t.\tPASS\tANN=A|missense_variant|MODERATE|KRAS|ENSG00000133703|Transcript|ENST00000256078|protein_coding|2/6||ENST00000256078.10:c.34G>T|ENSP00000256078.5:p.Gly12Cys

            """
        let reading = try ReaderTestSupport.read(vep, file: "vep.vcf")
        #expect(reading.report.genomeBuild == .grch38)
        let variant = try #require(reading.report.shortVariants.first)
        #expect(variant.gene == "KRAS" && variant.transcript == "ENST00000256078")
        #expect(variant.hgvsc == "ENST00000256078.10:c.34G>T" && variant.hgvsp == "ENSP00000256078.5:p.Gly12Cys")

        let snpEff = """
            ##fileformat=VCFv4.2
            ##reference=GRCh38
            ##INFO=<ID=ANN,Number=.,Type=String,Description="Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p | cDNA.pos / cDNA.length' ">
            #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO
            12\t25245350\t.\tC\tA\t.\tPASS\tANN=A|missense_variant|MODERATE|KRAS|ENSG00000133703|transcript|ENST00000256078.10|protein_coding|2/6|c.34G>T|p.Gly12Cys|145/5430

            """
        let snpEffVariant = try #require(try ReaderTestSupport.read(snpEff, file: "snpeff.vcf").report.shortVariants.first)
        #expect(snpEffVariant.gene == "KRAS" && snpEffVariant.hgvsc == "c.34G>T" && snpEffVariant.hgvsp == "p.Gly12Cys")
    }

    @Test("the same record twice is one variant with both lines, and a notice")
    func repeatedRecord() throws {
        let record = "19\t10602581\t.\tC\tA\t.\tPASS\t.\tGT:AD\t0/0:40,0\t0/1:30,10"
        let reading = try Self.read(record + "\n" + record)
        #expect(reading.report.shortVariants.map(\.location.path) == ["line 5; line 6"])
        #expect(reading.notices == ["t.vcf: 1 alteration(s) are reported more than once (line 6 repeats line 5); each is read once, with all its locations"])
    }

    @Test("the first line must declare VCF 4.x")
    func fileFormatLine() {
        let error = ReaderTestSupport.readError(Data("##fileformat=VCFv3.3\n#CHROM\tPOS\n".utf8), file: "old.vcf", format: .vcf)
        #expect(error?.location == "line 1")
    }
}
