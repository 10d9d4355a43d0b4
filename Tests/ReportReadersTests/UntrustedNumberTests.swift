import Foundation
import ReportModel
import ReportReaders
import Testing
import TestSupport

/// Numbers from a report are untrusted: positions beyond the chromosome, read counts that overflow or are
/// negative, and depths JSON cannot hold exactly are refused with the location and field, never a crash.
@Suite("Untrusted numbers")
struct UntrustedNumberTests {
    static let int64Max = "9223372036854775807"
    /// Chromosome 19 on GRCh37 (GRC assembly report, NC_000019.9).
    static let chr19OnGRCh37 = 59_128_983

    static func vcfRecord(position: String = "10602581", format: String = "GT:AD", tumor: String) -> String {
        "19\t\(position)\t.\tC\tA\t.\tPASS\t.\t\(format)\t0/0:40,0\t\(tumor)"
    }

    @Test("a VCF POS of 2^63−1 is refused at its column, bounded by chromosome 19's length on GRCh37")
    func vcfPosition() throws {
        let error = try #require(vcfError(Self.vcfRecord(position: Self.int64Max, tumor: "0/1:30,10")))
        #expect(error.location == "line 5, column 2 (POS)")
        #expect(error.problem == "expected a 1-based position from 1 to \(Self.chr19OnGRCh37) (the length of chromosome 19 on GRCh37), found \(Self.int64Max)")
        // The last base of the chromosome is still a position.
        #expect(throws: Never.self) { try VCFReaderTests.read(Self.vcfRecord(position: "\(Self.chr19OnGRCh37)", tumor: "0/1:30,10")) }
    }

    @Test("FORMAT AD of 2^63−1,1 is refused instead of overflowing the read-count sum")
    func vcfReadCountOverflow() throws {
        let error = try #require(vcfError(Self.vcfRecord(tumor: "0/1:\(Self.int64Max),1")))
        #expect(error.location == "line 5, column 11 (TUMOR)")
        #expect(error.problem == "FORMAT AD: expected read counts (each a whole number from 0 to 9007199254740991) separated by commas, found '\(Self.int64Max),1'")
        // Two counts of 2^52 each are allowed, but their sum (2^53) is beyond what JSON holds exactly.
        let sum = try #require(vcfError(Self.vcfRecord(tumor: "0/1:4503599627370496,4503599627370496")))
        #expect(sum.problem == "FORMAT AD: the read counts '4503599627370496,4503599627370496' add up to more than 9007199254740991")
    }

    @Test("a negative FORMAT AD count is refused, not turned into a missing VAF and depth")
    func vcfNegativeCount() throws {
        let error = try #require(vcfError(Self.vcfRecord(tumor: "0/1:-5,3")))
        #expect(error.location == "line 5, column 11 (TUMOR)")
        #expect(error.problem.hasSuffix("found '-5,3'"))
    }

    @Test("a depth of 2^63−1 is refused in VCF DP, MAF t_depth and keapnrf JSON depth; 2^53−1 is kept exactly")
    func depthBound() throws {
        let vcf = try #require(vcfError(Self.vcfRecord(format: "GT:AD:DP", tumor: "0/1:30,10:\(Self.int64Max)")))
        #expect(vcf.problem == "FORMAT DP: expected a read depth (a whole number from 0 to 9007199254740991), found '\(Self.int64Max)'")
        let maf = try #require(mafError("KEAP1\tGRCh37\t19\t10602581\t10602581\tC\tC\tA\tS1\t\t\t\t\(Self.int64Max)\t1"))
        #expect(maf.location == "line 2, column 13 (t_depth)")
        let json = try #require(ReaderTestSupport.readError(Data(Self.keapnrfJSON(variant: #""hgvsc": "c.997G>T", "depth": \#(Self.int64Max)"#).utf8), file: "r.json"))
        #expect(json.location == "$.shortVariants[0].depth")
        #expect(json.problem == "expected a read depth (a whole number from 0 to 9007199254740991), found \(Self.int64Max)")
        let kept = try ReaderTestSupport.read(Self.keapnrfJSON(variant: #""hgvsc": "c.997G>T", "depth": 9007199254740991"#))
        #expect(kept.report.shortVariants.first?.depth == 9_007_199_254_740_991)
    }

    @Test("a MAF Start_Position and a keapnrf JSON genomic.position of 2^63−1 are refused where they are")
    func mafAndJSONPositions() throws {
        let maf = try #require(mafError("KEAP1\tGRCh37\t19\t\(Self.int64Max)\t\(Self.int64Max)\tC\tC\tA\tS1\t\t\t\t\t"))
        #expect(maf.location == "line 2, column 4 (Start_Position)")
        #expect(maf.problem == "expected a 1-based position from 1 to \(Self.chr19OnGRCh37) (the length of chromosome 19 on GRCh37), found \(Self.int64Max)")
        let genomic = #""genomic": {"chromosome": "19", "position": \#(Self.int64Max), "reference": "C", "alternate": "A"}"#
        let json = try #require(ReaderTestSupport.readError(Data(Self.keapnrfJSON(variant: genomic).utf8), file: "r.json"))
        #expect(json.location == "$.shortVariants[0].genomic.position")
        #expect(json.problem.hasPrefix("expected a 1-based position from 1 to \(Self.chr19OnGRCh37)"))
    }

    @Test("annotate refuses the huge positions with exit 1 and one line (it used to crash)")
    func annotateDoesNotCrash() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let inputs = [
                ("r.vcf", VCFReaderTests.header + "\n" + Self.vcfRecord(position: Self.int64Max, tumor: "0/1:30,10") + "\n"),
                ("r.maf", MAFReaderTests.header + "\nKEAP1\tGRCh37\t19\t\(Self.int64Max)\t\(Self.int64Max)\tC\tC\tA\tS1\t\t\t\t\t\n"),
                ("v.vcf", VCFReaderTests.header + "\n" + Self.vcfRecord(tumor: "0/1:\(Self.int64Max),1") + "\n"),
            ]
            for (name, text) in inputs {
                let file = directory.appendingPathComponent(name)
                try text.write(to: file, atomically: true, encoding: .utf8)
                let result = try Fixtures.runKeapnrf(["annotate", file.path])
                #expect(result.status == 1, "\(name): \(result.standardError)")
                #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
            }
        }
    }

    static func keapnrfJSON(variant: String) -> String {
        #"{"format": "keapnrf-report", "formatVersion": 1, "genomeBuild": "GRCh37", "shortVariants": [{"gene": "KEAP1", \#(variant)}]}"#
    }

    private func vcfError(_ record: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ReportReadError? {
        ReaderTestSupport.readError(Data((VCFReaderTests.header + "\n" + record + "\n").utf8), file: "t.vcf",
                                    options: ReportReadOptions(geneSpans: VCFReaderTests.spans), sourceLocation: sourceLocation)
    }

    private func mafError(_ row: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ReportReadError? {
        ReaderTestSupport.readError(Data((MAFReaderTests.header + "\n" + row + "\n").utf8), file: "t.maf", sourceLocation: sourceLocation)
    }
}

extension UntrustedNumberTests {
    @Test("a FHIR genomic HGVS insertion at 2^63−1 is kept as written instead of overflowing (first + 1)")
    func fhirGenomicPosition() throws {
        let text = String(decoding: try ReaderTestSupport.example("fhir-escc-nfe2l2-e79k.json"), as: UTF8.self)
            .replacingOccurrences(of: "NC_000002.11:g.178098810C>T", with: "NC_000002.11:g.\(Self.int64Max)_\(Self.int64Max)insA")
        let reading = try ReaderTestSupport.read(text, file: "huge.json")
        let variant = try #require(reading.report.shortVariants.first)
        #expect(variant.genomic == nil)
        #expect(try ReaderTestSupport.annotated(Data(text.utf8), fileName: "huge.json").alterations.count == 1)
    }
}
