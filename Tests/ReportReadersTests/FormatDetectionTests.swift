import Foundation
import ReportReaders
import Testing
import TestSupport

/// Format detection from content, and the `--format` override.
@Suite("Format detection")
struct FormatDetectionTests {
    @Test("each example is detected as its format", arguments: [
        ("lusc-nfe2l2-e79k.json", ReportFormat.keapnrfJSON),
        ("f1cdx-lusc-nfe2l2-e79k.xml", .foundationOneXML),
        ("f1cdx-luad-keap1-g333c-stk11-kras.xml", .foundationOneXML),
        ("fhir-escc-nfe2l2-e79k.json", .fhirJSON),
        ("vcf-grch37-keap1-nfe2l2.vcf", .vcf),
        ("maf-luad-keap1-g333c-kras.maf", .maf),
    ])
    func examples(_ file: String, format: ReportFormat) throws {
        #expect(try ReportFormatDetector.detect(try ReaderTestSupport.example(file), file: file) == format)
    }

    @Test("content that is none of the formats is an error naming what it looked like", arguments: [
        ("hello world", "the content is not JSON, XML, VCF (##fileformat=VCF…) or MAF (a Hugo_Symbol column)"),
        ("<html><body/></html>", "the XML root element <html> is neither a FoundationOne ResultsReport nor a FHIR resource"),
        ("<?xml version=\"1.0\"?><!-- only a comment -->", "the document starts like XML but no root element was found in its first 64 KB"),
    ])
    func unknown(_ content: String, what: String) {
        let error = ReaderTestSupport.readError(Data(content.utf8), file: "x")
        #expect(error?.problem == "cannot tell the format: \(what); name it with --format (keapnrf-json, f1cdx-xml, fhir-json, fhir-xml, vcf, maf)")
    }

    /// Text of exactly `length` bytes: `filler` repeated and cut.
    private static func padding(_ length: Int, _ filler: String = "x") -> String {
        String(String(repeating: filler, count: length / filler.count + 1).prefix(length))
    }

    @Test("what settles the format may lie past the first 4 KB (the detector's first window) and within 64 KB", arguments: [
        // White space before a JSON report.
        (padding(5_000, " ") + "{\"format\": \"keapnrf-json\"}", ReportFormat.keapnrfJSON),
        // A comment longer than 4 KB before a FHIR root.
        ("<?xml version=\"1.0\"?><!--" + padding(6_000) + "--><Bundle/>", .fhirXML),
        // A root element whose name is no FHIR type and whose FHIR namespace begins past byte 4,096.
        ("<!--" + padding(4_080 - 7) + "--><x:Thing xmlns:x=\"http://hl7.org/fhir\"/>", .fhirXML),
        // A FoundationOne root element starting at byte 4,090.
        ("<!--" + padding(4_090 - 7) + "--><rr:ResultsReport xmlns:rr=\"http://foundationmedicine.com/compbio/resultsReport\"/>", .foundationOneXML),
        // A MAF header whose Hugo_Symbol column begins past byte 4,096.
        ("#version 2.4\n#" + padding(4_060) + "\nTumor_Sample_Barcode\tChromosome\tStart_Position\tHugo_Symbol\n", .maf),
    ])
    func decisivePartPastTheFirstWindow(_ content: String, format: ReportFormat) throws {
        #expect(try ReportFormatDetector.detect(Data(content.utf8), file: "x") == format)
    }

    @Test("a MAF-like header line cut by the first window is judged on the whole line")
    func headerLineCutByTheFirstWindow() {
        // The first 4,096 bytes end right after "Hugo_Symbol", the start of the column "Hugo_SymbolX": judged on
        // the first window alone the line would name a Hugo_Symbol column.
        let head = "#" + Self.padding(4_096 - 1 - 1 - "Tumor_Sample_Barcode\tHugo_Symbol".utf8.count) + "\n"
        let content = head + "Tumor_Sample_Barcode\tHugo_SymbolX\tChromosome\n"
        #expect(content.utf8.prefix(4_096).suffix(11).elementsEqual("Hugo_Symbol".utf8))
        let error = ReaderTestSupport.readError(Data(content.utf8), file: "x")
        #expect(error?.problem.hasPrefix("cannot tell the format: the content is not JSON, XML, VCF") == true)
    }

    @Test("a UTF-8 byte order mark and a UTF-16 document are detected; --format overrides detection")
    func encodingsAndOverride() throws {
        let xml = "<?xml version=\"1.0\"?>\n<Bundle xmlns=\"http://hl7.org/fhir\"/>"
        #expect(try ReportFormatDetector.detect(Data([0xEF, 0xBB, 0xBF]) + Data(xml.utf8), file: "x") == .fhirXML)
        #expect(try ReportFormatDetector.detect(Data([0xFF, 0xFE]) + (try #require(xml.data(using: .utf16LittleEndian))), file: "x") == .fhirXML)
        // A keapnrf JSON report read as FHIR JSON is an error from the FHIR reader, not a detection.
        let error = ReaderTestSupport.readError(try ReaderTestSupport.example("lusc-nfe2l2-e79k.json"), file: "r.json", format: .fhirJSON)
        #expect(error?.problem == "expected a FHIR Bundle, DiagnosticReport or Observation, found resourceType 'none'")
    }

    @Test("the command line's --format, --sample and --build options", arguments: [
        (["--format", "fhir-xml"], Int32(1), "expected a FHIR Bundle, DiagnosticReport or Observation"),
        (["--format", "pdf"], Int32(64), "--format must be one of"),
        (["--build", "hg17"], Int32(64), "--build must be GRCh37 or GRCh38"),
        (["--max-input-mb", "0"], Int32(64), "--max-input-mb must be between 1 and 4096"),
    ])
    func commandLineOptions(_ options: [String], status: Int32, message: String) throws {
        let result = try Fixtures.runKeapnrf(["annotate", "examples/formats/f1cdx-lusc-nfe2l2-e79k.xml"] + options)
        #expect(result.status == status)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test("the command line reads a VCF with --build and records the format in the provenance")
    func commandLineVCF() throws {
        let result = try Fixtures.runKeapnrf(["annotate", "examples/formats/vcf-grch37-keap1-nfe2l2.vcf", "--build", "GRCh37", "--sample", "TUMOR"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"format\": \"vcf\""))
        let conflict = try Fixtures.runKeapnrf(["annotate", "examples/formats/vcf-grch37-keap1-nfe2l2.vcf", "--build", "GRCh38"])
        #expect(conflict.status == 1)
        #expect(conflict.standardError.contains("--build GRCh38 conflicts with the header, which names GRCh37"))
    }
}
