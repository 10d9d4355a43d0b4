import Foundation
import Interpretation
import Knowledgebase
import Testing
import TestSupport
import StrictDecoding

/// `keapnrf digest` and `keapnrf verify` as a signing system uses them, run as processes.
@Suite("digest and verify commands", .serialized)
struct CommandLineSigningTests {
    private func annotate(_ name: String, _ extra: [String] = [], in directory: URL) throws -> URL {
        let output = directory.appendingPathComponent("\(name)-\(UUID().uuidString).interpretation.json")
        let result = try Fixtures.runKeapnrf(["annotate", Examples.reportURL(name).path, "--out", output.path] + extra)
        guard result.status == 0 else { throw SetupFailure("annotate failed: \(result.standardError)") }
        return output
    }

    @Test("digest prints the SHA-256 of the canonical form")
    func digest() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let file = try annotate("lusc-nfe2l2-e79k", in: directory)
            let result = try Fixtures.runKeapnrf(["digest", file.path])
            #expect(result.status == 0)
            let expected = try InterpretationDigest.sha256(ofJSON: Array(Data(contentsOf: file)))
            #expect(result.standardOutput == expected + "\n")
            let canonical = try Fixtures.runKeapnrf(["digest", "--canonical", file.path])
            #expect(FileDigest.sha256(canonical.standardOutput) == expected)
            let missing = try Fixtures.runKeapnrf(["digest", directory.appendingPathComponent("absent.json").path])
            #expect(missing.status == 1 && missing.standardError.contains("absent.json"))
        }
    }

    @Test("verify: identical with the same knowledgebase and rules, also with --tumor-type")
    func identical() throws {
        try Fixtures.withTemporaryDirectory { directory in
            for extra in [[], ["--tumor-type", "NSCLC"]] {
                let file = try annotate("luad-keap1-g333c-stk11-kras", extra, in: directory)
                let result = try Fixtures.runKeapnrf(["verify", file.path, Examples.reportURL("luad-keap1-g333c-stk11-kras").path])
                #expect(result.status == 0, "\(result.standardError)")
                #expect(result.standardOutput == "identical\n")
            }
        }
    }

    @Test("verify: reports in every format are re-read as annotate read them, with --format, --sample and --build")
    func everyFormat() throws {
        let formats = RepositoryPaths.examples.appendingPathComponent("formats")
        let cases: [(file: String, options: [String])] = [
            ("f1cdx-luad-keap1-g333c-stk11-kras.xml", []),
            ("fhir-escc-nfe2l2-e79k.json", ["--format", "fhir-json"]),
            ("vcf-grch37-keap1-nfe2l2.vcf", ["--build", "GRCh37"]),
            ("maf-luad-keap1-g333c-kras.maf", ["--build", "GRCh37"]),
        ]
        try Fixtures.withTemporaryDirectory { directory in
            for (file, options) in cases {
                let report = formats.appendingPathComponent(file).path
                let output = directory.appendingPathComponent("\(file).interpretation.json")
                let annotated = try Fixtures.runKeapnrf(["annotate", report, "--out", output.path] + options)
                #expect(annotated.status == 0, "\(file): \(annotated.standardError)")
                let stored = try JSONParser.parse(Array(Data(contentsOf: output)))
                if let build = options.firstIndex(of: "--build").map({ options[$0 + 1] }) {
                    #expect(stored["provenance"]?["input"]?["build"] == .string(build), "\(file)")
                }
                let verified = try Fixtures.runKeapnrf(["verify", output.path, report])
                #expect(verified.status == 0 && verified.standardOutput == "identical\n", "\(file): \(verified.standardOutput) \(verified.standardError)")
            }
            // A lookup has no report to re-read.
            let lookup = directory.appendingPathComponent("lookup.json")
            _ = try Fixtures.runKeapnrf(["lookup", "KEAP1", "p.G333C", "--out", lookup.path])
            let refused = try Fixtures.runKeapnrf(["verify", lookup.path, formats.appendingPathComponent(cases[0].file).path])
            #expect(refused.status == 1 && refused.standardError.contains("'lookup'"), "\(refused.standardError)")
        }
    }

    @Test("verify: whole numbers written without a fraction (TMB 10, VAF 1, 6 copies) read back as the same numbers")
    func wholeNumbers() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let report = directory.appendingPathComponent("whole.json")
            try #"""
                {"format": "keapnrf-report", "formatVersion": 1, "tumorType": {"oncotreeCode": "LUAD"},
                 "shortVariants": [{"gene": "KEAP1", "hgvsp": "p.G333C", "vaf": 1.0, "depth": 100}],
                 "copyNumberAlterations": [{"gene": "NFE2L2", "type": "amplification", "copyNumber": 6.0}],
                 "biomarkers": {"tmbPerMegabase": 10.0}}
                """#.write(to: report, atomically: true, encoding: .utf8)
            let output = directory.appendingPathComponent("whole.interpretation.json")
            let annotated = try Fixtures.runKeapnrf(["annotate", report.path, "--out", output.path])
            #expect(annotated.status == 0, "\(annotated.standardError)")
            // The file holds them as JSON integers, so verify compares integers read from the file with the
            // re-run's floating-point values.
            let stored = try JSONParser.parse(Array(Data(contentsOf: output)))
            #expect(stored["biomarkers"]?["tmbPerMegabase"] == .int(10))
            guard case .array(let alterations)? = stored["alterations"] else { Issue.record("no alterations"); return }
            #expect(alterations.contains { $0["vaf"] == .int(1) })
            #expect(alterations.contains { $0["copyNumber"]?["copyNumber"] == .int(6) })
            let verified = try Fixtures.runKeapnrf(["verify", output.path, report.path])
            #expect(verified.status == 0 && verified.standardOutput == "identical\n", "\(verified.standardOutput) \(verified.standardError)")
        }
    }

    @Test("verify: a changed value is reported by its JSON location (exit 1)")
    func tampered() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let file = try annotate("lusc-nfe2l2-e79k", in: directory)
            var text = try String(contentsOf: file, encoding: .utf8)
            text = text.replacingOccurrences(of: #""oncogenicity": "Likely Oncogenic""#, with: #""oncogenicity": "Oncogenic""#)
            try text.write(to: file, atomically: true, encoding: .utf8)
            let result = try Fixtures.runKeapnrf(["verify", file.path, Examples.reportURL("lusc-nfe2l2-e79k").path])
            #expect(result.status == 1)
            #expect(result.standardOutput == "differs: 1 field(s)\n$.alterations[0].oncogenicity\n")
        }
    }

    @Test("verify: the knowledgebase is found by SHA-256 in --kb-archive after an update, and missing otherwise")
    func archive() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let file = try annotate("lusc-nfe2l2-e79k", in: directory)
            // An "updated" knowledgebase: one text changed, manifest rewritten, so its SHA-256 differs.
            let updated = try Fixtures.copyOfKnowledgebase(in: directory.appendingPathComponent("new"))
            try updateDisclaimer(in: updated)
            let report = Examples.reportURL("lusc-nfe2l2-e79k").path
            let missing = try Fixtures.runKeapnrf(["verify", file.path, report, "--kb", updated.path])
            #expect(missing.status == 1)
            #expect(missing.standardError.contains("was not found"))
            // The original version, archived under archive/<sha>/knowledgebase.
            let archive = directory.appendingPathComponent("archive")
            _ = try Fixtures.copyOfKnowledgebase(in: archive.appendingPathComponent("v1"))
            let found = try Fixtures.runKeapnrf(["verify", file.path, report, "--kb", updated.path, "--kb-archive", archive.path])
            #expect(found.status == 0, "\(found.standardError)")
            #expect(found.standardOutput == "identical\n")
            // Annotated with the updated knowledgebase, the interpretation names it, and verify finds it in --kb.
            let newer = directory.appendingPathComponent("newer.json")
            _ = try Fixtures.runKeapnrf(["annotate", report, "--kb", updated.path, "--out", newer.path])
            let current = try Fixtures.runKeapnrf(["verify", newer.path, report, "--kb", updated.path])
            #expect(current.standardOutput == "identical\n")
        }
    }

    @Test("verify: reviewer overrides must be given again, and must be the same file")
    func overrides() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let overrides = directory.appendingPathComponent("overrides.yaml")
            try """
                schemaVersion: 1
                overrides:
                  - alteration: NFE2L2 p.E79K
                    field: comment
                    value: discussed at the expert panel
                    reviewer: Expert panel (test)
                    reason: test of re-verification
                """.write(to: overrides, atomically: true, encoding: .utf8)
            let file = try annotate("lusc-nfe2l2-e79k", ["--overrides", overrides.path], in: directory)
            let report = Examples.reportURL("lusc-nfe2l2-e79k").path
            let without = try Fixtures.runKeapnrf(["verify", file.path, report])
            #expect(without.status == 1 && without.standardError.contains("--overrides"))
            let with = try Fixtures.runKeapnrf(["verify", file.path, report, "--overrides", overrides.path])
            #expect(with.status == 0 && with.standardOutput == "identical\n", "\(with.standardError)")
            try "schemaVersion: 1\noverrides: []\n".write(to: overrides, atomically: true, encoding: .utf8)
            let other = try Fixtures.runKeapnrf(["verify", file.path, report, "--overrides", overrides.path])
            #expect(other.status == 1 && other.standardError.contains("differs from the overrides"))
        }
    }

    private func updateDisclaimer(in folder: URL) throws {
        let texts = folder.appendingPathComponent("texts.yaml")
        let original = try String(contentsOf: texts, encoding: .utf8)
        let changed = original.replacingOccurrences(of: "Statements are only as strong as the cited sources.", with: "Statements are only as strong as their sources.")
        #expect(changed != original)
        try changed.write(to: texts, atomically: true, encoding: .utf8)
        let manifestURL = folder.appendingPathComponent("manifest.json")
        let manifest = try String(contentsOf: manifestURL, encoding: .utf8)
        let oldHash = FileDigest.sha256(original)
        try manifest.replacingOccurrences(of: oldHash, with: FileDigest.sha256(changed)).write(to: manifestURL, atomically: true, encoding: .utf8)
    }
}
