import Foundation
import ReportModel
import ReportReaders
import Testing
import TestSupport

/// The bounds on how much one report may hold (`maxRecords`, `maxXMLElements`): a report at the limit is read,
/// one record more is refused with one line, in every format. Record counts are those of the bundled examples,
/// counted by reading them with the default limits.
@Suite("Record and element limits")
struct RecordLimitTests {
    static let examples = [
        "examples/formats/vcf-grch37-keap1-nfe2l2.vcf", "examples/formats/maf-luad-keap1-g333c-kras.maf",
        "examples/formats/f1cdx-luad-keap1-g333c-stk11-kras.xml", "examples/formats/fhir-escc-nfe2l2-e79k.json",
        "examples/lusc-nfe2l2-e79k.json", "examples/luad-keap1-g333c-stk11-kras.json",
    ]

    @Test("a report with as many records as the limit is read; one more than the limit is refused", arguments: examples)
    func recordLimit(path: String) throws {
        let data = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(path))
        let count = try ReportReader.read(data, file: "report").report.recordCount
        #expect(count >= 2)
        let atLimit = try ReportReader.read(data, file: "report", options: ReportReadOptions(maxRecords: count))
        #expect(atLimit.report.recordCount == count)
        let error = try #require(ReaderTestSupport.readError(data, file: "report", options: ReportReadOptions(maxRecords: count - 1)))
        #expect(error.problem.hasPrefix("the report lists more than \(count - 1) variant records"))
    }

    @Test("a VCF stops at the first record past the limit, naming its line")
    func vcfStopsAtTheLine() throws {
        let data = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("examples/formats/vcf-grch37-keap1-nfe2l2.vcf"))
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let firstRecord = try #require(lines.firstIndex { !$0.hasPrefix("#") && !$0.isEmpty })
        let error = try #require(ReaderTestSupport.readError(data, file: "report.vcf", options: ReportReadOptions(maxRecords: 1)))
        #expect(error.location == "line \(firstRecord + 2)")
    }

    @Test("a multi-sample MAF may hold four rows per record the chosen sample may list, across all samples")
    func mafRowsOfAllSamples() throws {
        let data = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("examples/formats/maf-luad-keap1-g333c-kras.maf"))
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        let header = lines.filter { $0.hasPrefix("#") || $0.hasPrefix("Hugo_Symbol") }
        let rows = lines.filter { !$0.hasPrefix("#") && !$0.hasPrefix("Hugo_Symbol") }
        #expect(rows.count == 2)
        // Five copies of the rows: ten rows; a limit of two records allows eight rows of the file.
        let copies = Data((header + Array(repeating: rows, count: 5).flatMap { $0 }).joined(separator: "\n").utf8)
        let error = try #require(ReaderTestSupport.readError(copies, file: "cohort.maf", options: ReportReadOptions(maxRecords: 2)))
        #expect(error.problem.hasPrefix("the file holds more than 8 rows"))
        #expect(error.location == "line \(header.count + 9)")
    }

    @Test("an XML document with more kept elements than the limit is refused while it is parsed, in both XML formats")
    func xmlElementFlood() throws {
        let flood = HostileInputTests.resultsReportOpen + "<rr:ResultsPayload><variant-report><short-variants>"
            + String(repeating: "<short-variant/>", count: 50) + "</short-variants></variant-report></rr:ResultsPayload></rr:ResultsReport>"
        let error = try #require(ReaderTestSupport.readError(Data(flood.utf8), file: "flood.xml", options: ReportReadOptions(maxXMLElements: 20)))
        #expect(error.problem.hasPrefix("the document holds more than 20 elements of the kinds keapnrf reads"))
        #expect(error.location.hasPrefix("line 1, /rr:ResultsReport/rr:ResultsPayload/variant-report/short-variants"))
        let fhir = #"<Bundle xmlns="http://hl7.org/fhir"><type value="collection"/><entry><resource><Observation><code>"#
            + String(repeating: "<coding/>", count: 50) + "</code></Observation></resource></entry></Bundle>"
        let fhirError = try #require(ReaderTestSupport.readError(Data(fhir.utf8), file: "flood.xml", options: ReportReadOptions(maxXMLElements: 20)))
        #expect(fhirError.problem.hasPrefix("the document holds more than 20 elements"))
    }

    @Test("a JSON report with more values than the limit is refused while it is parsed, in both JSON formats")
    func jsonValueFlood() throws {
        let fhir = #"{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Observation", "code": {"coding": ["#
            + Array(repeating: "0", count: 50).joined(separator: ",") + "]}}}]}"
        let error = try #require(ReaderTestSupport.readError(Data(fhir.utf8), file: "flood.json", options: ReportReadOptions(maxJSONValues: 20)))
        #expect(error.problem.contains("more than 20 values"))
        let keapnrf = #"{"format": "keapnrf-report", "formatVersion": 1, "shortVariants": ["#
            + Array(repeating: #"{"gene": "KEAP1", "hgvsp": "p.G333C"}"#, count: 50).joined(separator: ",") + "]}"
        let keapnrfError = try #require(ReaderTestSupport.readError(Data(keapnrf.utf8), file: "flood.json", options: ReportReadOptions(maxJSONValues: 20)))
        #expect(keapnrfError.problem.contains("more than 20 values"))
        // Within the value limit, the record limit is checked before the variants are decoded.
        let records = try #require(ReaderTestSupport.readError(Data(keapnrf.utf8), file: "flood.json", options: ReportReadOptions(maxRecords: 10)))
        #expect(records.location == "$")
        #expect(records.problem.hasPrefix("the report lists more than 10 variant records"))
    }
}
