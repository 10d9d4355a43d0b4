import Foundation
import Interpretation
import Knowledgebase
import ReportModel
import ReportReaders
import StrictDecoding

/// Re-runs an annotation with the knowledgebase and rules its provenance names (found by SHA-256), the same
/// input format, `--sample`, `--build` and `--tumor-type`, and the same reviewer overrides, and compares the
/// result with the stored interpretation.
public struct InterpretationVerifier: Sendable {
    /// The outcome of a verification.
    public struct Result: Sendable {
        /// The JSON locations that differ; empty when the re-run gives the same interpretation.
        public var differences: [String]

        /// True when no field differs.
        public var isIdentical: Bool { differences.isEmpty }
    }

    /// Where the knowledgebase and rules are looked for.
    public let archive: ResourceArchive

    /// A verifier that finds the knowledgebase and rules in `archive`.
    public init(archive: ResourceArchive) {
        self.archive = archive
    }

    /// Verifies `interpretation` (the JSON bytes `annotate` wrote) against a re-run on `report`.
    public func verify(
        interpretation: Data, interpretationName: String, report: Data, reportName: String, overrides: (data: Data, name: String)?
    ) throws(VerificationError) -> Result {
        let stored: JSONValue
        do {
            stored = try JSONParser.parse(Array(interpretation))
        } catch {
            throw .invalidInterpretation(file: interpretationName, problem: error.description)
        }
        func field(_ path: [String]) throws(VerificationError) -> String {
            var value: JSONValue? = stored
            for key in path { value = value?[key] }
            guard case .string(let text)? = value else {
                throw .invalidInterpretation(file: interpretationName, problem: "$.\(path.joined(separator: ".")) is missing or not a string")
            }
            return text
        }
        let inputFormat = try field(["provenance", "input", "format"])
        guard let format = ReportFormat(rawValue: inputFormat) else { throw .unsupportedInputFormat(inputFormat) }
        // The reading options annotate recorded (`--sample`, `--build`); absent in interpretations that had none.
        func option(_ key: String) -> String? {
            if case .string(let text)? = stored["provenance"]?["input"]?[key] { return text }
            return nil
        }
        let sample = option("sample")
        var build: GenomeBuild?
        if let recorded = option("build") {
            guard let parsed = GenomeBuild(spelling: recorded) else {
                throw .invalidInterpretation(file: interpretationName, problem: "$.provenance.input.build '\(recorded)' is not GRCh37 or GRCh38")
            }
            build = parsed
        }
        let knowledgebaseVersion = try field(["provenance", "knowledgebase", "version"])
        let knowledgebase = try archive.knowledgebase(sha256: try field(["provenance", "knowledgebase", "sha256"]), version: knowledgebaseVersion)
        let rulesVersion = try field(["provenance", "rules", "version"])
        let ruleSet = try archive.ruleSet(sha256: try field(["provenance", "rules", "sha256"]), version: rulesVersion, knowledgebase: knowledgebase)

        var expectedOverrides: String?
        if case .object? = stored["provenance"]?["overrides"] { expectedOverrides = try field(["provenance", "overrides", "sha256"]) }
        var reviewed: ReviewerOverrides?
        if let overrides {
            do {
                reviewed = try ReviewerOverrides.load(overrides.data, file: overrides.name)
            } catch {
                throw .annotation(error)
            }
            guard reviewed?.sha256 == expectedOverrides else {
                throw .overridesMismatch(file: overrides.name, expected: expectedOverrides, actual: reviewed?.sha256 ?? "")
            }
        } else if let expectedOverrides {
            throw .overridesRequired(sha256: expectedOverrides)
        }

        // A tumour type given with --tumor-type is recorded as matchedBy "option" with the code as matchedText.
        var tumorType: String?
        if case .string("option")? = stored["tumorType"]?["matchedBy"] { tumorType = try field(["tumorType", "matchedText"]) }

        let rerun: Interpretation
        do {
            rerun = try Annotator(resources: AnnotationResources(knowledgebase: knowledgebase, ruleSet: ruleSet))
                .annotate(
                    report, fileName: reportName, tumorType: tumorType, format: format, sample: sample, build: build,
                    // The report was accepted when it was annotated; its size limit is not re-applied.
                    maxInputBytes: max(ReportReadOptions.defaultMaxInputBytes, report.count), overrides: reviewed)
        } catch {
            throw .annotation(error)
        }
        // The re-run's document is compared as built, not written and read back: JSONDiff compares numbers by
        // value (the stored `7` and a rebuilt `7.0` are the same number), and the readers accept finite numbers only.
        return Result(differences: JSONDiff.differences(stored, InterpretationJSON.document(rerun)))
    }
}

