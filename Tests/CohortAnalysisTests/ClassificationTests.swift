import Annotator
import CohortAnalysis
import Foundation
import Testing
import TestSupport

/// Alteration classes assigned through the annotator's normalisation and knowledge lookup. Expected classes come
/// from the knowledgebase's sourced facts: DLG = NFE2L2 29-31 and ETGE = 79-82 (../shared/reference/domains.tsv);
/// KEAP1 G333 and R470 are Cancer Hotspots v2 single-residue hotspots (cancerhotspots_KEAP1_NFE2L2.tsv), V271 is
/// listed only in the unpublished v3 rows, which are never counted as hotspots.
@Suite("Alteration classes")
struct ClassificationTests {
    static let cases: [(gene: String, change: String, classes: Set<AlterationClass>)] = [
        ("NFE2L2", "p.E79K", [.etge]),
        ("NFE2L2", "p.E79*", [.etge]),
        ("NFE2L2", "p.D29H", [.dlg]),
        ("NFE2L2", "p.W24_D29delinsY", [.dlg]),  // the deletion reaches D29
        ("NFE2L2", "p.G31_E82del", [.dlg, .etge]),  // spans both motifs
        ("NFE2L2", "p.R34G", [.other]),  // between the motifs
        ("NFE2L2", "c.235G>A", [.etge]),  // E79K as a coding change (codon 79 GAG)
        ("KEAP1", "p.G333C", [.hotspotMissense]),
        ("KEAP1", "p.R470C", [.hotspotMissense]),
        ("KEAP1", "p.V271M", [.other]),
        ("KEAP1", "p.E25K", [.other]),
        ("KEAP1", "p.Q20*", [.truncating]),
        ("KEAP1", "p.R536fs", [.truncating]),
        ("KEAP1", "p.F478Lfs*2", [.truncating]),
        ("KEAP1", "p.X123_splice", [.truncating]),
        ("KEAP1", "c.997G>T", [.hotspotMissense]),  // G333C (codon 333 GGC)
        ("KEAP1", "p.34_37REVF>L", [.uninterpretable]),  // a Firehose spelling that is not HGVS
        ("KEAP1", "p.A333C", [.uninterpretable]),  // residue 333 is G, not A
    ]

    @Test("Classes of single changes", arguments: cases.indices)
    func classes(_ index: Int) throws {
        let testCase = Self.cases[index]
        var classifier = AlterationClassifier(resources: try CohortTestData.resources())
        let classified = classifier.classify(gene: testCase.gene, change: testCase.change)
        #expect(classified.classes == testCase.classes, "\(testCase.gene) \(testCase.change)")
        #expect((classified.reason != nil) == testCase.classes.contains(.uninterpretable))
    }

    @Test("An interpretable change is placed on its residue with the reference amino acid")
    func residue() throws {
        var classifier = AlterationClassifier(resources: try CohortTestData.resources())
        let change = classifier.classify(gene: "NFE2L2", change: "p.E79Q")
        #expect(change.residue == 79 && change.referenceResidue == "E" && change.proteinChange == "p.E79Q")
        #expect(change.consequence == "missense_variant")
        #expect(classifier.classify(gene: "NFE2L2", change: "p.E79Q") == change)
    }

    @Test("Genes the annotator does not interpret are refused with the supported genes")
    func unsupportedGene() throws {
        let classifier = AlterationClassifier(resources: try CohortTestData.resources())
        #expect(throws: CohortAnalysisError.unsupportedGene("TP53", supported: ["CUL3", "KEAP1", "NFE2L2"])) {
            try classifier.checkSupported(["KEAP1", "TP53"])
        }
    }

    @Test("KEAP1 'truncating' is the rule set's loss-of-function definition: a consequence it drops no longer counts")
    func truncatingFollowsTheRuleSet() throws {
        var repository = AlterationClassifier(resources: try CohortTestData.resources())
        #expect(repository.classify(gene: "KEAP1", change: "p.M1?").classes == [.truncating])
        try Fixtures.withTemporaryDirectory { directory in
            let rules = directory.appendingPathComponent("rules")
            try FileManager.default.copyItem(at: RepositoryPaths.rules, to: rules)
            let ruleset = rules.appendingPathComponent("ruleset.yaml")
            let text = try String(contentsOf: ruleset, encoding: .utf8)
            let edited = text.replacingOccurrences(of: ", splice_site_variant, start_lost]", with: ", splice_site_variant]")
            #expect(edited != text)
            try edited.write(to: ruleset, atomically: true, encoding: .utf8)
            var classifier = AlterationClassifier(resources: try AnnotationResources.load(knowledgebase: RepositoryPaths.knowledgebase, rules: rules))
            let startLoss = classifier.classify(gene: "KEAP1", change: "p.M1?")
            #expect(startLoss.consequence == "start_lost")
            #expect(startLoss.classes == [.other])
        }
    }
}
