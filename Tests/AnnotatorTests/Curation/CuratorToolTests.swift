import Annotator
import Foundation
import Knowledgebase
import RulesEngine
import Testing
import TestSupport

@Suite("Curator tools: rules lint, rules test, kb diff, reviewer overrides")
struct CuratorToolTests {
    /// A rule file with one rule, `TEST.BROKEN`, whose title line is `title` and whose condition (and, when
    /// given, conclusions) are `body`.
    private static func ruleFile(title: String = #"title: {en: "broken", ja: "broken"}"#, body: String) -> String {
        var text = """
            schemaVersion: 1
            topic: prognosis
            rules:
              - id: TEST.BROKEN
                \(title)
                rationale: broken on purpose
                priority: 0
                \(body)
            """
        if !body.contains("then:") { text += "\n    then: {frequencies: [ccat2024-freq-keap1-all]}" }
        return text
    }

    /// Loads the repository rules plus `text` as `zz-extra.yaml` and expects a load error naming that file and `expected`.
    private func expectRefusal(of text: String, naming expected: String) throws {
        try Fixtures.withTemporaryDirectory { directory in
            guard case .failure(let error) = try rules(adding: text, in: directory) else {
                Issue.record("the rule set should not load")
                return
            }
            #expect(error.description.contains(expected), "\(error)")
            #expect(error.description.contains("zz-extra.yaml"))
        }
    }

    /// Copies the repository rules into a temporary folder, adds `extra` as another rule file, and loads them.
    private func rules(adding extra: String, in directory: URL) throws -> Result<RuleSet, RuleSetError> {
        let folder = directory.appendingPathComponent("rules")
        try FileManager.default.copyItem(at: RepositoryPaths.rules, to: folder)
        try extra.write(to: folder.appendingPathComponent("zz-extra.yaml"), atomically: true, encoding: .utf8)
        let kb = try TestResources.knowledgebase()
        do throws(RuleSetError) {
            return .success(try RuleSetLoader.load(from: folder, knowledgebase: kb))
        } catch {
            return .failure(error)
        }
    }

    @Test("the repository rules lint clean")
    func repositoryRulesAreClean() throws {
        let resources = try TestResources.resources()
        let findings = RuleLinter(ruleSet: resources.ruleSet, knowledgebase: resources.knowledgebase).lint()
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    @Test("a rule that can never fire is an error naming why")
    func neverFires() throws {
        let extra = """
            schemaVersion: 1
            topic: prognosis
            rules:
              - id: TEST.NEVER.REGION
                title: {en: "KEAP1 in an NRF2 motif", ja: "KEAP1 in an NRF2 motif"}
                rationale: impossible on purpose
                priority: 0
                when: {gene: KEAP1, region: ETGE}
                then: {frequencies: [ccat2024-freq-keap1-all]}
              - id: TEST.NEVER.KIND
                title: {en: "copy number missense", ja: "copy number missense"}
                rationale: impossible on purpose
                priority: 0
                when: {kind: copy_number, consequence: missense_variant}
                then: {frequencies: [ccat2024-freq-keap1-all]}
              - id: TEST.NEVER.EFFECT
                title: {en: "KEAP1 gain of function", ja: "KEAP1 gain of function"}
                rationale: no oncogenicity rule gives KEAP1 a gain of function
                priority: 0
                when: {gene: KEAP1, effect: gain_of_function}
                then: {frequencies: [ccat2024-freq-keap1-all]}
              - id: TEST.NEVER.TUMOUR
                title: {en: "squamous adenocarcinoma", ja: "squamous adenocarcinoma"}
                rationale: LUAD is not in the squamous group
                priority: 0
                when: {tumorType: {within: LUAD, group: squamous_cell_carcinoma}}
                then: {frequencies: [ccat2024-freq-keap1-all]}
              - id: TEST.NEVER.HOTSPOT
                title: {en: "hotspot and not", ja: "hotspot and not"}
                rationale: a nested condition contradicts its parent
                priority: 0
                when: {gene: KEAP1, hotspot: true, all: [{hotspot: false}]}
                then: {frequencies: [ccat2024-freq-keap1-all]}
            """
        try Fixtures.withTemporaryDirectory { directory in
            let ruleSet = try rules(adding: extra, in: directory).get()
            let findings = RuleLinter(ruleSet: ruleSet, knowledgebase: try TestResources.knowledgebase()).lint()
            let never = Dictionary(uniqueKeysWithValues: findings.filter { $0.message.hasPrefix("can never fire") }.map { ($0.subject, $0.message) })
            #expect(never["TEST.NEVER.REGION"]?.contains("ETGE") == true)
            #expect(never["TEST.NEVER.KIND"]?.contains("copy_number") == true)
            #expect(never["TEST.NEVER.EFFECT"]?.contains("gain_of_function") == true)
            #expect(never["TEST.NEVER.TUMOUR"]?.contains("squamous_cell_carcinoma") == true)
            #expect(never["TEST.NEVER.HOTSPOT"] == "can never fire: hotspot must be both true and false")
            #expect(findings.allSatisfy { $0.severity == .error })
        }
    }

    @Test("deciding rules of equal priority that can fire together and disagree are a contradiction")
    func contradiction() throws {
        let extra = """
            schemaVersion: 1
            topic: oncogenicity
            rules:
              - id: TEST.CONTRADICTS
                title: {en: "every KEAP1 missense is neutral", ja: "every KEAP1 missense is neutral"}
                rationale: contradicts the hotspot rule on purpose
                priority: 60
                when: {gene: KEAP1, kind: short_variant, consequence: missense_variant}
                then: {oncogenicity: Likely Neutral, effect: unknown}
            """
        try Fixtures.withTemporaryDirectory { directory in
            let ruleSet = try rules(adding: extra, in: directory).get()
            let findings = RuleLinter(ruleSet: ruleSet, knowledgebase: try TestResources.knowledgebase()).lint()
            #expect(findings.contains { $0.subject == "KEAP1.LOF.HOTSPOT_MISSENSE" && $0.message.contains("TEST.CONTRADICTS") })
        }
    }

    @Test("rule files with schema errors, unknown ids or unverified evidence do not load", arguments: [
        ("when: {gene: KEAP1, consequnce: missense_variant}", "unknown field 'consequnce'"),
        ("when: {gene: KEAP1}\n    then: {frequencies: [no-such-evidence]}", "unknown evidence id 'no-such-evidence'"),
        ("when: {gene: KEAP2}", "unknown value 'KEAP2'"),
        ("when: {region: NOPE}", "unknown knowledgebase feature 'NOPE'"),
        ("when: {tumorType: {within: LUSCC}}", "unknown OncoTree code 'LUSCC'"),
    ])
    func loadErrors(_ body: String, _ expected: String) throws {
        try expectRefusal(of: Self.ruleFile(body: body), naming: expected)
    }

    @Test("a rules folder's SHA-256 is found from its files' bytes without loading it, as load records it")
    func ruleSetHashWithoutLoading() throws {
        // ruleset.yaml: SHA-256 over "<file>\t<file SHA-256>\n" for every top-level *.yaml in name order, then the
        // classification file (classification/<name>.yaml).
        let topLevel = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.rules.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(topLevel.contains("ruleset.yaml") && topLevel.count == 6)
        let names = topLevel + ["classification/clingen-cgc-vicc-2022.yaml"]
        let lines = try names.map { "\($0)\t\(FileDigest.sha256(try Data(contentsOf: RepositoryPaths.rules.appendingPathComponent($0))))\n" }
        let expected = FileDigest.sha256(lines.joined())
        #expect(RuleSetLoader.sha256(of: RepositoryPaths.rules) == expected)
        #expect(try RuleSetLoader.load(from: RepositoryPaths.rules, knowledgebase: TestResources.knowledgebase()).sha256 == expected)
        #expect(RuleSetLoader.sha256(of: RepositoryPaths.knowledgebase) == nil)
    }

    @Test("a rule title needs its English and its Japanese text", arguments: [
        ("title: broken", "$.rules[0].title: expected an object, found 'broken'"),
        ("title: {en: \"broken\"}", "$.rules[0].title: missing required field 'ja'"),
        ("title: {en: \"broken\", ja: \"\"}", "id, title (en and ja) and rationale must not be empty"),
    ])
    func titleLanguages(_ title: String, _ expected: String) throws {
        try expectRefusal(of: Self.ruleFile(title: title, body: "when: {gene: KEAP1}"), naming: expected)
    }

    @Test("every curator-written scenario passes", .timeLimit(.minutes(2)))
    func scenarios() throws {
        let files = try RuleTestRunner.loadCases(from: RepositoryPaths.rules.appendingPathComponent("tests"))
        let cases = files.flatMap(\.cases)
        #expect(cases.count >= 12)
        for testCase in cases { #expect(!testCase.sources.isEmpty, "\(testCase.name) names no source") }
        let runner = RuleTestRunner(annotator: try TestResources.annotator())
        for (file, cases) in files {
            for testCase in cases {
                let result = runner.run(testCase, file: file)
                #expect(result.passed, "\(testCase.name): \(result.failures.joined(separator: "; "))")
            }
        }
    }

    @Test("a failing expectation is reported, not passed")
    func failingCaseIsReported() throws {
        let testCase = RuleTestCase(
            name: "deliberately wrong", sources: ["test"], tumorType: "LUSC",
            alteration: TestAlteration(gene: "NFE2L2", hgvsp: "p.E79K"), otherAlterations: nil,
            expect: TestExpectation(oncogenicity: "VUS", region: "DLG", prognosis: [ExpectedStatement(evidence: "ccat2024-keap1-mut-vs-wt")]))
        let result = RuleTestRunner(annotator: try TestResources.annotator()).run(testCase, file: "inline")
        #expect(result.failures.count == 3, "\(result.failures)")
    }

    @Test("kb diff lists changed facts and the scenarios whose interpretation changes")
    func knowledgebaseDiff() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let copy = try Fixtures.copyOfKnowledgebase(in: directory)
            let evidence = copy.appendingPathComponent("evidence/ccat-2024.yaml")
            let old = try Data(contentsOf: evidence)
            let new = Data(String(decoding: old, as: UTF8.self).replacingOccurrences(of: "were found in 19.6% of lung squamous", with: "were found in 19.6 percent of lung squamous").utf8)
            try new.write(to: evidence)
            let manifest = copy.appendingPathComponent("manifest.json")
            try String(contentsOf: manifest, encoding: .utf8)
                .replacingOccurrences(of: FileDigest.sha256(old), with: FileDigest.sha256(new))
                .write(to: manifest, atomically: true, encoding: .utf8)
            let newResources = try AnnotationResources.load(knowledgebase: copy, rules: RepositoryPaths.rules)
            let cases = try RuleTestRunner.loadCases(from: RepositoryPaths.rules.appendingPathComponent("tests")).flatMap(\.cases)
            let diff = KnowledgebaseDiff.compare(old: try TestResources.resources(), new: newResources, cases: cases)
            #expect(diff.changes.map(\.description) == ["changed evidence ccat2024-freq-nfe2l2-lusc ($.statement.en)"])
            // Only the LUSC NFE2L2 scenarios show that frequency (scenarios.yaml and cohort.yaml each have one).
            #expect(Set(diff.changedInterpretations.map(\.name)) == [
                "LUSC: NFE2L2 E79K", "LUSC: NFE2L2 E79K sees the TCGA LUSC NFE2L2 comparison next to the C-CAT ETGE statement",
            ])
        }
    }

    @Test("a reviewer override changes the decision, dependent statements follow, and the change is recorded")
    func overrides() throws {
        let yaml = TestResources.reviewedK303M
        let overrides = try ReviewerOverrides.load(Data(yaml.utf8), file: "overrides.yaml")
        let report = TestResources.report(gene: "KEAP1", hgvsp: "p.K303M")
        let plain = try #require(try TestResources.annotate(json: report).alterations.first)
        #expect(plain.outcome.oncogenicity?.value == "VUS")
        // A VUS carries no statement (rules/ruleset.yaml statementPolicy); the reviewed call attaches them.
        #expect(plain.therapyResistance.isEmpty && plain.outcome.statementsWithheld)
        let reviewed = try TestResources.annotator().annotate(Data(report.utf8), fileName: "r.json", overrides: overrides)
        let entry = try #require(reviewed.alterations.first)
        #expect(entry.outcome.oncogenicity?.value == "Likely Oncogenic")
        #expect(entry.outcome.oncogenicity?.ruleID == "reviewer override")
        #expect(entry.therapyResistance.contains { $0.therapyClass == "chemotherapy" } && !entry.outcome.statementsWithheld)
        #expect(entry.overrides.map(\.originalValue) == ["VUS", "unknown"])
        #expect(entry.overrides.first?.reviewer == "Expert panel (test)")
        #expect(reviewed.provenance.overridesSHA256 == FileDigest.sha256(Data(yaml.utf8)))
    }

    @Test("an override that matches no alteration, or an unknown field or value, is an error")
    func overrideErrors() throws {
        func load(_ entry: String) throws -> ReviewerOverrides {
            try ReviewerOverrides.load(Data("schemaVersion: 1\noverrides:\n  - \(entry)".utf8), file: "o.yaml")
        }
        #expect(throws: AnnotatorError.self) { try load("{alteration: KEAP1 p.K303M, field: hotspot, value: x, reviewer: r, reason: q}") }
        #expect(throws: AnnotatorError.self) { try load("{alteration: KEAP1 p.K303M, field: oncogenicity, value: Pathogenic, reviewer: r, reason: q}") }
        let unmatched = try load("{alteration: KEAP1 p.G333C, field: comment, value: note, reviewer: r, reason: q}")
        #expect(throws: AnnotatorError.self) {
            try TestResources.annotator().annotate(Data(TestResources.report(gene: "KEAP1", hgvsp: "p.K303M").utf8), fileName: "r.json", overrides: unmatched)
        }
    }
}
