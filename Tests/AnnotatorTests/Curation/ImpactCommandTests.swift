import Foundation
import StrictDecoding
import Testing
import TestSupport

/// `keapnrf impact`: interpretations signed with the repository's knowledgebase and rules, re-run against an
/// edited copy (one reworded statement, one changed oncogenicity call) report exactly those changes.
@Suite("Impact command")
struct ImpactCommandTests {
    private static let reports = ["escc-nfe2l2-d29h.json", "luad-keap1-g333c-stk11-kras.json", "lusc-nfe2l2-e79k.json"]
    private static let oldStatement = "had a significantly worse prognosis than patients with wild-type NRF2 (n = 521)"
    private static let newStatement = "had a markedly worse prognosis than patients with wild-type NRF2 (n = 521)"

    /// A store of the example reports and their interpretations (written by `keapnrf batch` into `signed/`).
    private func store(in directory: URL) throws -> URL {
        let store = directory.appendingPathComponent("store")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        for name in Self.reports {
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent(name), to: store.appendingPathComponent(name))
        }
        let batch = try Fixtures.runKeapnrf(["batch", store.path, "--out-dir", store.appendingPathComponent("signed").path, "--quiet"])
        #expect(batch.status == 0, "\(batch.standardError)")
        try FileManager.default.removeItem(at: store.appendingPathComponent("signed/index.tsv"))
        return store
    }

    private func entries(_ out: URL) throws -> (counts: JSONValue?, byName: [String: JSONValue]) {
        let document = try JSONParser.parse(Array(try Data(contentsOf: out.appendingPathComponent("impact.json"))))
        guard case .array(let items)? = document["interpretations"] else { return (nil, [:]) }
        var byName: [String: JSONValue] = [:]
        for item in items { if case .string(let name)? = item["interpretation"] { byName[name] = item } }
        return (document["counts"], byName)
    }

    /// The differences of one entry other than provenance, as `kind | alteration | location | old | new`.
    private func differences(_ entry: JSONValue?, provenance: Bool = false) -> [String] {
        guard case .array(let items)? = entry?["differences"] else { return [] }
        return items.compactMap { item -> String? in
            let cells = ["kind", "alteration", "location", "old", "new"].map { key -> String in
                if case .string(let text)? = item[key] { return text }
                return "-"
            }
            return (cells[0] == "provenance") == provenance ? cells.joined(separator: " | ") : nil
        }
    }

    @Test("with the knowledgebase and rules they were made with, every interpretation is unchanged")
    func unchanged() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let store = try store(in: directory)
            let out = directory.appendingPathComponent("impact")
            let result = try Fixtures.runKeapnrf(["impact", store.path, "--out", out.path])
            #expect(result.status == 0, "\(result.standardError)")
            let (counts, byName) = try entries(out)
            #expect(counts == .object(["changed": .int(0), "error": .int(0), "unchanged": .int(3)]))
            #expect(byName.count == 3)
            let tsv = try String(contentsOf: out.appendingPathComponent("impact.tsv"), encoding: .utf8)
            #expect(tsv.hasPrefix("interpretation\treport\toutcome\tchange\terror\tdifferences\nsigned/escc-nfe2l2-d29h.json.json\tescc-nfe2l2-d29h.json\tunchanged\t\t\t\n"))
        }
    }

    @Test("a manifest pairs interpretations with reports; a report that is not the recorded input is that entry's error")
    func manifest() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let store = try store(in: directory)
            let manifest = directory.appendingPathComponent("pairs.tsv")
            try """
                interpretation\treport
                signed/lusc-nfe2l2-e79k.json.json\tlusc-nfe2l2-e79k.json
                signed/luad-keap1-g333c-stk11-kras.json.json\tescc-nfe2l2-d29h.json

                """.write(to: manifest, atomically: true, encoding: .utf8)
            let out = directory.appendingPathComponent("impact")
            let result = try Fixtures.runKeapnrf(["impact", store.path, "--out", out.path, "--manifest", manifest.path])
            #expect(result.status == 1, "\(result.standardError)")
            let (counts, byName) = try entries(out)
            #expect(counts == .object(["changed": .int(0), "error": .int(1), "unchanged": .int(1)]))
            #expect(byName["signed/lusc-nfe2l2-e79k.json.json"]?["outcome"] == .string("unchanged"))
            let wrong = byName["signed/luad-keap1-g333c-stk11-kras.json.json"]
            guard case .string(let message)? = wrong?["error"] else { Issue.record("no error for the wrong pair"); return }
            #expect(message.hasPrefix("escc-nfe2l2-d29h.json: SHA-256 ") && message.contains("is not the interpretation's input SHA-256"), "\(message)")
            let bad = directory.appendingPathComponent("bad.tsv")
            try "interpretation\tpath\n".write(to: bad, atomically: true, encoding: .utf8)
            let usage = try Fixtures.runKeapnrf(["impact", store.path, "--out", out.path, "--manifest", bad.path])
            #expect(usage.status == 64)
            #expect(usage.standardError.contains("bad.tsv: line 1: column 'path' is unknown or repeated"), "\(usage.standardError)")
        }
    }

    @Test("an edited copy: one reworded statement and one changed classification are reported exactly; a missing report is an error")
    func editedKnowledgebaseAndRules() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let store = try store(in: directory)
            // A signed interpretation whose report is not in the store.
            let orphan = try String(contentsOf: store.appendingPathComponent("signed/lusc-nfe2l2-e79k.json.json"), encoding: .utf8)
                .replacingOccurrences(of: #""sha256": ""#, with: #""sha256": "0000"#)
            try orphan.write(to: store.appendingPathComponent("signed/orphan.json"), atomically: true, encoding: .utf8)
            let kb = try Fixtures.copyOfKnowledgebase(in: directory)
            try TestResources.rewrite(kb, "evidence/biology-frequency.yaml") { $0.replacingOccurrences(of: Self.oldStatement, with: Self.newStatement) }
            let rules = directory.appendingPathComponent("rules")
            try FileManager.default.copyItem(at: RepositoryPaths.rules, to: rules)
            let ruleFile = rules.appendingPathComponent("oncogenicity.yaml")
            var ruleText = try String(contentsOf: ruleFile, encoding: .utf8)
            let rule = try #require(ruleText.range(of: "- id: KEAP1.LOF.HOTSPOT_MISSENSE"))
            let call = try #require(ruleText.range(of: "oncogenicity: Likely Oncogenic", range: rule.upperBound..<ruleText.endIndex))
            ruleText.replaceSubrange(call, with: "oncogenicity: Oncogenic")
            try ruleText.write(to: ruleFile, atomically: true, encoding: .utf8)

            let out = directory.appendingPathComponent("impact")
            let result = try Fixtures.runKeapnrf(["impact", store.path, "--out", out.path, "--kb", kb.path, "--rules", rules.path, "--jobs", "2"])
            #expect(result.status == 1, "\(result.standardError)")
            let (counts, byName) = try entries(out)
            #expect(counts == .object(["changed": .int(3), "error": .int(1), "unchanged": .int(0)]))

            // KEAP1 G333C is decided by the edited rule: its call changes, and the summary that states it.
            let luad = byName["signed/luad-keap1-g333c-stk11-kras.json.json"]
            #expect(luad?["change"] == .string("classification or tier"))
            let luadChanges = differences(luad)
            #expect(luadChanges.first == "classification | KEAP1 p.G333C | oncogenicity | Likely Oncogenic | Oncogenic")
            #expect(luadChanges.count == 3)
            #expect(luadChanges.dropFirst().allSatisfy { $0.hasPrefix("summary | - | $.summary") })
            // The reworded statement is cited for NFE2L2 in lung cancer only: the LUSC report.
            let lusc = byName["signed/lusc-nfe2l2-e79k.json.json"]
            #expect(lusc?["change"] == .string("statements"))
            let luscChanges = differences(lusc)
            let reworded = "statement reworded | NFE2L2 p.E79K | prognosis PROGNOSIS.NFE2L2_LUNG [sasaki2013-nfe2l2-lung-poor-prognosis] statement | "
            #expect(luscChanges.count == 2)
            #expect(luscChanges.first?.hasPrefix(reworded) == true, "\(luscChanges)")
            #expect(luscChanges.first?.contains(Self.oldStatement + ")") == false)
            #expect(luscChanges.first.map { $0.contains(Self.oldStatement) && $0.contains(Self.newStatement) } == true)
            #expect(luscChanges.last?.hasPrefix(#"evidence | - | $.evidence["sasaki2013-nfe2l2-lung-poor-prognosis"].statement | "#) == true)
            // The ESCC report cites neither: only the knowledgebase and rules hashes differ.
            let escc = byName["signed/escc-nfe2l2-d29h.json.json"]
            #expect(escc?["change"] == .string("provenance only"))
            #expect(differences(escc).isEmpty)
            for entry in [luad, lusc, escc] {
                #expect(differences(entry, provenance: true).map { $0.components(separatedBy: " | ")[2] } == ["$.provenance.knowledgebase.sha256", "$.provenance.rules.sha256"])
            }
            let orphanEntry = byName["signed/orphan.json"]
            #expect(orphanEntry?["outcome"] == .string("error"))
            #expect(orphanEntry?["error"].map { "\($0)".contains("report missing: no file in the store has the input SHA-256 0000") } == true)

            // The page lists the counts first, then the changed reports.
            let page = try String(contentsOf: out.appendingPathComponent("impact.html"), encoding: .utf8)
            let countsAt = try #require(page.range(of: "<tr><td>changed</td><td>3</td></tr>"))
            let luadAt = try #require(page.range(of: "<h3>signed/luad-keap1-g333c-stk11-kras.json.json</h3>"))
            #expect(countsAt.lowerBound < luadAt.lowerBound)
            #expect(page.contains("<del>Likely Oncogenic</del></td><td><ins>Oncogenic</ins>"))

            // Deterministic: a second run writes the same three files.
            let again = directory.appendingPathComponent("again")
            _ = try Fixtures.runKeapnrf(["impact", store.path, "--out", again.path, "--kb", kb.path, "--rules", rules.path, "--jobs", "1"])
            for name in ["impact.tsv", "impact.json", "impact.html"] {
                #expect(try Data(contentsOf: out.appendingPathComponent(name)) == Data(contentsOf: again.appendingPathComponent(name)), "\(name)")
            }
        }
    }
}
