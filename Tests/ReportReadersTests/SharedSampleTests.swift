import Foundation
import ReportModel
import ReportReaders
import Testing
import TestSupport

/// The real public samples in `../shared/corpus/reports`, with counts taken from the files independently
/// (string counts over the raw text, or the numbers stated in the corpus PROVENANCE.md).
@Suite("Shared real samples", .requiresSharedData)
struct SharedSampleTests {
    static let foundationSample = "njalloul90_Foundation_Medicine_XML_DataExtraction__sampleFoundation.xml"

    @Test("the FoundationOne sample: KEAP1 p.Lys303Met from NM_012289 and the KEAP1 amplification, everything else listed")
    func foundationSample() throws {
        let data = try ReaderTestSupport.sharedReport(Self.foundationSample)
        let text = String(decoding: data, as: UTF8.self)
        // Independent counts over the raw XML (PROVENANCE.md: 7 short variants, 11 CNAs, 1 rearrangement).
        let shortVariants = ReaderTestSupport.occurrences(of: "<short-variant ", in: text)
        let copyNumbers = ReaderTestSupport.occurrences(of: "<copy-number-alteration ", in: text)
        let rearrangements = ReaderTestSupport.occurrences(of: "<rearrangement ", in: text)
        #expect((shortVariants, copyNumbers, rearrangements) == (7, 11, 1))

        let reading = try ReportReader.read(data, file: "sample.xml")
        #expect(reading.format == .foundationOneXML)
        #expect(reading.report.shortVariants.count == shortVariants)
        #expect(reading.report.copyNumberAlterations.count == copyNumbers)
        #expect(reading.report.rearrangements.count == rearrangements)
        let keap1 = try #require(reading.report.shortVariants.first { $0.gene == "KEAP1" })
        #expect(keap1.transcript == "NM_012289" && keap1.hgvsc == "908A>T" && keap1.hgvsp == "K303M")
        #expect(keap1.vaf == 0.0836 && keap1.depth == 2248)
        #expect(keap1.location.path == "line 1675, /rr:ResultsReport/rr:ResultsPayload/variant-report/short-variants/short-variant[4]")
        #expect(reading.report.biomarkers.msi == .stable && reading.report.biomarkers.tmbPerMegabase == 3.78)
        #expect(reading.report.tumorType.diagnosisText == "Fallopian tube serous carcinoma")

        let output = try ReaderTestSupport.annotated(data, fileName: "sample.xml")
        let alterations = output.alterations
        #expect(alterations.count == 2)
        let shortVariant = try #require(alterations.first { $0.text("hgvsp") != nil })
        #expect(shortVariant.text("gene") == "KEAP1")
        #expect(shortVariant.text("hgvsp") == "p.Lys303Met")
        #expect(shortVariant.text("hgvsc") == "c.908A>T")
        #expect(shortVariant.text("disposition") == "interpreted")
        let amplification = try #require(alterations.first { $0.text("source") == "KEAP1 amplification" })
        #expect(amplification.text("disposition") == "interpreted")
        #expect(amplification.text("consequence") == "transcript_amplification")
        // Every other alteration is listed: all alterations in the file minus the two KEAP1 ones.
        let keap1InFile = ReaderTestSupport.occurrences(of: "gene=\"KEAP1\"", in: text)
        #expect(keap1InFile == 2)
        #expect(output.otherAlterations.count == shortVariants + copyNumbers + rearrangements - keap1InFile)
        #expect(output.otherAlterations.allSatisfy { $0.text("disposition") == "not_in_scope" })
    }

    @Test("no value of the FoundationOne sample's PMI block appears anywhere in the interpretation")
    func foundationSamplePatientIdentifiers() throws {
        let data = try ReaderTestSupport.sharedReport(Self.foundationSample)
        let text = String(decoding: data, as: UTF8.self)
        let values = Self.identifyingValues(in: text)
        #expect(values.count >= 5, "expected the sample's PMI block to hold names, MRN and dates: \(values)")
        let output = try ReaderTestSupport.annotatedText(data, fileName: "sample.xml")
        for value in values {
            #expect(!output.contains(value), "PMI value '\(value)' appears in the interpretation")
        }
    }

    /// Identifying PMI and customer-information values read from the raw file: names, record numbers,
    /// dates, physicians and facilities (blank values skipped).
    static func identifyingValues(in text: String) -> [String] {
        let fields = ["MRN", "FullName", "FirstName", "LastName", "DOB", "OrderingMD", "OrderingMDId", "Pathologist",
                      "MedFacilName", "MedFacilID", "CollDate", "PhysicianId", "rr:MRN", "rr:PhysicianId"]
        var values: [String] = []
        for field in fields {
            var rest = text[...]
            while let open = rest.range(of: "<\(field)>"), let close = rest[open.upperBound...].range(of: "</\(field)>") {
                let value = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !value.isEmpty, !values.contains(value) { values.append(value) }
                rest = rest[close.upperBound...]
            }
        }
        return values
    }

    @Test("the HL7 examples parse, with every variant Observation read", arguments: [
        ("HL7_genomics-reporting__Bundle-oncologyexamples-r4.json", ReportFormat.fhirJSON),
        ("HL7_genomics-reporting__oncology-report-example.json", .fhirJSON),
        ("HL7_genomics-reporting__Observation-SNVexample.json", .fhirJSON),
        ("HL7_genomics-reporting__SNVexample.xml", .fhirXML),
        ("HL7_genomics-reporting__oncology-diagnostic.xml", .fhirXML),
        ("HL7_genomics-reporting__oncologyexamples-r4.xml", .fhirXML),
    ])
    func hl7Examples(_ file: String, format: ReportFormat) throws {
        let data = try ReaderTestSupport.sharedReport(file)
        // Each variant Observation carries the LOINC code 69548-6 (genetic variant assessment) once as a
        // code value; nothing else in these files does (SNVexample.xml also names it in a comment, which
        // the XML pattern does not match).
        let pattern = format == .fhirXML ? "value=\"69548-6\"" : "\"69548-6\""
        let variantCount = ReaderTestSupport.occurrences(of: pattern, in: String(decoding: data, as: UTF8.self))
        #expect(variantCount >= 1)
        let reading = try ReportReader.read(data, file: file)
        #expect(reading.format == format)
        #expect(reading.report.shortVariants.count == variantCount)
        #expect(reading.report.shortVariants.allSatisfy { $0.gene != "unassigned" })
    }

    @Test("the MOLIT/CeGaT bundle: 12 somatic variants with c., p., transcript and VAF, as PROVENANCE.md describes")
    func molitBundle() throws {
        let reading = try ReportReader.read(try ReaderTestSupport.sharedReport("HL7_genomics-reporting__oncology-report-example.json"), file: "molit.json")
        #expect(reading.report.shortVariants.count == 12)
        #expect(reading.report.shortVariants.allSatisfy { $0.origin == .somatic && $0.hgvsc != nil && $0.hgvsp != nil && $0.transcript != nil && $0.vaf != nil })
        // The first entry, read by hand: PIK3CA (HGNC:8975), NM_006218.3 c.3140A>G p.H1047R, VAF 0.2188, GRCh37.
        let first = try #require(reading.report.shortVariants.first)
        #expect(first.gene == "PIK3CA" && first.transcript == "NM_006218.3" && first.hgvsc == "c.3140A>G" && first.hgvsp == "p.H1047R")
        #expect(first.vaf == 0.2188)
        #expect(reading.report.genomeBuild == .grch37)
    }

    @Test("the HL7 oncology bundle: variants in the DiagnosticReport's order through the grouper, TMB and MSI read")
    func oncologyBundleOrderAndBiomarkers() throws {
        let reading = try ReportReader.read(try ReaderTestSupport.sharedReport("HL7_genomics-reporting__Bundle-oncologyexamples-r4.json"), file: "bundle.json")
        #expect(reading.report.shortVariants.map(\.gene) == ["JAK2", "KDR", "ERBB4"])
        #expect(reading.report.biomarkers.tmbPerMegabase == 25)
        #expect(reading.report.biomarkers.msi == .msiHigh)
        // JAK2 9:g.5073770G>T becomes a genomic change; ERBB4 2:g.212578380del names no bases and is kept as text.
        let jak2 = reading.report.shortVariants[0]
        #expect(jak2.genomic == GenomicChange(chromosome: "9", position: 5073770, reference: "G", alternate: "T"))
        #expect(reading.report.shortVariants[2].hgvsc == "2:g.212578380del")
    }

    @Test("the vcf2maf test VCF (GRCh38 by its name, stated with --build) gives one variant per data line")
    func vcf2mafVCF() throws {
        let data = try ReaderTestSupport.sharedReport("mskcc_vcf2maf__test_b38.vcf")
        let dataLines = String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") }.count
        let reading = try ReportReader.read(data, file: "test_b38.vcf", options: ReportReadOptions(build: .grch38))
        #expect(reading.report.shortVariants.count == dataLines)
        // The TUMOR column (the header has TUMOR and NORMAL). Line 8: 21 34792478 C>T, AD 778,123, DP 901.
        let second = reading.report.shortVariants[1]
        #expect(second.genomic == GenomicChange(chromosome: "21", position: 34792478, reference: "C", alternate: "T", build: .grch38))
        #expect(second.vaf == 123.0 / 901.0 && second.depth == 901)
        // Without a build the header says nothing and the read fails.
        let error = ReaderTestSupport.readError(data, file: "test_b38.vcf")
        #expect(error?.problem.contains("--build") == true)
    }

    @Test("MAF samples: vcf2maf output, cBioPortal and OncoKB files", arguments: [
        ("mskcc_vcf2maf__test_b38_output.maf", nil as String?),
        ("cBioPortal_cbioportal-core__data_mutations_extended.txt", nil),
        ("oncokb_oncokb-annotator__example_maf.txt", "TCGA-05-4417-01"),
    ])
    func mafSamples(_ file: String, sample: String?) throws {
        let data = try ReaderTestSupport.sharedReport(file)
        let rows = String(decoding: data, as: UTF8.self).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.dropFirst()  // the header line
        let expected = sample.map { name in rows.filter { $0.split(separator: "\t", omittingEmptySubsequences: false).contains { $0 == name } }.count } ?? rows.count
        let reading = try ReportReader.read(data, file: file, options: ReportReadOptions(sample: sample))
        #expect(reading.format == .maf)
        #expect(reading.report.shortVariants.count == expected)
    }

    @Test("a MAF with several samples and no --sample is an error listing the barcodes")
    func mafSeveralSamples() throws {
        let error = ReaderTestSupport.readError(try ReaderTestSupport.sharedReport("oncokb_oncokb-annotator__example_maf.txt"), file: "maf.txt")
        #expect(error?.problem.contains("4 tumour samples") == true)
        #expect(error?.problem.contains("TCGA-05-4417-01") == true)
    }

    @Test("the bgzip-compressed PCGR VCF is read: every record, counted independently with zcat")
    func compressedVCF() throws {
        let data = try ReaderTestSupport.sharedReport("sigven_pcgr__T001-BRCA.grch38.vcf.gz")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "zcat '\(SharedData.url("corpus/reports/sigven_pcgr__T001-BRCA.grch38.vcf.gz").path)' | grep -vc '^#'"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let expected = Int(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        process.waitUntilExit()
        let reading = try ReportReader.read(data, file: "T001.vcf.gz", options: ReportReadOptions(build: .grch38))
        #expect(reading.format == .vcf)
        let listed = reading.report.shortVariants.count
        #expect(expected != nil && listed >= (expected ?? 0), "every record becomes a variant (multi-allelic records split)")
    }

    @Test("truncated gzip and gzip that expands beyond the size limit are refused")
    func compressedErrors() throws {
        let data = try ReaderTestSupport.sharedReport("sigven_pcgr__T001-BRCA.grch38.vcf.gz")
        let truncated = ReaderTestSupport.readError(data.prefix(data.count / 2), file: "cut.vcf.gz")
        #expect(truncated?.problem.contains("truncated") == true || truncated?.problem.contains("corrupt") == true, "\(String(describing: truncated))")
        // A limit just above the compressed size: the compressed bytes pass, the decompressed ones do not.
        let small = ReaderTestSupport.readError(data, file: "T001.vcf.gz", options: ReportReadOptions(build: .grch38, maxInputBytes: data.count + 1))
        #expect(small?.problem.contains("exceeds the limit") == true, "\(String(describing: small))")
    }

    @Test("detection picks the format of every shared sample", arguments: [
        ("njalloul90_Foundation_Medicine_XML_DataExtraction__sampleFoundation.xml", ReportFormat.foundationOneXML),
        ("HL7_genomics-reporting__Bundle-oncologyexamples-r4.json", .fhirJSON),
        ("HL7_genomics-reporting__Observation-SNVexample.json", .fhirJSON),
        ("HL7_genomics-reporting__SNVexample.xml", .fhirXML),
        ("HL7_genomics-reporting__oncologyexamples-r4.xml", .fhirXML),
        ("mskcc_vcf2maf__test_b38.vcf", .vcf),
        ("mskcc_vcf2maf__test_b38_output.maf", .maf),
        ("cBioPortal_cbioportal-core__data_mutations_extended.txt", .maf),
        ("oncokb_oncokb-annotator__example_maf.txt", .maf),
    ])
    func detection(_ file: String, format: ReportFormat) throws {
        #expect(try ReportFormatDetector.detect(try ReaderTestSupport.sharedReport(file), file: file) == format)
    }
}
