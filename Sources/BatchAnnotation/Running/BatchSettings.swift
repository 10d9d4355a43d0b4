import Interpretation
import Knowledgebase
import ReportReaders

/// What every report of a batch is written as, and how many are worked on at once.
public struct BatchSettings: Sendable {
    /// The output format of every report.
    public var output: OutputFormat
    /// The language of HTML, Markdown and FHIR output.
    public var language: OutputLanguage
    /// How much HTML and Markdown print.
    public var detail: ReportDetail
    /// The largest report read, in bytes.
    public var maxInputBytes: Int
    /// Reports read, annotated and written at once (at least 1).
    public var jobs: Int

    public init(
        output: OutputFormat = .json, language: OutputLanguage = .en, detail: ReportDetail = .summary,
        maxInputBytes: Int = ReportReadOptions.defaultMaxInputBytes, jobs: Int
    ) {
        self.output = output
        self.language = language
        self.detail = detail
        self.maxInputBytes = maxInputBytes
        self.jobs = max(1, jobs)
    }

    /// The output file's suffix: `.json`, or `.<lang>.html`, `.<lang>.md`, `.<lang>.fhir.json`.
    var outputSuffix: String {
        switch output {
        case .json: return ".json"
        case .html: return ".\(language.rawValue).html"
        case .markdown: return ".\(language.rawValue).md"
        case .fhir: return ".\(language.rawValue).fhir.json"
        }
    }

    /// The options of `input` that shape its output, as recorded in the index.
    func options(of input: BatchInput) -> String {
        let page = output == .html || output == .markdown
        return (["output=\(output.rawValue)"] + (output == .json ? [] : ["lang=\(language.rawValue)"]) + (page ? ["detail=\(detail.rawValue)"] : [])
            + input.optionWords).joined(separator: " ")
    }
}
