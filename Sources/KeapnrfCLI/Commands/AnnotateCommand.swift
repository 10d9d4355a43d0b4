import Annotator
import ArgumentParser
import Foundation
import Interpretation

/// `keapnrf annotate REPORT`: the interpretation of one report.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Interpret every KEAP1 and NFE2L2 alteration in one report.",
        discussion: """
            Writes the interpretation JSON (or, with --output, the HTML or Markdown tumour-board report or a FHIR \
            bundle) to standard output, or to --out (written whole or not at all).
            """
    )

    @Argument(help: "The report file (keapnrf JSON).")
    var report: String

    @Option(name: .customLong("tumor-type"), help: "OncoTree code overriding the report's tumour type (e.g. LUAD).")
    var tumorType: String?

    @Option(name: .customLong("out"), help: "Write the interpretation to this file instead of standard output.")
    var out: String?

    @Option(name: .customLong("overrides"), help: "Reviewer overrides (YAML: alteration, field, value, reviewer, reason), applied after the oncogenicity rules and recorded in the output.")
    var overrides: String?

    // Output format and language (issue 6).
    @Option(name: .customLong("output"), help: "Output format: json (default), html, markdown or fhir.")
    var output: String = "json"

    @Option(name: .customLong("lang"), help: "Language of html, markdown and fhir output: en (default) or ja.")
    var lang: String = "en"

    @OptionGroup var resources: ResourceOptions

    func validate() throws {
        _ = try OutputChoice(format: output, language: lang)
    }

    func run() throws {
        try reportingFailures {
            let loaded = try resources.load()
            let url = URL(fileURLWithPath: report)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw CommandFailure("\(report): file not found or not readable")
            }
            var reviewed: ReviewerOverrides?
            if let overrides {
                guard let overrideData = FileManager.default.contents(atPath: overrides) else {
                    throw CommandFailure("\(overrides): file not found or not readable")
                }
                do {
                    reviewed = try ReviewerOverrides.load(overrideData, file: URL(fileURLWithPath: overrides).lastPathComponent)
                } catch {
                    throw CommandFailure("\(error)")
                }
            }
            let interpretation: Interpretation
            do {
                interpretation = try Annotator(resources: loaded).annotate(data, fileName: url.lastPathComponent, tumorType: tumorType, overrides: reviewed)
            } catch {
                throw CommandFailure("\(error)")
            }
            let text = try OutputChoice(format: output, language: lang).text(interpretation, knowledgebase: loaded.knowledgebase)
            try OutputDestination.write(text, to: out)
        }
    }
}
