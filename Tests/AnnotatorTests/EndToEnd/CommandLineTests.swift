import Foundation
import Testing
import TestSupport

/// The `keapnrf` executable: exit statuses, one-line errors on standard error, no partial output files.
@Suite("Command line")
struct CommandLineTests {
    @Test("annotate writes the interpretation to standard output and exits 0")
    func annotateExample() throws {
        let result = try Fixtures.runKeapnrf(["annotate", "examples/lusc-nfe2l2-e79k.json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"hgvsp\": \"p.Glu79Lys\""))
        #expect(result.standardError.isEmpty)
    }

    @Test("lookup interprets one alteration")
    func lookup() throws {
        let result = try Fixtures.runKeapnrf(["lookup", "KEAP1", "p.G333C", "--tumor-type", "LUAD"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"oncogenicity\": \"Likely Oncogenic\""))
    }

    @Test("invalid input exits 1 with one line naming file, location and what was expected, and writes no output file")
    func invalidInput() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let report = directory.appendingPathComponent("bad.json")
            try #"{"format": "keapnrf-report", "formatVersion": 1, "shortVariants": [{"gene": "KEAP1", "hgvsp": "p.G333C", "vaf": "high"}]}"#
                .write(to: report, atomically: true, encoding: .utf8)
            let out = directory.appendingPathComponent("out.json")
            let result = try Fixtures.runKeapnrf(["annotate", report.path, "--out", out.path])
            #expect(result.status == 1)
            let lines = result.standardError.split(separator: "\n")
            #expect(lines.count == 1, "\(result.standardError)")
            #expect(result.standardError.contains("bad.json: $.shortVariants[0].vaf: expected a number"))
            #expect(!FileManager.default.fileExists(atPath: out.path))
            #expect(result.standardOutput.isEmpty)
        }
    }

    @Test("an unknown tumour type exits 1 and lists the closest OncoTree codes")
    func unknownTumorType() throws {
        let result = try Fixtures.runKeapnrf(["lookup", "NFE2L2", "p.E79K", "--tumor-type", "LUSCC"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("unknown OncoTree code 'LUSCC'"))
        #expect(result.standardError.contains("LUSC"))
    }

    @Test("a broken knowledgebase exits 1 with one line")
    func brokenKnowledgebase() throws {
        let result = try Fixtures.runKeapnrf(["annotate", "examples/lusc-nfe2l2-e79k.json", "--kb", "/nonexistent/kb"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("knowledgebase file not found"))
    }

    @Test("usage errors exit 64")
    func usageError() throws {
        #expect(try Fixtures.runKeapnrf(["annotate"]).status == 64)
        #expect(try Fixtures.runKeapnrf(["annotate", "a.json", "--no-such-option"]).status == 64)
        #expect(try Fixtures.runKeapnrf(["frobnicate"]).status == 64)
    }

    @Test("a missing report file exits 1")
    func missingFile() throws {
        let result = try Fixtures.runKeapnrf(["annotate", "/nonexistent/report.json"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("/nonexistent/report.json: file not found"))
    }
}
