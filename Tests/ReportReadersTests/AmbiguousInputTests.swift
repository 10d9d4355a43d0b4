import Foundation
import ReportModel
import ReportReaders
import Testing
import TestSupport

/// Inputs that used to be read silently or inconsistently: a MAF without a build, repeated MAF column names,
/// a UTF-8 byte order mark on JSON, a UTF-8 declaration on UTF-16 XML.
@Suite("Ambiguous inputs")
struct AmbiguousInputTests {
    /// The MAF reader tests' header without NCBI_Build.
    static let headerWithoutBuild = MAFReaderTests.header.replacingOccurrences(of: "NCBI_Build\t", with: "")
    /// KEAP1 c.997G>T p.G333C at 19:10602581 C>A (GRCh37; KEAP1 is on the minus strand, so c. G>T is forward C>A).
    static let keap1Row = "KEAP1\t19\t10602581\t10602581\tC\tC\tA\tS1\tc.997G>T\tp.G333C\tENST00000171111\t100\t40"

    static func mafWithoutBuild(_ rows: [String]) -> Data {
        Data(([headerWithoutBuild] + rows).joined(separator: "\n").appending("\n").utf8)
    }

    @Test("a MAF without NCBI_Build is read from its HGVS columns, with a warning that no build was assumed")
    func mafWithoutBuild() throws {
        let output = try ReaderTestSupport.annotated(Self.mafWithoutBuild([Self.keap1Row]), fileName: "nobuild.maf")
        let alteration = try #require(output.alterations.first)
        #expect(alteration.text("disposition") == "interpreted")
        #expect(alteration.text("hgvsc") == "c.997G>T" && alteration.text("hgvspShort") == "p.G333C")
        #expect(output.warnings.contains(
            "nobuild.maf: no genome build was given (no NCBI_Build value and no --build), so none was assumed: the variants were read from their HGVSc/HGVSp columns and the genomic columns were not used"))
    }

    @Test("a MAF without NCBI_Build uses --build for its genomic columns, without the warning")
    func mafWithBuildOption() throws {
        let reading = try ReaderTestSupport.read(
            String(decoding: Self.mafWithoutBuild([Self.keap1Row]), as: UTF8.self), file: "nobuild.maf", options: ReportReadOptions(build: .grch37))
        #expect(reading.report.shortVariants.first?.genomic == GenomicChange(chromosome: "19", position: 10602581, reference: "C", alternate: "A", build: .grch37))
        #expect(reading.notices.isEmpty)
    }

    @Test("a MAF row with only genomic columns and no build is an error, as a VCF without a build is")
    func mafGenomicOnlyWithoutBuild() throws {
        let row = "KEAP1\t19\t10602581\t10602581\tC\tC\tA\tS1\t\t\t\t100\t40"
        let error = try #require(ReaderTestSupport.readError(Self.mafWithoutBuild([row]), file: "nobuild.maf"))
        #expect(error.location == "line 2, column 3 (Start_Position)")
        #expect(error.problem == "the row has only a genomic change, which needs the genome build: the file has no NCBI_Build; pass --build GRCh37 or --build GRCh38")
    }

    @Test("two MAF columns with the same name (ignoring case) are refused")
    func duplicateMAFColumns() throws {
        let header = MAFReaderTests.header + "\tHGVSC"
        let data = Data((header + "\n" + "KEAP1\tGRCh37\t19\t10602581\t10602581\tC\tC\tA\tS1\tc.997G>T\tp.G333C\t\t\t\tc.1G>A\n").utf8)
        let error = try #require(ReaderTestSupport.readError(data, file: "dup.maf"))
        #expect(error.location == "line 1, column 15 (HGVSC)")
        #expect(error.problem == "the column name 'HGVSC' repeats column 10 ('HGVSc'); each column name must be unique")
        // A repeated column the reader does not use is no ambiguity.
        let unused = Data((MAFReaderTests.header + "\tNote\tNOTE\n" + "KEAP1\tGRCh37\t19\t10602581\t10602581\tC\tC\tA\tS1\tc.997G>T\tp.G333C\t\t\t\ta\tb\n").utf8)
        #expect(try ReportReader.read(unused, file: "dup.maf").report.shortVariants.count == 1)
    }

    @Test("keapnrf JSON and FHIR JSON with a UTF-8 byte order mark are read like those without")
    func jsonByteOrderMark() throws {
        for name in ["lusc-nfe2l2-e79k.json", "fhir-escc-nfe2l2-e79k.json"] {
            let plain = try ReaderTestSupport.example(name)
            let marked = Data([0xEF, 0xBB, 0xBF]) + plain
            let withMark = try ReportReader.read(marked, file: name)
            #expect(withMark.report == (try ReportReader.read(plain, file: name)).report, "\(name)")
            #expect(withMark.report.shortVariants.first?.gene == "NFE2L2")
        }
    }

    @Test("a UTF-8 declaration on UTF-16 bytes: the bytes decide, with a notice (as for the reverse)")
    func utf8DeclarationOnUTF16() throws {
        let text = String(decoding: try ReaderTestSupport.example("f1cdx-lusc-nfe2l2-e79k.xml"), as: UTF8.self)
        let data = Data([0xFF, 0xFE]) + (try #require(text.data(using: .utf16LittleEndian)))
        let reading = try ReportReader.read(data, file: "declared8.xml")
        #expect(reading.report.shortVariants.map(\.gene) == ["NFE2L2"])
        #expect(reading.notices == ["declared8.xml: the XML declaration says encoding=\"UTF-8\" but the bytes are UTF-16; the declaration was ignored and the document read as UTF-16"])
        // A UTF-16 declaration on UTF-16 bytes needs no notice.
        let declared16 = text.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let agreeing = Data([0xFF, 0xFE]) + (try #require(declared16.data(using: .utf16LittleEndian)))
        #expect(try ReportReader.read(agreeing, file: "declared16.xml").notices.isEmpty)
    }
}

/// Dates are validated as calendar days before they are copied into the (signed) interpretation.
@Suite("Dates")
struct DateTests {
    @Test("a keapnrf JSON reportDate that is not a calendar day is refused")
    func reportDate() throws {
        let json = #"{"format": "keapnrf-report", "formatVersion": 1, "reportDate": "2025-02-30", "shortVariants": []}"#
        let error = try #require(ReaderTestSupport.readError(Data(json.utf8), file: "r.json"))
        #expect(error.location == "$.reportDate")
        #expect(error.problem == "expected a date as YYYY-MM-DD, found '2025-02-30'")
        #expect(CalendarDate.isValid("2024-02-29") && !CalendarDate.isValid("2023-02-29") && !CalendarDate.isValid("2025-04-31"))
    }
}
