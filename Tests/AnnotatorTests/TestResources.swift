import Annotator
import Foundation
import Interpretation
import Knowledgebase
import TestSupport

/// The repository's knowledgebase and rules, loaded once for all tests.
enum TestResources {
    static let loaded: Result<AnnotationResources, AnnotatorError> = load()

    private static func load() -> Result<AnnotationResources, AnnotatorError> {
        do throws(AnnotatorError) {
            return .success(try AnnotationResources.load(knowledgebase: RepositoryPaths.knowledgebase, rules: RepositoryPaths.rules))
        } catch {
            return .failure(error)
        }
    }

    static func resources() throws -> AnnotationResources { try loaded.get() }
    static func knowledgebase() throws -> Knowledgebase { try loaded.get().knowledgebase }
    static func annotator() throws -> Annotator { Annotator(resources: try loaded.get()) }

    /// Annotates a JSON report given as text.
    static func annotate(json: String, tumorType: String? = nil) throws -> Interpretation {
        try annotator().annotate(Data(json.utf8), fileName: "test.json", tumorType: tumorType)
    }

    /// Annotates one variant as `keapnrf lookup` does and returns the single alteration.
    static func lookup(_ gene: String, _ variant: String, tumorType: String? = nil) throws -> AlterationInterpretation {
        let interpretation = try annotator().lookup(gene: gene, variant: variant, tumorType: tumorType)
        guard let first = interpretation.alterations.first else { throw TestFailure("no alteration for \(gene) \(variant)") }
        return first
    }

    /// Reviewer overrides that call the FoundationOne sample's VUS KEAP1 p.K303M Likely Oncogenic, loss of function.
    static let reviewedK303M = """
        schemaVersion: 1
        overrides:
          - alteration: KEAP1 p.K303M
            field: oncogenicity
            value: Likely Oncogenic
            reviewer: Expert panel (test)
            reason: functional data reviewed
            date: 2025-07-20
          - alteration: KEAP1 p.K303M
            field: effect
            value: loss_of_function
            reviewer: Expert panel (test)
            reason: functional data reviewed
        """

    /// A one-variant report in the project's JSON format.
    static func report(gene: String, hgvsc: String? = nil, hgvsp: String? = nil, transcript: String? = nil, tumor: String = "LUAD") -> String {
        var fields = ["\"gene\": \"\(gene)\""]
        if let transcript { fields.append("\"transcript\": \"\(transcript)\"") }
        if let hgvsc { fields.append("\"hgvsc\": \"\(hgvsc)\"") }
        if let hgvsp { fields.append("\"hgvsp\": \"\(hgvsp)\"") }
        return """
            {"format": "keapnrf-report", "formatVersion": 1, "tumorType": {"oncotreeCode": "\(tumor)"},
             "shortVariants": [{\(fields.joined(separator: ", "))}]}
            """
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension TestResources {
    /// Edits one file of a knowledgebase copy and updates its SHA-256 in the copy's manifest, so that the loader
    /// reaches the content.
    static func rewrite(_ kb: URL, _ path: String, _ edit: (String) -> String) throws {
        let file = kb.appendingPathComponent(path)
        let old = try Data(contentsOf: file)
        let new = Data(edit(String(decoding: old, as: UTF8.self)).utf8)
        guard old != new else { throw TestFailure("the edit must change \(path)") }
        try new.write(to: file)
        let manifestURL = kb.appendingPathComponent("manifest.json")
        let manifest = try String(contentsOf: manifestURL, encoding: .utf8)
            .replacingOccurrences(of: FileDigest.sha256(old), with: FileDigest.sha256(new))
        try manifest.write(to: manifestURL, atomically: true, encoding: .utf8)
    }
}
