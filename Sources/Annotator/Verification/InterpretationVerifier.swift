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
        let recorded = try RecordedRun(interpretation: interpretation, name: interpretationName)
        let knowledgebase = try archive.knowledgebase(sha256: recorded.knowledgebaseSHA256, version: recorded.knowledgebaseVersion)
        let ruleSet = try archive.ruleSet(sha256: recorded.rulesSHA256, version: recorded.rulesVersion, knowledgebase: knowledgebase)
        let rerun = try recorded.rerun(
            with: Annotator(resources: AnnotationResources(knowledgebase: knowledgebase, ruleSet: ruleSet)),
            report: report, reportName: reportName, overrides: overrides)
        return Result(differences: JSONDiff.differences(recorded.document, rerun))
    }
}
