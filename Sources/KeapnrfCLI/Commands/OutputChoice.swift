import ArgumentParser
import Interpretation
import Knowledgebase

/// The `--output` format, `--lang` language and `--detail` of `annotate`, checked as usage (exit 64 when unknown).
struct OutputChoice {
    let format: OutputFormat
    let language: OutputLanguage
    let detail: ReportDetail

    init(format: String, language: String, detail: String = ReportDetail.summary.rawValue) throws(ValidationError) {
        guard let format = OutputFormat(rawValue: format.lowercased()) else {
            throw ValidationError("--output must be one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")); found '\(format)'")
        }
        guard let language = OutputLanguage(rawValue: language.lowercased()) else {
            throw ValidationError("--lang must be one of \(OutputLanguage.allCases.map(\.rawValue).joined(separator: ", ")); found '\(language)'")
        }
        guard let detail = ReportDetail(rawValue: detail.lowercased()) else {
            throw ValidationError("--detail must be one of \(ReportDetail.allCases.map(\.rawValue).joined(separator: ", ")); found '\(detail)'")
        }
        self.format = format
        self.language = language
        self.detail = detail
    }

    /// The interpretation written in the chosen format and language.
    func text(_ interpretation: Interpretation, knowledgebase: Knowledgebase) throws -> String {
        try CommandFailure.wrapping { try format.text(interpretation, knowledgebase: knowledgebase, language: language, detail: detail) }
    }
}
