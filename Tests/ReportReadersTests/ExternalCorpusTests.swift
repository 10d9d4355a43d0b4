import Foundation
import ReportModel
import ReportReaders
import Testing
import TestSupport

/// The real public files of `../shared/corpus/external/` (see its PROVENANCE.md), each read as a new user
/// would; expectations are the files' own annotations, read by hand. Each test skips when its file is absent.
@Suite("External corpus files")
struct ExternalCorpusTests {
    static func has(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
    static func path(_ name: String) -> String { SharedData.url("corpus/external/\(name)").path }
    static func data(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path(name))) }
    static func read(_ name: String, sample: String? = nil) throws -> ReportReading {
        try ReportReader.read(try data(name), file: name, options: ReportReadOptions(sample: sample))
    }

    static let apl = "PoisonAlien_maftools__APL_primary.maf.gz"
    @Test("classic-Mac CR line endings: all 269 rows and 124 samples are seen; DS2D has 11 rows", .enabled(if: has(apl), SharedData.skipMessage))
    func carriageReturnMAF() throws {
        let error = ReaderTestSupport.readError(try Self.data(Self.apl), file: Self.apl)
        #expect(error?.problem.hasPrefix("the file holds 124 tumour samples (DS2D, DS1D,") == true)
        let reading = try Self.read(Self.apl, sample: "DS2D")
        #expect(reading.report.shortVariants.map(\.gene) == ["AARSD1", "BAI2", "CYP11B2", "NNT", "PARM1", "RAB20", "RBM39", "REG3G", "TRIM69", "WT1", "WT1"])
        #expect(reading.report.shortVariants.first?.genomic == GenomicChange(chromosome: "17", position: 41103836, reference: "C", alternate: "A", build: .grch37))
    }

    static let expectedMAF = "genome-nexus_genome-nexus-annotation-pipeline__expectedmaf.txt"
    @Test("a trailing empty field on every row is accepted; KEAP1 p.Q178* and NFE2L2 p.E82G as the file's Hgvsp_Short", .enabled(if: has(expectedMAF), SharedData.skipMessage))
    func trailingTab() throws {
        let keap1 = try ReaderTestSupport.annotated(try Self.data(Self.expectedMAF), fileName: Self.expectedMAF, sample: "TCGA-P4-A5EB-01A-11D-A28G-10")
        #expect(keap1.alterations.map { $0.text("hgvspShort") } == ["p.Q178*"])
        let nfe2l2 = try ReaderTestSupport.annotated(try Self.data(Self.expectedMAF), fileName: Self.expectedMAF, sample: "TCGA-BQ-7044-01A-11D-1961-08")
        #expect(nfe2l2.alterations.map { $0.text("hgvspShort") } == ["p.E82G"])
    }

    static let summit = "msk-access_puma_biliary_tract_summit_trial__data_mutations_extended.txt"
    @Test("misaligned columns are refused whichever sample is read", .enabled(if: has(summit), SharedData.skipMessage))
    func misalignedColumns() throws {
        for sample in ["P15_C", "P9_A", "P7_A"] {
            let error = ReaderTestSupport.readError(try Self.data(Self.summit), file: Self.summit, options: ReportReadOptions(sample: sample))
            #expect(error?.location == "line 2, column 11 (Variant_Type)")
            #expect(error?.problem.hasPrefix("expected a Variant_Type (SNP, DNP, TNP, ONP, INS or DEL), found 'G'") == true)
        }
    }

    static let pietzak = "PavelSluka_pietzak_nmibc__data_mutations_extended.txt"
    @Test("MAF VAF from t_ref_count/t_alt_count without t_depth: NFE2L2 F39V 207/(273+207)", .enabled(if: has(pietzak), SharedData.skipMessage))
    func vafFromCounts() throws {
        let variant = try #require(try Self.read(Self.pietzak, sample: "P-0003362-T01-IM5").report.shortVariants.first { $0.gene == "NFE2L2" })
        #expect(variant.hgvsp == "p.F39V")
        #expect(variant.vaf == 207.0 / 480.0 && variant.depth == 480)
    }

    static let template = "diz-uker_MTB-cbioportal-study-files-templates__data_mutations_extended.txt"
    @Test("a header-only MAF reads with a notice that it lists nothing", .enabled(if: has(template), SharedData.skipMessage))
    func headerOnly() throws {
        let reading = try Self.read(Self.template)
        #expect(reading.report.shortVariants.isEmpty)
        #expect(reading.notices == ["\(Self.template): the file lists no variant, copy-number alteration or rearrangement"])
    }

    static let gemini = "arq5x_gemini__test-vep-extra.vcf"
    @Test("VEP build from ##VEP assembly=; the repeated record is one alteration with both lines", .enabled(if: has(gemini), SharedData.skipMessage))
    func vepAssemblyAndDuplicate() throws {
        let reading = try Self.read(Self.gemini)
        #expect(reading.report.genomeBuild == .grch37)
        let variant = try #require(reading.report.shortVariants.first)
        #expect(reading.report.shortVariants.count == 1)
        #expect(variant.location.path == "line 14; line 15")
        #expect(variant.transcript == "NM_001145413.2" && variant.hgvsc == "c.1397A>G" && variant.hgvsp == "p.Q466R")
        #expect(reading.notices.contains("\(Self.gemini): 1 alteration(s) are reported more than once (line 15 repeats line 14); each is read once, with all its locations"))
    }

    @Test("a VEP CSQ on NFE2L2 isoform NM_001145413 (c.1397A>G p.Q466R) is placed on MANE by position as c.1466A>G p.Q489R, without a false mismatch", .enabled(if: has(gemini), SharedData.skipMessage))
    func vepIsoform() throws {
        let output = try ReaderTestSupport.annotated(try Self.data(Self.gemini), fileName: Self.gemini)
        let alteration = try #require(output.alterations.first)
        #expect(alteration.text("disposition") == "interpreted")
        #expect(alteration.text("hgvsc") == "c.1466A>G" && alteration.text("hgvspShort") == "p.Q489R")
        let warnings = alteration["warnings"] as? [String] ?? []
        #expect(warnings.contains { $0.contains("(c.1397A>G p.Q466R)") && $0.contains("c.1466A>G p.Q489R") })
        #expect(!warnings.contains { $0.contains("mismatch") || $0.contains("differs") })
    }

    static let lifeomic = "lifeomic_foundation-ingest__sample.xml"
    @Test("FoundationOne NFE2L2 N262S on NM_001145412 with its hg19 position is MANE c.833A>G p.N278S", .enabled(if: has(lifeomic), SharedData.skipMessage))
    func foundationOneIsoform() throws {
        let output = try ReaderTestSupport.annotated(try Self.data(Self.lifeomic), fileName: Self.lifeomic)
        #expect(output.alterations.map { $0.text("hgvsc") } == ["c.833A>G"])
        #expect(output.alterations.map { $0.text("hgvspShort") } == ["p.N278S"])
        #expect(output.text("summary")?.contains("NFE2L2 NFE2L2") == false)
    }

    static let vembrane = "vembrane_vembrane__test.vcf"
    @Test("VEP output under the ANN key is read by the header's Format list (c. and p. in their own slots)", .enabled(if: has(vembrane), SharedData.skipMessage))
    func vepUnderANN() throws {
        let reading = try Self.read(Self.vembrane)
        #expect(reading.report.genomeBuild == .grch38)
        #expect(reading.report.shortVariants.map(\.gene) == ["ARID1A", "ARID1A"])
        for variant in reading.report.shortVariants {
            #expect(variant.hgvsc?.contains(":c.") == true)
            #expect(variant.hgvsp?.contains(":p.") == true)
        }
        #expect(reading.report.shortVariants.contains { $0.hgvsp?.hasSuffix("p.Pro194=") == true })
    }

    static let lifeomicOld = "lifeomic_foundation-xml-fhir__sample.xml"
    @Test("FoundationOne rearrangement with target-gene: every element read (47 distinct short variants, 5 CNAs, 1 rearrangement)", .enabled(if: has(lifeomicOld), SharedData.skipMessage))
    func lifeomicTargetGene() throws {
        let reading = try Self.read(Self.lifeomicOld)
        let text = try String(contentsOf: URL(fileURLWithPath: Self.path(Self.lifeomicOld)), encoding: .utf8)
        #expect(ReaderTestSupport.occurrences(of: "<short-variant ", in: text) == 48)
        #expect(reading.report.shortVariants.count == 47)  // the WDR90 M1T entry is written twice
        #expect(reading.report.copyNumberAlterations.count == 5)
        #expect(reading.report.rearrangements.count == 1)
        #expect(reading.report.unreadableAlterations.isEmpty)
        #expect(reading.report.shortVariants.contains { $0.gene == "NFE2L2" && $0.hgvsp == "N262S" && $0.transcript == "NM_001145412" })
    }

    // MARK: - Every record accounted for

    /// A VCF or MAF of the shared corpus, the sample and build to read it with, and where it lives.
    struct TableFile: CustomStringConvertible, Sendable {
        let folder: String
        let name: String
        let sample: String?
        let build: GenomeBuild?
        var path: String { SharedData.url("corpus/\(folder)/\(name)").path }
        var description: String { name }
    }

    static let tableFiles = [
        TableFile(folder: "external", name: gemini, sample: nil, build: nil),
        TableFile(folder: "external", name: "imgag_megSAP__an_vcf_out_som.vcf", sample: nil, build: nil),
        TableFile(folder: "external", name: "lifeomic_ashion-ingest__tnFreebayes.filt.snpEff.reportable.vcf", sample: "C043_9999_009990_BR_Whole_T1_K1ID2_A00001", build: nil),
        TableFile(folder: "external", name: "mskcc_vcf2maf__test_mutect.vcf", sample: nil, build: nil),
        TableFile(folder: "external", name: vembrane, sample: nil, build: nil),
        TableFile(folder: "external", name: "sigven_pcgr__T001-COAD.grch37.vcf.gz", sample: nil, build: .grch37),
        TableFile(folder: "external", name: "sigven_pcgr__T001-COAD.grch38.vcf.gz", sample: nil, build: .grch38),
        TableFile(folder: "reports", name: "mskcc_vcf2maf__test_b38.vcf", sample: nil, build: .grch38),
        TableFile(folder: "reports", name: "sigven_pcgr__T001-BRCA.grch38.vcf.gz", sample: nil, build: .grch38),
        TableFile(folder: "external", name: apl, sample: "DS9D", build: nil),
        TableFile(folder: "external", name: "PoisonAlien_maftools__brca.maf.gz", sample: nil, build: .grch37),
        TableFile(folder: "external", name: "cBioPortal_cbioportal-core__study_es_0__data_mutations_extended.maf", sample: "TCGA-A1-A0SB-01", build: nil),
        TableFile(folder: "external", name: "vanallenlab_moalmanac__example_patient.capture.somatic.snvs.maf", sample: nil, build: nil),
        TableFile(folder: "external", name: pietzak, sample: "P-0005490-T01-IM5", build: nil),
        TableFile(folder: "external", name: expectedMAF, sample: "TCGA-P4-A5EB-01A-11D-A28G-10", build: nil),
        TableFile(folder: "external", name: "genome-nexus_genome-nexus-annotation-pipeline__testmaf.txt", sample: "TCGA-P4-A5EB-01A-11D-A28G-10", build: nil),
        TableFile(folder: "external", name: template, sample: nil, build: nil),
        TableFile(folder: "reports", name: "mskcc_vcf2maf__test_b38_output.maf", sample: nil, build: nil),
        TableFile(folder: "reports", name: "cBioPortal_cbioportal-core__data_mutations_extended.txt", sample: nil, build: nil),
        TableFile(folder: "reports", name: "oncokb_oncokb-annotator__example_maf.txt", sample: "TCGA-05-4417-01", build: nil),
        TableFile(folder: "reports", name: "oncokb_oncokb-annotator__example_maf_grch38.txt", sample: "TCGA-05-4417-01", build: nil),
    ]

    /// The file's text, decompressed by gzip(1) when compressed (independently of the reader's zlib).
    static func text(_ path: String) throws -> String {
        guard path.hasSuffix(".gz") else { return try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The records of the chosen sample, counted from the text: VCF data lines (none of these files has a
    /// multi-allelic record), or MAF rows whose Tumor_Sample_Barcode is the sample.
    static func recordCount(_ file: TableFile) throws -> Int {
        let lines = try text(file.path).split(whereSeparator: \.isNewline).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        if file.name.contains(".vcf") { return lines.count }
        guard let header = lines.first else { return 0 }
        let names = header.split(separator: "\t", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard let sample = file.sample, let column = names.firstIndex(of: "tumor_sample_barcode") else { return lines.count - 1 }
        return lines.dropFirst().filter { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return column < fields.count && fields[column] == sample
        }.count
    }

    /// The number a warning starts with after the file name, for the warnings that count skipped or merged records
/// (and FHIR variant Observations stating that the variant is absent).
    static func skipped(_ warnings: [String]) -> Int {
        let phrases = ["ALT allele(s) are not carried", "record(s) without an ALT allele", "spanning-deletion", "reported more than once",
                       "state that the variant is absent"]
        return warnings.filter { warning in phrases.contains { warning.contains($0) } }.compactMap { warning in
            warning.split(separator: ":", maxSplits: 1).last.flatMap { Int($0.drop { $0 == " " }.prefix { $0.isNumber }) }
        }.reduce(0, +)
    }

    @Test("every record of the chosen sample is an alteration, another alteration or a counted skip", arguments: tableFiles)
    func everyRecordAccountedFor(_ file: TableFile) throws {
        try #require(FileManager.default.fileExists(atPath: file.path), "skipped: \(file.name) not found in ../shared/corpus")
        let data = try Data(contentsOf: URL(fileURLWithPath: file.path))
        let output = try ReaderTestSupport.annotated(data, fileName: file.name, sample: file.sample, build: file.build)
        let read = output.alterations.count + output.otherAlterations.count + Self.skipped(output.warnings)
        #expect(read == (try Self.recordCount(file)))
    }

    @Test("KEAP1 and NFE2L2 changes equal the files' own annotation", arguments: [
        (expectedMAF, "TCGA-BQ-7051-01A-12D-1961-08", nil, "p.G81V"),
        (expectedMAF, "TCGA-B1-A47M-01A-11D-A25F-10", nil, "p.T80K"),
        (expectedMAF, "TCGA-BQ-5881-01A-11D-1589-08", nil, "p.L30R"),
        // The un-annotated input of the file above: the protein changes are predicted from the genomic change.
        ("genome-nexus_genome-nexus-annotation-pipeline__testmaf.txt", "TCGA-P4-A5EB-01A-11D-A28G-10", nil, "p.Q178*"),
        ("genome-nexus_genome-nexus-annotation-pipeline__testmaf.txt", "TCGA-BQ-7044-01A-11D-1961-08", nil, "p.E82G"),
        (pietzak, "P-0005490-T01-IM5", nil, "p.A173*"),
        ("sigven_pcgr__T001-COAD.grch37.vcf.gz", nil, GenomeBuild.grch37, "p.T80I"),
        ("sigven_pcgr__T001-COAD.grch38.vcf.gz", nil, GenomeBuild.grch38, "p.T80I"),
    ] as [(String, String?, GenomeBuild?, String)])
    func keapNrfChanges(_ name: String, _ sample: String?, _ build: GenomeBuild?, _ protein: String) throws {
        try #require(Self.has(name), "skipped: \(name) not found in ../shared/corpus/external")
        let output = try ReaderTestSupport.annotated(try Self.data(name), fileName: name, sample: sample, build: build)
        #expect(output.alterations.compactMap { $0.text("hgvspShort") }.contains(protein), "\(output.alterations.map { $0.text("hgvspShort") ?? "-" })")
    }
}
