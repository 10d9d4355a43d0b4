import Annotator
import Foundation
import Interpretation
import Testing
import TestSupport
import StrictDecoding

@Suite("End-to-end: the bundled examples against hand-written expectations")
struct ExampleExpectationTests {
    static let examples = ["lusc-nfe2l2-e79k", "luad-keap1-g333c-stk11-kras", "escc-nfe2l2-d29h"]

    @Test("the interpretation contains every expected field", arguments: examples)
    func matchesExpectation(_ name: String) throws {
        let data = try Data(contentsOf: RepositoryPaths.examples.appendingPathComponent("\(name).json"))
        let output = InterpretationJSON.text(try TestResources.annotator().annotate(data, fileName: "\(name).json"))
        let actual = try JSONParser.parse(Array(output.utf8))
        let expected = try JSONParser.parse(Array(try Data(contentsOf: RepositoryPaths.testFile("AnnotatorTests", "Golden/\(name).expected.json"))))
        var mismatches: [String] = []
        SubsetMatcher.compare(expected: expected, actual: actual, path: "$", mismatches: &mismatches)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    @Test("the JSON contract fields of the core issue are present for every alteration", arguments: examples)
    func contractFields(_ name: String) throws {
        let data = try Data(contentsOf: RepositoryPaths.examples.appendingPathComponent("\(name).json"))
        let document = InterpretationJSON.document(try TestResources.annotator().annotate(data, fileName: "\(name).json"))
        for key in ["schemaVersion", "provenance", "tumorType", "alterations", "otherAlterations", "evidence", "summary"] {
            #expect(document[key] != nil, "missing \(key)")
        }
        let provenance = try #require(document["provenance"])
        #expect(provenance["tool"]?["version"] != nil)
        // The versions the knowledgebase manifest and the rule set header state, read from the files themselves.
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: RepositoryPaths.knowledgebase.appendingPathComponent("manifest.json"))) as? [String: Any]
        let manifestVersion = try #require(manifest?["version"] as? String)
        #expect(provenance["knowledgebase"]?["version"] == .string(manifestVersion))
        let ruleset = try String(contentsOf: RepositoryPaths.rules.appendingPathComponent("ruleset.yaml"), encoding: .utf8)
        let rulesVersion = try #require(ruleset.split(separator: "\n").first { $0.hasPrefix("version: ") }?.dropFirst("version: ".count))
        #expect(provenance["rules"]?["version"] == .string(String(rulesVersion)))
        for key in ["knowledgebase", "rules", "input"] {
            guard case .string(let hash)? = provenance[key]?["sha256"] else {
                Issue.record("provenance.\(key).sha256 missing")
                continue
            }
            #expect(hash.count == 64 && hash.allSatisfy(\.isHexDigit))
        }
        guard case .array(let alterations)? = document["alterations"] else { return }
        let required = ["gene", "source", "transcript", "hgvsc", "hgvsp", "hgvspShort", "consequence", "vaf", "disposition",
                        "hotspot", "oncogenicity", "prognosis", "therapyResistance", "rules"]
        for alteration in alterations {
            for key in required { #expect(alteration[key] != nil, "alteration lacks \(key)") }
            #expect(alteration["hotspot"]?["isHotspot"] != nil && alteration["hotspot"]?["region"] != nil)
            #expect(alteration["rules"]?["fired"] != nil && alteration["rules"]?["notFired"] != nil)
        }
        // Every evidence id cited is listed in `evidence` with a citation.
        guard case .object(let evidence)? = document["evidence"] else { return }
        for alteration in alterations {
            guard case .array(let statements)? = alteration["prognosis"] else { continue }
            for statement in statements {
                guard case .array(let ids)? = statement["evidence"] else { continue }
                for case .string(let id) in ids { #expect(evidence[id]?["citation"] != nil, "\(id) not listed") }
            }
        }
    }

    @Test("input SHA-256 is that of the file's bytes")
    func inputHash() throws {
        let url = RepositoryPaths.examples.appendingPathComponent("lusc-nfe2l2-e79k.json")
        let data = try Data(contentsOf: url)
        let interpretation = try TestResources.annotator().annotate(data, fileName: "x.json")
        // Independent: sha256sum of the file.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let line = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(line.hasPrefix(interpretation.provenance.inputSHA256))
    }

    @Test("identical inputs give byte-identical output", arguments: examples)
    func determinism(_ name: String) throws {
        let data = try Data(contentsOf: RepositoryPaths.examples.appendingPathComponent("\(name).json"))
        let first = InterpretationJSON.text(try TestResources.annotator().annotate(data, fileName: "a.json"))
        for _ in 0..<5 {
            // A freshly loaded knowledgebase and rule set, and another file name, must not change a byte.
            let resources = try AnnotationResources.load(knowledgebase: RepositoryPaths.knowledgebase, rules: RepositoryPaths.rules)
            let again = InterpretationJSON.text(try Annotator(resources: resources).annotate(data, fileName: "b.json"))
            #expect(again == first)
        }
    }
}

/// Checks that every field of an expected JSON value is present with the same value in the actual one.
enum SubsetMatcher {
    static func compare(expected: JSONValue, actual: JSONValue, path: String, mismatches: inout [String]) {
        switch (expected, actual) {
        case (.object(let wanted), .object(let found)):
            for (key, value) in wanted.sorted(by: { $0.key < $1.key }) {
                guard let present = found[key] else {
                    mismatches.append("\(path).\(key): missing")
                    continue
                }
                compare(expected: value, actual: present, path: "\(path).\(key)", mismatches: &mismatches)
            }
        case (.array(let wanted), .array(let found)):
            guard wanted.count == found.count else {
                mismatches.append("\(path): expected \(wanted.count) elements, found \(found.count)")
                return
            }
            for (index, pair) in zip(wanted, found).enumerated() {
                compare(expected: pair.0, actual: pair.1, path: "\(path)[\(index)]", mismatches: &mismatches)
            }
        case (.int(let a), .double(let b)) where Double(a) == b: return
        case (.double(let a), .int(let b)) where a == Double(b): return
        default:
            if expected != actual {
                mismatches.append("\(path): expected \(JSONSerializer.canonical(expected)), found \(JSONSerializer.canonical(actual))")
            }
        }
    }
}
