import Annotator
import Foundation
import Interpretation
import Testing

/// Reviewer overrides: matched by the normalised alteration, conflicts and bad dates refused, and every
/// error one line naming the file and the entry.
@Suite("Reviewer overrides")
struct ReviewerOverrideTests {
    static func overrides(_ entries: [String], file: String = "o.yaml") throws -> ReviewerOverrides {
        let yaml = "schemaVersion: 1\noverrides:\n" + entries.map { "  - \($0)\n" }.joined()
        return try ReviewerOverrides.load(Data(yaml.utf8), file: file)
    }

    static func entry(_ alteration: String, field: String = "comment", value: String = "note", date: String? = nil) -> String {
        "{alteration: '\(alteration)', field: \(field), value: \(value), reviewer: panel, reason: reviewed" + (date.map { ", date: \($0)" } ?? "") + "}"
    }

    static func annotate(_ report: String, _ overrides: ReviewerOverrides) throws -> Interpretation {
        try TestResources.annotator().annotate(Data(report.utf8), fileName: "r.json", overrides: overrides)
    }

    /// The message of the AnnotatorError `body` throws.
    static func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("every spelling of the change matches: one- and three-letter p., predicted p.(…), and c. before 3′ shifting")
    func spellingsMatch() throws {
        // NFE2L2 c.85_93del deletes codons 29–31 (c.85 is the first base of codon 29); HGVS shifts it to c.86_94del.
        let protein = TestResources.report(gene: "NFE2L2", hgvsp: "p.D29_G31del")
        let coding = TestResources.report(gene: "NFE2L2", hgvsc: "c.85_93del")
        for report in [protein, coding] {
            for spelling in ["NFE2L2 p.(Asp29_Gly31del)", "NFE2L2 p.Asp29_Gly31del", "NFE2L2 p.D29_G31del", "NFE2L2 D29_G31del"] {
                let reviewed = try Self.annotate(report, try Self.overrides([Self.entry(spelling)]))
                #expect(reviewed.alterations.first?.overrides.count == 1, "\(spelling)")
            }
        }
        for spelling in ["NFE2L2 c.85_93del", "NFE2L2 c.86_94del"] {
            let reviewed = try Self.annotate(coding, try Self.overrides([Self.entry(spelling)]))
            #expect(reviewed.alterations.first?.overrides.count == 1, "\(spelling)")
        }
    }

    @Test("an override that matches nothing names the file, the entry and its alteration text")
    func unmatched() throws {
        let report = TestResources.report(gene: "NFE2L2", hgvsp: "p.D29_G31del")
        let overrides = try Self.overrides([Self.entry("NFE2L2 p.D29_G31del"), Self.entry("NFE2L2 p.(Glu79Lys)")], file: "review.yaml")
        let text = try #require(Self.message { _ = try Self.annotate(report, overrides) })
        #expect(text == "review.yaml: $.overrides[1].alteration: 'NFE2L2 p.(Glu79Lys)' matches 0 alterations; it must match exactly one of: NFE2L2 p.D29_G31del")
    }

    @Test("two overrides of the same decision for one alteration are refused; two comments are kept")
    func conflict() throws {
        let report = TestResources.report(gene: "KEAP1", hgvsp: "p.K303M")
        let conflicting = try Self.overrides([
            Self.entry("KEAP1 p.K303M", field: "oncogenicity", value: "Likely Neutral"),
            Self.entry("KEAP1 p.Lys303Met", field: "oncogenicity", value: "Oncogenic"),
        ])
        let text = try #require(Self.message { _ = try Self.annotate(report, conflicting) })
        #expect(text == "o.yaml: $.overrides[1]: sets oncogenicity of 'KEAP1 p.Lys303Met' to 'Oncogenic', but $.overrides[0] already sets it to 'Likely Neutral'; keep one of the two")
        let comments = try Self.overrides([Self.entry("KEAP1 p.K303M"), Self.entry("KEAP1 p.K303M", value: "second")])
        #expect(try Self.annotate(report, comments).alterations.first?.overrides.count == 2)
    }

    @Test("a date that is not a calendar day is refused; 29 February of a leap year is accepted")
    func dates() throws {
        for date in ["2025-02-30", "2025-13-01", "2023-02-29", "1900-02-29", "2025-2-1", "20250201", "２０２５-01-01"] {
            let text = try #require(Self.message { _ = try Self.overrides([Self.entry("KEAP1", date: "'\(date)'")]) })
            #expect(text == "o.yaml: $.overrides[0].date: expected a calendar date as YYYY-MM-DD, found '\(date)'")
        }
        for date in ["2024-02-29", "2000-02-29", "2025-12-31"] {
            #expect(try Self.overrides([Self.entry("KEAP1", date: date)]).overrides.first?.date == date)
        }
    }

    @Test("a YAML syntax error is one line with file, line, column and the problem")
    func yamlErrors() throws {
        let cases = [
            ("schemaVersion: 1\noverrides:\n  - alteration: KEAP1\n    field: comment\n    field: effect\n",
             "o.yaml: line 4, column 5: not valid YAML: duplicate key(s) 'field' in one mapping"),
            ("schemaVersion: 1\noverrides: [a: b: c]\n",
             "o.yaml: line 2, column 17: not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 2, column 12)"),
            ("schemaVersion: 1\noverrides:\n\t- x\n",
             "o.yaml: line 3, column 1: not valid YAML: found character that cannot start any token (while scanning for the next token at line 3, column 1)"),
        ]
        for (yaml, expected) in cases {
            let text = Self.message { _ = try ReviewerOverrides.load(Data(yaml.utf8), file: "o.yaml") }
            #expect(text == expected)
        }
    }
}
