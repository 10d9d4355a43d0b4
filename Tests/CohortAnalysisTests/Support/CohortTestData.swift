import Annotator
import CohortAnalysis
import Foundation
import Knowledgebase
import TestSupport

/// Inputs shared by the cohort tests, loaded once.
enum CohortTestData {
    /// The TCGA table in `../shared/cohorts`.
    static let tcgaPath = "cohorts/tcga_keap1_nfe2l2_os.tsv"
    /// The committed TCGA evidence file.
    static var committedEvidence: URL { RepositoryPaths.knowledgebase.appendingPathComponent("cohorts/tcga-keap1-nfe2l2.json") }
    /// The tumour types the committed file was derived for (knowledgebase/README.md).
    static let tcgaTumorTypes = ["LUAD", "LUSC", "ESCC", "HNSC", "HCC", "CESC"]

    private static let loadedResources = Result { () throws -> AnnotationResources in
        try AnnotationResources.load(knowledgebase: RepositoryPaths.knowledgebase, rules: RepositoryPaths.rules)
    }

    /// The repository knowledgebase and rules.
    static func resources() throws -> AnnotationResources { try loadedResources.get() }

    /// The repository knowledgebase.
    static func knowledgebase() throws -> Knowledgebase { try resources().knowledgebase }

    private static let loadedTCGA = Result { () throws -> CohortInput in try CohortInput(contentsOf: SharedData.url(tcgaPath)) }

    /// The TCGA table (only with `../shared`).
    static func tcga() throws -> CohortInput { try loadedTCGA.get() }

    /// A table from text, as a file named `test.tsv`.
    static func table(_ lines: [String]) throws -> CohortInput {
        try CohortInput(data: Data((lines.joined(separator: "\n") + "\n").utf8), fileName: "test.tsv")
    }

    /// The patients of a table with every call classified.
    static func patients(
        _ input: CohortInput, genes: [String] = ["KEAP1", "NFE2L2"], policy: CallFilterPolicy = .includeFiltered
    ) throws -> [PatientAlterations] {
        var classifier = AlterationClassifier(resources: try resources())
        return try PatientAlterations.read(
            input, columns: CohortColumns(), groupColumn: "oncotree_code", genes: genes, policy: policy, classifier: &classifier)
    }

    /// Settings that reproduce the committed file: its descriptive fields, and the tumour types above.
    static func committedSettings() throws -> DerivationSettings {
        let file = try JSONDecoder().decode(CohortEvidenceFile.self, from: Data(contentsOf: committedEvidence))
        return DerivationSettings(
            id: file.id, name: file.cohort.name, description: file.cohort.description, dataVersion: file.cohort.dataVersion,
            caveats: file.cohort.caveats, provenance: file.cohort.provenance, tumorTypes: tcgaTumorTypes)
    }
}

/// Tab-separated text split into rows of cells, for reading oracle tables in tests.
enum TabSeparated {
    /// The rows of a file as dictionaries keyed by the header.
    static func records(_ url: URL) throws -> [[String: String]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else { return [] }
        return lines.dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
    }
}
