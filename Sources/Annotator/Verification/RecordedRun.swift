import Foundation
import Interpretation
import ReportModel
import ReportReaders
import StrictDecoding

/// How a stored interpretation was made, as its JSON records it: the input's SHA-256 and format, the
/// `--sample`, `--build` and `--tumor-type` given, the reviewer overrides' SHA-256, and the knowledgebase and
/// rules. `verify` and `impact` re-run an annotation with these.
public struct RecordedRun: Sendable {
    /// The stored interpretation.
    public let document: JSONValue
    public let inputSHA256: String
    public let format: ReportFormat
    public let sample: String?
    public let build: GenomeBuild?
    /// The `--tumor-type` code, when one was given (recorded as `matchedBy: option`).
    public let tumorType: String?
    /// The reviewer overrides' SHA-256, when the interpretation was made with overrides.
    public let overridesSHA256: String?
    public let knowledgebaseVersion: String
    public let knowledgebaseSHA256: String
    public let rulesVersion: String
    public let rulesSHA256: String

    /// Reads the interpretation JSON `interpretation` (file `name`, for messages).
    public init(interpretation: Data, name: String) throws(VerificationError) {
        let stored: JSONValue
        do {
            stored = try JSONParser.parse(Array(interpretation))
        } catch {
            throw .invalidInterpretation(file: name, problem: error.description)
        }
        func field(_ path: [String]) throws(VerificationError) -> String {
            var value: JSONValue? = stored
            for key in path { value = value?[key] }
            guard case .string(let text)? = value else {
                throw .invalidInterpretation(file: name, problem: "$.\(path.joined(separator: ".")) is missing or not a string")
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
        var build: GenomeBuild?
        if let recorded = option("build") {
            guard let parsed = GenomeBuild(spelling: recorded) else {
                throw .invalidInterpretation(file: name, problem: "$.provenance.input.build '\(recorded)' is not GRCh37 or GRCh38")
            }
            build = parsed
        }
        var overrides: String?
        if case .object? = stored["provenance"]?["overrides"] { overrides = try field(["provenance", "overrides", "sha256"]) }
        // A tumour type given with --tumor-type is recorded as matchedBy "option" with the code as matchedText.
        var tumorType: String?
        if case .string("option")? = stored["tumorType"]?["matchedBy"] { tumorType = try field(["tumorType", "matchedText"]) }

        document = stored
        inputSHA256 = try field(["provenance", "input", "sha256"])
        self.format = format
        sample = option("sample")
        self.build = build
        self.tumorType = tumorType
        overridesSHA256 = overrides
        knowledgebaseVersion = try field(["provenance", "knowledgebase", "version"])
        knowledgebaseSHA256 = try field(["provenance", "knowledgebase", "sha256"])
        rulesVersion = try field(["provenance", "rules", "version"])
        rulesSHA256 = try field(["provenance", "rules", "sha256"])
    }

    /// The annotation of `report` (file `reportName`) by `annotator` with the recorded options and `overrides`
    /// (whose SHA-256 must be the recorded one), as the JSON document `annotate` writes.
    public func rerun(
        with annotator: Annotator, report: Data, reportName: String, overrides: (data: Data, name: String)?
    ) throws(VerificationError) -> JSONValue {
        var reviewed: ReviewerOverrides?
        if let overrides {
            do {
                reviewed = try ReviewerOverrides.load(overrides.data, file: overrides.name)
            } catch {
                throw .annotation(error)
            }
            guard reviewed?.sha256 == overridesSHA256 else {
                throw .overridesMismatch(file: overrides.name, expected: overridesSHA256, actual: reviewed?.sha256 ?? "")
            }
        } else if let overridesSHA256 {
            throw .overridesRequired(sha256: overridesSHA256)
        }
        do {
            let rerun = try annotator.annotate(
                report, fileName: reportName, tumorType: tumorType, format: format, sample: sample, build: build,
                // The report was accepted when it was annotated; its size limit is not re-applied.
                maxInputBytes: max(ReportReadOptions.defaultMaxInputBytes, report.count), overrides: reviewed)
            // The document as built, not written and read back: JSONDiff compares numbers by value (the stored `7`
            // and a rebuilt `7.0` are the same number), and the readers accept finite numbers only.
            return InterpretationJSON.document(rerun)
        } catch {
            throw .annotation(error)
        }
    }
}
