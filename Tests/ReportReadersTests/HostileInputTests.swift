import CLibXML2
import Foundation
import ReportModel
import ReportReaders
import Testing
import TestSupport

/// Hostile and broken inputs: each ends in a ``ReportReadError`` (and `keapnrf annotate` in exit status 1
/// with one line on standard error) within seconds, never a crash, and never echoes content it refused.
@Suite("Hostile and broken inputs")
struct HostileInputTests {
    static let resultsReportOpen = #"<rr:ResultsReport xmlns:rr="http://integration.foundationmedicine.com/reporting">"#

    /// Runs `body` and checks it returns within `seconds`.
    static func withinSeconds<T>(_ seconds: Double, _ body: () throws -> T) rethrows -> T {
        let start = Date()
        let result = try body()
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < seconds, "took \(elapsed) s")
        return result
    }

    @Test("an external entity pointing at a local file is refused and the file's content appears nowhere")
    func externalEntity() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let secret = "KEAPNRF-SECRET-\(UUID().uuidString)"
            let secretFile = directory.appendingPathComponent("secret.txt")
            try secret.write(to: secretFile, atomically: true, encoding: .utf8)
            for target in [secretFile.absoluteString, "file:///etc/hostname"] {
                let xml = """
                    <?xml version="1.0"?>
                    <!DOCTYPE rr:ResultsReport [<!ENTITY xxe SYSTEM "\(target)">]>
                    \(Self.resultsReportOpen)<rr:ResultsPayload><variant-report disease-ontology="&xxe;">&xxe;</variant-report></rr:ResultsPayload></rr:ResultsReport>
                    """
                let error = try #require(ReaderTestSupport.readError(Data(xml.utf8), file: "xxe.xml"))
                #expect(error.location == "line 2")
                #expect(error.problem.contains("document type declaration"))
                #expect(!error.description.contains(secret))
                // The same through the command line: exit 1, one line, no secret on either stream.
                let file = directory.appendingPathComponent("xxe.xml")
                try xml.write(to: file, atomically: true, encoding: .utf8)
                let result = try Fixtures.runKeapnrf(["annotate", file.path])
                #expect(result.status == 1)
                #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
                #expect(!result.standardError.contains(secret) && !result.standardOutput.contains(secret))
            }
            if let hostname = try? String(contentsOfFile: "/etc/hostname", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
               hostname.count >= 4 {
                let xml = "<!DOCTYPE r [<!ENTITY h SYSTEM \"file:///etc/hostname\">]>\(Self.resultsReportOpen)&h;</rr:ResultsReport>"
                let error = ReaderTestSupport.readError(Data(xml.utf8), file: "h.xml")
                #expect(error?.description.contains(hostname) == false)
            }
        }
    }

    @Test("a billion-laughs entity bomb is refused within seconds")
    func billionLaughs() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            xml += " <!ENTITY lol\(level) \"\(String(repeating: "&\(previous);", count: 10))\">\n"
        }
        xml += "]>\n\(Self.resultsReportOpen)&lol9;</rr:ResultsReport>\n"
        let error = try Self.withinSeconds(5) { try #require(ReaderTestSupport.readError(Data(xml.utf8), file: "lol.xml", format: .foundationOneXML)) }
        #expect(error.problem.contains("document type declaration"))
    }

    @Test("an external DTD is refused, and so is a DOCTYPE without entities (FHIR and FMI XML have none)")
    func documentTypeDeclarations() {
        let external = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bundle SYSTEM \"http://example.invalid/fhir.dtd\">\n<Bundle xmlns=\"http://hl7.org/fhir\"/>"
        #expect(ReaderTestSupport.readError(Data(external.utf8), file: "dtd.xml")?.problem.contains("document type declaration") == true)
        let plain = "<!DOCTYPE Bundle>\n<Bundle xmlns=\"http://hl7.org/fhir\"/>"
        #expect(ReaderTestSupport.readError(Data(plain.utf8), file: "doctype.xml")?.location == "line 1")
    }

    @Test("10,000-deep nesting is refused at the depth limit, naming the line and a shortened path")
    func deepNesting() throws {
        let xml = Self.resultsReportOpen + String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000) + "</rr:ResultsReport>"
        let error = try Self.withinSeconds(5) { try #require(ReaderTestSupport.readError(Data(xml.utf8), file: "deep.xml")) }
        #expect(error.problem == "elements are nested 257 deep; at most 256 levels are accepted")
        #expect(error.location.hasPrefix("line 1, /rr:ResultsReport/a/a/a/…(249 more levels)…/a"))
        // A lower configured limit applies too.
        let shallow = ReaderTestSupport.readError(Data(xml.utf8), file: "deep.xml", options: ReportReadOptions(maxXMLDepth: 10))
        #expect(shallow?.problem == "elements are nested 11 deep; at most 10 levels are accepted")
    }

    @Test("deeply nested JSON is refused by the JSON parser's nesting limit")
    func deepJSON() throws {
        let json = "{\"resourceType\": \"Bundle\", \"entry\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        let error = try Self.withinSeconds(5) { try #require(ReaderTestSupport.readError(Data(json.utf8), file: "deep.json")) }
        #expect(error.problem.contains("not valid JSON"))
    }

    @Test("an input over the size limit is refused by its byte count before any parsing")
    func sizeLimit() throws {
        // Bytes that are no format at all: a parse would fail differently; the size check must come first.
        let data = Data(repeating: 0x41, count: 2 * 1_048_576 + 1)
        let error = try #require(ReaderTestSupport.readError(data, file: "big.xml", options: ReportReadOptions(maxInputBytes: 2 * 1_048_576)))
        #expect(error.location == "whole file")
        #expect(error.problem.hasPrefix("the input is 2097153 bytes, more than the limit of 2097152 bytes (2 MB)"))
    }

    @Test("a 200 MB file is refused by the command line from its size, without reading it")
    func twoHundredMegabytes() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("huge.xml")
            // A sparse file: 200 MB long on paper, no disk blocks, never read.
            #expect(FileManager.default.createFile(atPath: file.path, contents: Data("<rr:ResultsReport".utf8)))
            let handle = try FileHandle(forWritingTo: file)
            try handle.truncate(atOffset: 200 * 1_048_576)
            try handle.close()
            let result = try Self.withinSeconds(30) { try Fixtures.runKeapnrf(["annotate", file.path]) }
            #expect(result.status == 1)
            #expect(result.standardError == "keapnrf: error: huge.xml: whole file: the input is 209715200 bytes, more than the limit of 52428800 bytes (50 MB); raise the limit with --max-input-mb if the file is genuine\n")
            // A raised limit moves the refusal to the XML parser (the file is not XML beyond its first bytes).
            let raised = try Fixtures.runKeapnrf(["annotate", file.path, "--max-input-mb", "10"])
            #expect(raised.standardError.contains("more than the limit of 10485760 bytes (10 MB)"))
        }
    }

    @Test("truncated XML is an error naming the line and the element path")
    func truncatedXML() throws {
        let data = try ReaderTestSupport.example("f1cdx-luad-keap1-g333c-stk11-kras.xml")
        let text = String(decoding: data, as: UTF8.self)
        let cut = try #require(text.range(of: "gene=\"KRAS\""))
        let truncated = String(text[..<cut.lowerBound])
        let error = try #require(ReaderTestSupport.readError(Data(truncated.utf8), file: "cut.xml"))
        let line = text[..<cut.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).count
        // The file ends inside the start tag of the third short variant (KRAS).
        #expect(error.location == "line \(line), /rr:ResultsReport/rr:ResultsPayload/variant-report/short-variants/short-variant[3]")
        #expect(error.problem.hasPrefix("not well-formed XML: "))
    }

    @Test("an error inside elements the reader does not use names the line and their path with positions")
    func errorInsideUnreadElements() throws {
        let xml = "\(Self.resultsReportOpen)<rr:ResultsPayload><rr:Extra><a/><a/><a><b>\n</a></rr:Extra></rr:ResultsPayload></rr:ResultsReport>"
        let error = try #require(ReaderTestSupport.readError(Data(xml.utf8), file: "unread.xml"))
        #expect(error.location == "line 2, /rr:ResultsReport/rr:ResultsPayload/rr:Extra/a[3]/b")
        #expect(error.problem.contains("mismatch"))
    }

    @Test("a mismatched end tag names the line and the open element")
    func mismatchedTag() throws {
        let xml = "<?xml version=\"1.0\"?>\n\(Self.resultsReportOpen)\n<rr:ResultsPayload>\n<variant-report>\n</rr:ResultsPayload>\n</rr:ResultsReport>\n"
        let error = try #require(ReaderTestSupport.readError(Data(xml.utf8), file: "tags.xml"))
        #expect(error.location == "line 5, /rr:ResultsReport/rr:ResultsPayload/variant-report")
        #expect(error.problem.contains("mismatch"))
    }

    @Test("a UTF-16 declaration on UTF-8 bytes: the declaration is ignored, the document read as UTF-8, with a notice")
    func utf16DeclarationOnUTF8() throws {
        let text = String(decoding: try ReaderTestSupport.example("f1cdx-lusc-nfe2l2-e79k.xml"), as: UTF8.self)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"utf-16\"")
        let reading = try ReaderTestSupport.read(text, file: "declared16.xml")
        #expect(reading.report.shortVariants.map(\.gene) == ["NFE2L2"])
        #expect(reading.notices == ["declared16.xml: the XML declaration says encoding=\"utf-16\" but the bytes are single-byte ASCII/UTF-8 (no UTF-16 byte order mark); the declaration was ignored and the document read as UTF-8"])
        // The notice reaches the interpretation's warnings.
        let output = try ReaderTestSupport.annotated(Data(text.utf8), fileName: "declared16.xml")
        #expect(output.warnings.contains { $0.contains("the declaration was ignored") })
    }

    @Test("a UTF-16 declaration on bytes that are not valid UTF-8 is an error, not mojibake")
    func utf16DeclarationOnLatin1() throws {
        var data = Data("<?xml version=\"1.0\" encoding=\"utf-16\"?>\n\(Self.resultsReportOpen)<rr:ResultsPayload><variant-report disease-ontology=\"".utf8)
        data.append(contentsOf: [0x43, 0xE9, 0x43])  // "CéC" in ISO-8859-1
        data.append(contentsOf: Array("\"/></rr:ResultsPayload></rr:ResultsReport>".utf8))
        let error = try #require(ReaderTestSupport.readError(data, file: "latin1.xml"))
        #expect(error.location.hasPrefix("line 2"))
        #expect(error.problem.contains("UTF-8"))
    }

    @Test("an encoding error inside the PMI block does not quote the name's bytes")
    func encodingErrorQuotesNoContent() throws {
        var data = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(Self.resultsReportOpen)<rr:ResultsPayload><FinalReport><PMI><FullName>M".utf8)
        data.append(contentsOf: [0xFC, 0x6C, 0x6C, 0x65, 0x72])  // "Müller" in ISO-8859-1: not UTF-8
        data.append(contentsOf: Array("</FullName></PMI></FinalReport></rr:ResultsPayload></rr:ResultsReport>".utf8))
        let error = try #require(ReaderTestSupport.readError(data, file: "pmi.xml"))
        #expect(error.location == "line 2, /rr:ResultsReport/rr:ResultsPayload/FinalReport/PMI/FullName")
        #expect(error.problem.hasPrefix("not well-formed XML: Input is not proper UTF-8"))
        #expect(!error.problem.contains("0xFC") && !error.problem.contains("0x6C") && !error.problem.contains("ller"))
    }

    @Test("real UTF-16 (with a byte order mark, little- or big-endian) is read like its UTF-8 original")
    func realUTF16() throws {
        let original = String(decoding: try ReaderTestSupport.example("f1cdx-lusc-nfe2l2-e79k.xml"), as: UTF8.self)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let expected = try ReaderTestSupport.read(original, file: "utf8.xml").report
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            let bom: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            let data = Data(bom) + (try #require(original.data(using: encoding)))
            let reading = try ReportReader.read(data, file: "utf16.xml")
            #expect(reading.format == .foundationOneXML)
            #expect(reading.report == expected)
            #expect(reading.notices.isEmpty)
        }
    }

    @Test("a declared encoding other than UTF-8, ASCII or UTF-16 is refused with a clear message")
    func otherDeclaredEncoding() {
        let xml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n\(Self.resultsReportOpen)</rr:ResultsReport>"
        let error = ReaderTestSupport.readError(Data(xml.utf8), file: "sjis.xml")
        #expect(error?.problem == "the XML declaration names encoding \"Shift_JIS\"; keapnrf reads XML in UTF-8 (with or without a byte order mark), US-ASCII or UTF-16: convert the file to UTF-8")
    }

    @Test("a VCF with a malformed line is an error naming the line number and the column")
    func malformedVCF() throws {
        var lines = String(decoding: try ReaderTestSupport.example("vcf-grch37-keap1-nfe2l2.vcf"), as: UTF8.self).split(separator: "\n").map(String.init)
        let target = try #require(lines.firstIndex { $0.hasPrefix("12\t") })
        lines[target] = lines[target].replacingOccurrences(of: "25398285", with: "25,398,285")
        let error = try #require(ReaderTestSupport.readError(Data(lines.joined(separator: "\n").utf8), file: "bad.vcf"))
        #expect(error.location == "line \(target + 1), column 2 (POS)")
        #expect(error.problem == "expected a 1-based position, found '25,398,285'")
        // A line with a missing column.
        lines[target] = "12\t25398285\t.\tC"
        let short = ReaderTestSupport.readError(Data(lines.joined(separator: "\n").utf8), file: "bad.vcf")
        #expect(short?.location == "line \(target + 1)")
        #expect(short?.problem == "expected 11 tab-separated columns as in the #CHROM header line, found 4")
    }

    @Test("a MAF with missing columns is an error listing what is missing and what is present")
    func mafMissingColumns() {
        let maf = "#version 2.4\nHugo_Symbol\tTumor_Sample_Barcode\tt_depth\nKEAP1\tS1\t100\n"
        let error = ReaderTestSupport.readError(Data(maf.utf8), file: "bad.maf")
        #expect(error?.location == "line 2")
        #expect(error?.problem == "missing required MAF column(s): a variant description: Chromosome + Start_Position + Reference_Allele + Tumor_Seq_Allele2, or HGVSc, or HGVSp_Short/HGVSp; the header has: Hugo_Symbol, Tumor_Sample_Barcode, t_depth")
        let noGene = "Chromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\n19\t10602581\tC\tA\n"
        #expect(ReaderTestSupport.readError(Data(noGene.utf8), file: "bad.maf", format: .maf)?.problem.hasPrefix("missing required MAF column(s): Hugo_Symbol; the header has: Chromosome, Start_Position") == true)
    }

    @Test("each broken input makes `keapnrf annotate` exit 1 with one line naming the file", arguments: [
        ("truncated.xml", "<?xml version=\"1.0\"?>\n<rr:ResultsReport xmlns:rr=\"x\"><rr:ResultsPayload>"),
        ("bad.vcf", "##fileformat=VCFv4.2\n##reference=GRCh37\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n19\tX\t.\tC\tA\t.\tPASS\t.\n"),
        ("bad.maf", "Hugo_Symbol\tTumor_Sample_Barcode\nKEAP1\tS1\n"),
        ("bad.json", "{\"resourceType\": \"Bundle\", \"entry\": [}"),
        ("entry-number.json", "{\"resourceType\": \"Bundle\", \"entry\": 5}"),
        ("nothing.txt", "hello"),
    ])
    func commandLine(_ name: String, content: String) throws {
        try Fixtures.withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent(name)
            try content.write(to: file, atomically: true, encoding: .utf8)
            let result = try Fixtures.runKeapnrf(["annotate", file.path])
            #expect(result.status == 1)
            #expect(result.standardOutput.isEmpty)
            let lines = result.standardError.split(separator: "\n")
            #expect(lines.count == 1, "\(result.standardError)")
            #expect(lines.first?.hasPrefix("keapnrf: error: \(name): ") == true, "\(result.standardError)")
        }
    }

    @Test("after a parse, libxml2's process-wide external entity loader refuses a local file that libxml2's own loader reads")
    func processWideLoaderRefuses() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("entity.txt")
            try "KEAPNRF-ENTITY".write(to: file, atomically: true, encoding: .utf8)
            // A parse first, so that libxml2 is initialised the parser's way before this test calls it directly.
            _ = try ReportReader.read(try ReaderTestSupport.example("f1cdx-luad-keap1-g333c-stk11-kras.xml"), file: "good.xml")
            let context = try #require(xmlNewParserCtxt())
            defer { xmlFreeParserCtxt(context) }
            // libxml2's default loader reads the file, so a refusal below is the parser's loader at work.
            let direct = xmlNoNetExternalEntityLoader(file.absoluteString, nil, context)
            #expect(direct != nil)
            if let direct { xmlFreeInputStream(direct) }

            let loaded = xmlLoadExternalEntity(file.absoluteString, nil, context)
            #expect(loaded == nil)
            if let loaded { xmlFreeInputStream(loaded) }
        }
    }

    @Test("concurrent XML parses, without a lock, read what one parse reads and refuse what it refuses")
    func concurrentParsing() async throws {
        let good = try ReaderTestSupport.example("f1cdx-luad-keap1-g333c-stk11-kras.xml")
        let hostile = Data("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\(Self.resultsReportOpen)&x;</rr:ResultsReport>".utf8)
        let expected = try ReportReader.read(good, file: "good.xml").report
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<64 {
                group.addTask {
                    if index % 2 == 0 { return try ReportReader.read(good, file: "good.xml").report == expected }
                    do {
                        _ = try ReportReader.read(hostile, file: "bad.xml")
                        return false
                    } catch let error as ReportReadError {
                        return error.problem.contains("document type declaration")
                    }
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }
}
