import Foundation
import Interpretation
import Knowledgebase
import Testing

/// Every example in every language and format against its golden file, byte for byte. The golden files were
/// read and checked against the knowledgebase and the JSON interpretation before they were committed
/// (Golden/README.md says what was checked).
@Suite("Golden outputs of the examples")
struct GoldenOutputTests {
    static let cases: [(String, OutputFormat, OutputLanguage, ReportDetail)] = Examples.names.flatMap { name in
        [OutputFormat.html, .markdown, .fhir].flatMap { format in
            OutputLanguage.allCases.flatMap { language in
                (format == .fhir ? [ReportDetail.summary] : ReportDetail.allCases).map { (name, format, language, $0) }
            }
        }
    }

    @Test("output equals the golden file", arguments: cases)
    func matchesGolden(_ name: String, _ format: OutputFormat, _ language: OutputLanguage, _ detail: ReportDetail) throws {
        let url = Examples.goldenURL(name, format, language, detail: detail)
        let golden = try String(contentsOf: url, encoding: .utf8)
        let output = try Examples.output(name, format, language, detail: detail)
        guard output != golden else { return }
        let outputLines = output.split(separator: "\n", omittingEmptySubsequences: false)
        let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(outputLines, goldenLines).enumerated().first { $0.element.0 != $0.element.1 }
        Issue.record("\(url.lastPathComponent) differs at line \((first?.offset ?? min(outputLines.count, goldenLines.count)) + 1): \(first.map { "got \($0.element.0.prefix(200)) | golden \($0.element.1.prefix(200))" } ?? "different length")")
    }
}
