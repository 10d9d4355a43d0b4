import Foundation
import ReportModel
import ReportReaders
import Testing

/// The MAF reader on small hand-written files.
@Suite("MAF reader")
struct MAFReaderTests {
    static let header = "Hugo_Symbol\tNCBI_Build\tChromosome\tStart_Position\tEnd_Position\tReference_Allele\tTumor_Seq_Allele1\tTumor_Seq_Allele2\tTumor_Sample_Barcode\tHGVSc\tHGVSp_Short\tTranscript_ID\tt_depth\tt_alt_count"

    static func read(_ rows: [String], options: ReportReadOptions = .init()) throws -> ReportReading {
        try ReaderTestSupport.read(([header] + rows).joined(separator: "\n") + "\n", file: "t.maf", options: options)
    }

    @Test("MAF-style alleles: '-' becomes empty; Tumor_Seq_Allele1 is used when allele 2 equals the reference")
    func alleles() throws {
        let reading = try Self.read([
            "KEAP1\tGRCh37\t19\t10602580\t10602581\t-\t-\tAG\tS1\t\t\t\t100\t25",
            "KEAP1\tGRCh37\tchr19\t10602581\t10602581\tC\tA\tC\tS1\t\t\t\t\t",
        ])
        #expect(reading.report.genomeBuild == .grch37)
        #expect(reading.report.shortVariants.map(\.genomic) == [
            GenomicChange(chromosome: "19", position: 10602580, reference: "", alternate: "AG", build: .grch37),
            GenomicChange(chromosome: "19", position: 10602581, reference: "C", alternate: "A", build: .grch37),
        ])
        #expect(reading.report.shortVariants[0].vaf == 0.25 && reading.report.shortVariants[0].depth == 100)
    }

    @Test("HGVSc, HGVSp_Short and Transcript_ID are copied as written")
    func descriptions() throws {
        let variant = try #require(try Self.read(["KEAP1\t\t\t\t\t\t\t\tS1\tc.997G>T\tG333C\tENST00000171111\t\t"]).report.shortVariants.first)
        #expect(variant.hgvsc == "c.997G>T" && variant.hgvsp == "G333C" && variant.transcript == "ENST00000171111" && variant.genomic == nil)
    }

    @Test("different NCBI_Build values, or --build against the file, are errors")
    func builds() throws {
        let mixed = ReaderTestSupport.readError(Data(([Self.header, "KEAP1\tGRCh37\t19\t1\t1\tC\tC\tA\tS1\t\t\t\t\t", "KEAP1\tGRCh38\t19\t1\t1\tC\tC\tA\tS1\t\t\t\t\t"].joined(separator: "\n")).utf8), file: "t.maf")
        #expect(mixed?.location == "line 3, column 2 (NCBI_Build)")
        #expect(mixed?.problem == "NCBI_Build GRCh38 differs from GRCh37 on line 2")
        let conflict = ReaderTestSupport.readError(Data(([Self.header, "KEAP1\t37\t19\t1\t1\tC\tC\tA\tS1\t\t\t\t\t"].joined(separator: "\n")).utf8), file: "t.maf", options: ReportReadOptions(build: .grch38))
        #expect(conflict?.problem == "--build GRCh38 conflicts with NCBI_Build GRCh37")
    }

    @Test("--sample selects a barcode's rows; an unknown barcode is an error listing the barcodes")
    func samples() throws {
        let rows = ["KEAP1\t\t\t\t\t\t\t\tS1\tc.997G>T\t\t\t\t", "NFE2L2\t\t\t\t\t\t\t\tS2\tc.235G>A\t\t\t\t"]
        #expect(try Self.read(rows, options: ReportReadOptions(sample: "S2")).report.shortVariants.map(\.gene) == ["NFE2L2"])
        let error = ReaderTestSupport.readError(Data(([Self.header] + rows).joined(separator: "\n").utf8), file: "t.maf", options: ReportReadOptions(sample: "S3"))
        #expect(error?.problem == "--sample S3 is not a Tumor_Sample_Barcode in the file; the barcodes are: S1, S2")
        // A file with the column but no data rows has no such barcode; it does have the column.
        let empty = ReaderTestSupport.readError(Data((Self.header + "\n").utf8), file: "t.maf", format: .maf, options: ReportReadOptions(sample: "S1"))
        #expect(empty?.location == "whole file")
        #expect(empty?.problem == "--sample S1 is not a Tumor_Sample_Barcode in the file; the barcodes are: ")
        // Without the column, --sample is an error naming the header line.
        let noColumn = ReaderTestSupport.readError(Data("Hugo_Symbol\tHGVSc\nKEAP1\tc.997G>T\n".utf8), file: "t.maf", options: ReportReadOptions(sample: "S1"))
        #expect(noColumn?.location == "line 1")
        #expect(noColumn?.problem == "--sample S1 was given but the file has no Tumor_Sample_Barcode column")
    }

    @Test("CRLF line endings are read like LF ones: every row, with the same line numbers")
    func crlfLineEndings() throws {
        let rows = [
            "KEAP1\tGRCh37\t19\t10602581\t10602581\tC\tC\tA\tS1\tc.997G>T\tp.G333C\tENST00000171111\t100\t25",
            "KRAS\tGRCh37\t12\t25398285\t25398285\tC\tC\tA\tS1\tc.34G>T\tp.G12C\t\t80\t20",
        ]
        let windows = try ReaderTestSupport.read(([Self.header] + rows).joined(separator: "\r\n") + "\r\n", file: "t.maf")
        #expect(windows == (try Self.read(rows)))
        #expect(windows.report.shortVariants.map(\.gene) == ["KEAP1", "KRAS"])
        #expect(windows.report.shortVariants.map(\.location.path) == ["line 2", "line 3"])
        #expect(windows.report.shortVariants.map(\.depth) == [100, 80])
        #expect(windows.report.shortVariants[1].transcript == nil)
    }

    @Test("classic-Mac CR and mixed line endings are read like LF ones: every row, with the same line numbers")
    func carriageReturnLineEndings() throws {
        let rows = [
            "KEAP1\tGRCh37\t19\t10602581\t10602581\tC\tC\tA\tS1\tc.997G>T\tp.G333C\tENST00000171111\t100\t25",
            "KRAS\tGRCh37\t12\t25398285\t25398285\tC\tC\tA\tS1\tc.34G>T\tp.G12C\t\t80\t20",
        ]
        let unix = try Self.read(rows)
        let mac = try ReaderTestSupport.read(([Self.header] + rows).joined(separator: "\r"), file: "t.maf")
        let mixed = try ReaderTestSupport.read(Self.header + "\r" + rows[0] + "\r\n" + rows[1] + "\n", file: "t.maf")
        #expect(mac == unix && mixed == unix)
        #expect(mac.report.shortVariants.map(\.location.path) == ["line 2", "line 3"])
        // --sample on a CR file finds the barcode column (the whole file is not one header line).
        #expect(try ReaderTestSupport.read(([Self.header] + rows).joined(separator: "\r"), file: "t.maf", options: ReportReadOptions(sample: "S1")) == unix)
    }

    @Test("empty fields after the last column (a trailing tab) are accepted; a non-empty extra field is not")
    func trailingEmptyFields() throws {
        let row = "KEAP1\tGRCh37\t19\t10602581\t10602581\tC\tC\tA\tS1\tc.997G>T\tp.G333C\tENST00000171111\t100\t25"
        #expect(try Self.read([row + "\t"]) == (try Self.read([row])))
        #expect(try Self.read([row + "\t\t"]) == (try Self.read([row])))
        let extra = ReaderTestSupport.readError(Data(([Self.header, row + "\tx"].joined(separator: "\n")).utf8), file: "t.maf")
        #expect(extra?.problem == "expected 14 tab-separated fields as in the header line, found 15")
    }

    @Test("white space around field values and column names is ignored")
    func paddedFields() throws {
        let text = " Hugo_Symbol \tTumor_Sample_Barcode\t HGVSp_Short\n KEAP1\t S1 \tp.G333C \n"
        let variant = try #require(try ReaderTestSupport.read(text, file: "t.maf").report.shortVariants.first)
        #expect(variant.gene == "KEAP1" && variant.hgvsp == "p.G333C")
    }

    @Test("VAF from t_ref_count and t_alt_count when t_depth is missing, with their sum as the depth")
    func vafFromAlleleCounts() throws {
        let text = "Hugo_Symbol\tTumor_Sample_Barcode\tHGVSp_Short\tt_ref_count\tt_alt_count\nKEAP1\tS1\tp.G333C\t75\t25\nKEAP1\tS1\tp.R415G\t\t25\n"
        let variants = try ReaderTestSupport.read(text, file: "t.maf").report.shortVariants
        #expect(variants.map(\.vaf) == [0.25, nil])
        #expect(variants.map(\.depth) == [100, nil])
    }

    @Test("a Variant_Type outside the MAF vocabulary (columns shifted) is refused on every row, whichever sample is chosen")
    func shiftedColumns() throws {
        let text = "Hugo_Symbol\tVariant_Type\tTumor_Sample_Barcode\tHGVSp_Short\nKEAP1\tSNP\tS1\tp.G333C\nTP53\tG\tS2\tp.R175H\n"
        for sample in ["S1", "S2"] {
            let error = ReaderTestSupport.readError(Data(text.utf8), file: "t.maf", options: ReportReadOptions(sample: sample))
            #expect(error?.location == "line 3, column 2 (Variant_Type)")
        }
    }

    @Test("malformed rows name the line and column", arguments: [
        ("KEAP1\tGRCh37\t19\tabc\t1\tC\tC\tA\tS1\t\t\t\t\t", "line 2, column 4 (Start_Position)"),
        ("KEAP1\tGRCh37\t19\t1\t1\tC\tC\tAX\tS1\t\t\t\t\t", "line 2, column 8 (Tumor_Seq_Allele2)"),
        ("KEAP1\tGRCh37\t19\t1\t1\tC\tC\tA\tS1\t\t\t\t10\t11", "line 2, column 14 (t_alt_count)"),
        ("KEAP1\tGRCh37\t19", "line 2"),
    ])
    func malformed(_ row: String, location: String) {
        #expect(ReaderTestSupport.readError(Data((Self.header + "\n" + row + "\n").utf8), file: "t.maf")?.location == location)
    }
}
