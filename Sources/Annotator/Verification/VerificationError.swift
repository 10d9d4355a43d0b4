import Interpretation
import ReportReaders

/// Why an interpretation could not be re-verified. `verify` prints the description and exits 1.
public enum VerificationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The interpretation file is not an interpretation JSON.
    case invalidInterpretation(file: String, problem: String)
    /// No knowledgebase with the SHA-256 the provenance names was found.
    case knowledgebaseNotFound(version: String, sha256: String, searched: [String])
    /// No rule set with the SHA-256 the provenance names was found.
    case rulesNotFound(version: String, sha256: String, searched: [String])
    /// The interpretation was produced with reviewer overrides, but no overrides file was given.
    case overridesRequired(sha256: String)
    /// The overrides file given is not the one the interpretation was produced with.
    case overridesMismatch(file: String, expected: String?, actual: String)
    /// The interpretation names an input format that is not a report format (e.g. `lookup`).
    case unsupportedInputFormat(String)
    /// Re-running the annotation failed.
    case annotation(AnnotatorError)

    public var description: String {
        switch self {
        case .invalidInterpretation(let file, let problem):
            return "\(file): not an interpretation JSON: \(problem)"
        case .knowledgebaseNotFound(let version, let sha256, let searched):
            return "the knowledgebase named in the provenance (version \(version), SHA-256 \(sha256)) was not found; searched: \(searched.joined(separator: ", ")); give its folder with --kb or an archive of past versions with --kb-archive"
        case .rulesNotFound(let version, let sha256, let searched):
            return "the rule set named in the provenance (version \(version), SHA-256 \(sha256)) was not found; searched: \(searched.joined(separator: ", ")); give its folder with --rules or an archive of past versions with --kb-archive"
        case .overridesRequired(let sha256):
            return "the interpretation was produced with reviewer overrides (SHA-256 \(sha256)); give the same file with --overrides"
        case .overridesMismatch(let file, let expected, let actual):
            if let expected { return "\(file): SHA-256 \(actual) differs from the overrides named in the provenance (\(expected))" }
            return "\(file): the interpretation was produced without reviewer overrides, but an overrides file was given"
        case .unsupportedInputFormat(let format):
            return "the interpretation's input format is '\(format)', not a report format verify can re-read (\(ReportFormat.valueList))"
        case .annotation(let error):
            return error.description
        }
    }
}
