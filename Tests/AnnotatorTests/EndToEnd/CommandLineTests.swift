import Foundation
import StrictDecoding
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
        // The whole document, against the hand-written expectation of the example.
        let expected = try JSONParser.parse(Array(try Data(contentsOf: RepositoryPaths.testFile("AnnotatorTests", "Golden/lusc-nfe2l2-e79k.expected.json"))))
        var mismatches: [String] = []
        SubsetMatcher.compare(expected: expected, actual: try JSONParser.parse(Array(result.standardOutput.utf8)), path: "$", mismatches: &mismatches)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    @Test("lookup interprets one alteration")
    func lookup() throws {
        let result = try Fixtures.runKeapnrf(["lookup", "KEAP1", "p.G333C", "--tumor-type", "LUAD"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"oncogenicity\": \"Likely Oncogenic\""))
        let document = try JSONParser.parse(Array(result.standardOutput.utf8))
        guard case .array(let alterations)? = document["alterations"] else { Issue.record("no alterations"); return }
        #expect(alterations.count == 1)
        #expect(alterations.first?["gene"] == .string("KEAP1"))
        #expect(alterations.first?["hgvsp"] == .string("p.Gly333Cys"))
        #expect(alterations.first?["oncogenicity"] == .string("Likely Oncogenic"))
        #expect(document["tumorType"]?["oncotreeCode"] == .string("LUAD"))
        #expect(document["tumorType"]?["matchedBy"] == .string("option"))
        #expect(document["provenance"]?["input"]?["format"] == .string("lookup"))
        // The input hash is documented as that of GENE<TAB>VARIANT<TAB>TUMOR_TYPE (here from sha256sum).
        #expect(document["provenance"]?["input"]?["sha256"] == .string(try Fixtures.sha256sum(Data("KEAP1\tp.G333C\tLUAD".utf8))))
    }

    @Test("lookup reads FoundationOne's protein-effect spelling 'splice site 1708+1G>A' as the coding change c.1708+1G>A")
    func lookupSpliceSiteSpelling() throws {
        let result = try Fixtures.runKeapnrf(["lookup", "KEAP1", "splice site 1708+1G>A"])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try JSONParser.parse(Array(result.standardOutput.utf8))
        guard case .array(let alterations)? = document["alterations"], let alteration = alterations.first else { Issue.record("no alterations"); return }
        #expect(alteration["disposition"] == .string("interpreted"))
        #expect(alteration["hgvsc"] == .string("c.1708+1G>A"))
        #expect(alteration["consequence"] == .string("splice_donor_variant"))
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

    @Test("rules test names a broken case file where it is: in the rules folder, or in the folder given with --cases")
    func brokenCaseFile() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let cases = directory.appendingPathComponent("my-cases")
            try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
            try "schemaVersion: 1\ncases: 3\n".write(to: cases.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
            let result = try Fixtures.runKeapnrf(["rules", "test", "--cases", cases.path])
            #expect(result.status == 1)
            #expect(result.standardError.contains("\(directory.lastPathComponent)/my-cases/broken.yaml"), "\(result.standardError)")
            #expect(!result.standardError.contains("rules/tests"))
            // The repository's own cases load and pass, named by their file.
            let own = try Fixtures.runKeapnrf(["rules", "test"])
            #expect(own.status == 0, "\(own.standardOutput)")
            #expect(own.standardOutput.contains("PASS scenarios.yaml: "))
        }
    }

    @Test("a missing report file exits 1")
    func missingFile() throws {
        let result = try Fixtures.runKeapnrf(["annotate", "/nonexistent/report.json"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("/nonexistent/report.json: file not found"))
    }
}

/// The test helper that runs commands.
@Suite("Running commands")
struct CommandRunnerTests {
    @Test("a program that writes more to standard error than a pipe holds still finishes, with both streams whole", .timeLimit(.minutes(1)))
    func largeStandardError() throws {
        // 200 000 bytes to standard error before anything to standard output (a pipe holds 64 KiB on Linux).
        let result = try Fixtures.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "head -c 200000 /dev/zero | tr '\\0' e >&2; echo done"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "done\n")
        #expect(result.standardError.utf8.count == 200_000)
    }
}
