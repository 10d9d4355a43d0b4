import Annotator
import Foundation
import Knowledgebase
import RulesEngine
import Testing
import TestSupport

/// The evidence-code classification (rules/classification/clingen-cgc-vicc-2022.yaml) on the paths the repository
/// knowledgebase does not reach yet: verified functional studies (OS2, SBS2), another classified substitution at the
/// same residue (OM4), and a classification file that is refused. Counts are those of Cancer Hotspots v2
/// (../shared/reference/hotspots/cancerhotspots_variants_KEAP1_NFE2L2.tsv): KEAP1 G333 — C in 4 tumours; NFE2L2 E79 —
/// 34 tumours, Q 17, K 11.
@Suite("Oncogenicity classification: functional studies, residue siblings, refusals")
struct ClassificationTests {
    /// A verified fixture study (it cites a verified citation of the repository knowledgebase; its results are
    /// test data, not facts), appended to a copy of `functional-studies.yaml`.
    private static func study(_ results: [(gene: String, variant: String, effect: String)]) -> String {
        let rows = results.map { "  - {gene: \($0.gene), variant: \($0.variant), effect: \($0.effect), detail: fixture result}" }
        return """
            - id: fixture-study
              citation: shibata-2008-pnas
              verified: true
              model: in_vitro
              assay: {en: fixture assay, ja: fixture assay}
              locator: fixture locator
              results:
            \(rows.joined(separator: "\n"))

            """
    }

    /// An annotator on copies of the repository knowledgebase (with the fixture study) and rules (edited by `rules`).
    private func annotator(
        studying results: [(gene: String, variant: String, effect: String)], in directory: URL, rules edit: ((String) -> String)? = nil
    ) throws -> Annotator {
        let kb = try Fixtures.copyOfKnowledgebase(in: directory)
        try TestResources.rewrite(kb, "functional-studies.yaml") { $0 + Self.study(results) }
        let rules = directory.appendingPathComponent("rules")
        try FileManager.default.copyItem(at: RepositoryPaths.rules, to: rules)
        if let edit {
            let file = rules.appendingPathComponent("classification/clingen-cgc-vicc-2022.yaml")
            try edit(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        }
        return Annotator(resources: try AnnotationResources.load(knowledgebase: kb, rules: rules))
    }

    private func classification(_ annotator: Annotator, _ gene: String, _ variant: String) throws -> OncogenicityClassification {
        let entry = try #require(try annotator.lookup(gene: gene, variant: variant).alterations.first)
        return try #require(entry.outcome.classification)
    }

    @Test("a verified study showing loss of KEAP1 function meets OS2 (+4), beside OP3 (+1, 4 tumours with G333C): 5, VUS")
    func functionalLossOfFunction() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let annotator = try annotator(studying: [("KEAP1", "p.G333C", "loss_of_function")], in: directory)
            let result = try classification(annotator, "KEAP1", "p.G333C")
            #expect(result.met.map(\.code) == ["OS2", "OP3"])
            let os2 = try #require(result.met.first)
            #expect(os2.points == 4 && os2.sources.contains { $0.citation == "shibata-2008-pnas" && $0.locator == "fixture locator" })
            #expect(os2.facts.contains { $0.contains("fixture result") })
            #expect(result.total == 5 && result.class == "VUS")
            // The study is of G333C only: G333S at the same residue does not get OS2.
            #expect(try !classification(annotator, "KEAP1", "p.G333S").met.contains { $0.code == "OS2" })
        }
    }

    @Test("a verified study showing no effect meets SBS2 (−4): Likely Benign")
    func functionalNoEffect() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let annotator = try annotator(studying: [("KEAP1", "p.R71L", "no_effect")], in: directory)
            let result = try classification(annotator, "KEAP1", "p.R71L")
            #expect(result.met.map(\.code) == ["SBS2"])
            #expect(result.total == -4 && result.class == "Likely Benign")
        }
    }

    /// With E79K shown to activate NRF2: E79K scores OS2 4 + OM1 2 (ETGE) + OM3 2 (11 of 34) = 8, Likely Oncogenic. With
    /// OM4 edited to accept a Likely Oncogenic sibling, E79Q gets OM4 through E79K: OM1 2 + OM3 2 (17 of 34) + OM4 2 = 6.
    @Test("OM4 holds through another substitution at the residue classified as the file asks, and only then")
    func residueSibling() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let study = [(gene: "NFE2L2", variant: "p.E79K", effect: "gain_of_function")]
            let strict = try annotator(studying: study, in: directory.appendingPathComponent("strict"))
            let e79k = try classification(strict, "NFE2L2", "p.E79K")
            #expect(Set(e79k.met.map(\.code)) == ["OS2", "OM1", "OM3"] && e79k.total == 8 && e79k.class == "Likely Oncogenic")
            // As written, OM4 needs an Oncogenic sibling; E79K is Likely Oncogenic.
            #expect(try !classification(strict, "NFE2L2", "p.E79Q").met.contains { $0.code == "OM4" })

            let lenient = try annotator(studying: study, in: directory.appendingPathComponent("lenient")) {
                $0.replacingOccurrences(of: "residueClassifiedAs: Oncogenic", with: "residueClassifiedAs: [Oncogenic, Likely Oncogenic]")
            }
            let e79q = try classification(lenient, "NFE2L2", "p.E79Q")
            #expect(Set(e79q.met.map(\.code)) == ["OM1", "OM3", "OM4"] && e79q.total == 6 && e79q.class == "Likely Oncogenic")
            #expect(e79q.met.first { $0.code == "OM4" }?.facts.contains { $0.contains("p.E79K") } == true)
        }
    }

    @Test("a classification file with a gap between classes, an unknown row type or an unknown citation is refused", arguments: [
        ("    max: -1\n", "    max: -2\n", "must meet without gap or overlap"),
        ("hotspotRowTypes: [single_residue, in_frame_indel]", "hotspotRowTypes: [single_residue, 3d_member]", "'3d_member' is not a Cancer Hotspots row type"),
        ("  citation: horak-2022-genet-med\n  locator:", "  citation: horak-2099\n  locator:", "unknown citation id 'horak-2099'"),
    ])
    func refusals(_ original: String, _ replacement: String, _ expected: String) throws {
        try Fixtures.withTemporaryDirectory { directory in
            let rules = directory.appendingPathComponent("rules")
            try FileManager.default.copyItem(at: RepositoryPaths.rules, to: rules)
            let file = rules.appendingPathComponent("classification/clingen-cgc-vicc-2022.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(original))
            try text.replacingOccurrences(of: original, with: replacement).write(to: file, atomically: true, encoding: .utf8)
            #expect {
                try RuleSetLoader.load(from: rules, knowledgebase: TestResources.knowledgebase())
            } throws: { error in
                "\(error)".contains(expected) && "\(error)".contains("classification/clingen-cgc-vicc-2022.yaml")
            }
        }
    }
}

/// The reasons given for codes not met, as a reviewer reads them in either language.
@Suite("Oncogenicity classification: reasons for codes not met")
struct ClassificationReasonTests {
    private func notMet(_ gene: String, _ variant: String) throws -> [String: UnmetCode] {
        let entry = try TestResources.lookup(gene, variant)
        let classification = try #require(entry.outcome.classification)
        return Dictionary(uniqueKeysWithValues: classification.notMet.map { ($0.code, $0) })
    }

    @Test("a missense change is not a null change: said once, in both languages, not once per OVS1 branch")
    func nullVariantReasonOnce() throws {
        let ovs1 = try #require(try notMet("KEAP1", "p.G333C")["OVS1"])
        #expect(ovs1.reason.en == "p.G333C is not a predicted null change (premature stop, canonical ±1/2 splice site, start loss or gene deletion)")
        #expect(ovs1.reason.ja.hasPrefix("p.G333C は機能喪失型"))
    }

    @Test("a branch written for the other gene is left out when a branch for this gene failed on the change itself")
    func otherGeneBranchesLeftOut() throws {
        // OS2 has a KEAP1 (tumour suppressor) branch, an NFE2L2 (oncogene) branch and an NFE2L2 exon-2 branch.
        let os2 = try #require(try notMet("NFE2L2", "p.E79K")["OS2"])
        #expect(os2.reason.en.hasPrefix("no verified functional study of p.E79K is held"))
        #expect(!os2.reason.en.contains("tumour suppressor"))
        // OM1 is written for NFE2L2 only: for KEAP1 that is the only reason, given once.
        let om1 = try #require(try notMet("KEAP1", "p.G333C")["OM1"])
        #expect(om1.reason.en == "applies to NFE2L2 only")
        #expect(om1.reason.ja == "NFE2L2にのみ適用")
    }

    @Test("hotspot counts below the standard's thresholds are given with the count and the bound in both languages")
    func hotspotCountsInBothLanguages() throws {
        // Cancer Hotspots v2: 34 tumours at NFE2L2 E79 (50 needed for OS3); 4 tumours with KEAP1 G333C (10 needed for OM3).
        let os3 = try #require(try notMet("NFE2L2", "p.E79K")["OS3"])
        #expect(os3.reason.en.hasSuffix("34 tumours with a mutation at E79; needs at least 50"))
        #expect(os3.reason.ja.hasSuffix("E79 に変異をもつ腫瘍 34 例。基準は 50 以上"))
        let om3 = try #require(try notMet("KEAP1", "p.G333C")["OM3"])
        #expect(om3.reason.ja.hasSuffix("p.G333C をもつ腫瘍 4 例。基準は 10 以上"))
    }

    @Test("every reason for a code not met has Japanese text of its own", arguments: [
        ("KEAP1", "p.G333C"), ("KEAP1", "p.Q620*"), ("KEAP1", "p.M1?"), ("NFE2L2", "p.E79K"), ("NFE2L2", "c.46-1G>A"),
    ])
    func japaneseReasons(gene: String, variant: String) throws {
        for (code, unmet) in try notMet(gene, variant) {
            #expect(unmet.reason.ja != unmet.reason.en, "\(gene) \(variant) \(code): \(unmet.reason.ja)")
        }
    }

    @Test("a change without a protein description is 'this change' in English and 'この変化' in Japanese")
    func changeWithoutProteinDescription() throws {
        // NFE2L2 c.46-5C>T is intronic (5 nt before exon 2): no p. description, and not a canonical ±1/2 splice change.
        let reasons = try notMet("NFE2L2", "c.46-5C>T")
        let os2 = try #require(reasons["OS2"])
        #expect(os2.reason.en.hasPrefix("no verified functional study of this change is held"))
        #expect(os2.reason.ja.hasPrefix("この変化 の検証済み機能解析を保持していない"))
        for (code, unmet) in reasons {
            #expect(!unmet.reason.ja.contains("this change") && !unmet.reason.ja.contains("the change"), "\(code): \(unmet.reason.ja)")
        }
    }

    /// Loads the repository rules with a copy of the knowledgebase whose `texts.yaml` is edited by `edit`.
    private func resources(editingTexts edit: (String) -> String) throws -> AnnotationResources {
        try Fixtures.withTemporaryDirectory { directory in
            let kb = try Fixtures.copyOfKnowledgebase(in: directory)
            try TestResources.rewrite(kb, "texts.yaml", edit)
            return try AnnotationResources.load(knowledgebase: kb, rules: RepositoryPaths.rules)
        }
    }

    @Test("the reasons are worded by the knowledgebase's texts.yaml, which a curator edits without touching Swift")
    func reasonsFromTexts() throws {
        let resources = try resources {
            $0.replacingOccurrences(of: "ja: \"{genes}にのみ適用\"", with: "ja: \"{genes} を対象とする基準\"")
                .replacingOccurrences(of: "ja: \"{value} 以上\"", with: "ja: \"{value} 例以上\"")
        }
        let entry = try #require(try Annotator(resources: resources).lookup(gene: "KEAP1", variant: "p.G333C").alterations.first)
        let notMet = try #require(entry.outcome.classification).notMet
        let om1 = try #require(notMet.first { $0.code == "OM1" })
        #expect(om1.reason.ja == "NFE2L2 を対象とする基準")
        #expect(om1.reason.en == "applies to NFE2L2 only")
        let om3 = try #require(notMet.first { $0.code == "OM3" })
        #expect(om3.reason.ja.hasSuffix("p.G333C をもつ腫瘍 4 例。基準は 10 例以上"))
    }

    @Test("a knowledgebase whose texts lack a key the reasons need is refused, naming the key")
    func missingTextRefused() throws {
        #expect {
            try resources { $0.replacingOccurrences(of: "\"classification.notMet.noneOf\":", with: "\"classification.notMet.noneOfRenamed\":") }
        } throws: { error in
            "\(error)".contains("classification.notMet.noneOf") && "\(error)".contains("texts.yaml")
        }
    }
}
