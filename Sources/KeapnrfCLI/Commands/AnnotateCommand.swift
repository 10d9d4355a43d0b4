import Annotator
import ArgumentParser
import Foundation
import Interpretation
import ReportModel
import ReportReaders

/// `keapnrf annotate REPORT`: the interpretation of one report.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Interpret every KEAP1 and NFE2L2 alteration in one report.",
        discussion: """
            Writes the interpretation JSON (or, with --output, the HTML or Markdown tumour-board report or a FHIR \
            bundle) to standard output, or to --out (written whole or not at all). \
            The report format is detected from the content: \(ReportFormat.valueList).
            """
    )

    @Argument(help: "The report file: keapnrf JSON, FoundationOne XML, FHIR JSON/XML, VCF or MAF.")
    var report: String

    @Option(name: .customLong("tumor-type"), help: "OncoTree code overriding the report's tumour type (e.g. LUAD).")
    var tumorType: String?

    @Option(name: .customLong("format"), help: "The report format, instead of detecting it (\(ReportFormat.valueList)).")
    var format: String?

    @Option(name: .customLong("sample"), help: "The tumour sample of a multi-sample VCF or MAF (a sample column or Tumor_Sample_Barcode).")
    var sample: String?

    @Option(name: .customLong("build"), help: "The genome build of a VCF or MAF: GRCh37 or GRCh38 (a conflict with the file is an error).")
    var build: String?

    @Option(name: .customLong("max-input-mb"), help: "The largest report accepted, in megabytes.")
    var maxInputMegabytes: Int = ReportReadOptions.defaultMaxInputBytes / 1_048_576

    @Option(name: .customLong("out"), help: "Write the interpretation to this file instead of standard output.")
    var out: String?

    @Option(name: .customLong("overrides"), help: "Reviewer overrides (YAML: alteration, field, value, reviewer, reason), applied after the oncogenicity rules and recorded in the output.")
    var overrides: String?

    @Option(name: .customLong("output"), help: "Output format: json (default), html, markdown or fhir.")
    var output: String = "json"

    @Option(name: .customLong("lang"), help: "Language of html, markdown and fhir output: en (default) or ja.")
    var lang: String = "en"

    @Option(name: .customLong("detail"), help: "How much html and markdown print: summary (default; page one, compact cards) or full (every statement, effect size, plot and the rules audit).")
    var detail: String = ReportDetail.summary.rawValue

    @OptionGroup var resources: ResourceOptions

    func validate() throws {
        if let format, ReportFormat(rawValue: format) == nil {
            throw ValidationError("--format must be one of \(ReportFormat.valueList), not '\(format)'")
        }
        if let build, GenomeBuild(spelling: build) == nil {
            throw ValidationError("--build must be GRCh37 or GRCh38 (or hg19/hg38), not '\(build)'")
        }
        guard maxInputMegabytes > 0, maxInputMegabytes <= 4096 else {
            throw ValidationError("--max-input-mb must be between 1 and 4096, not \(maxInputMegabytes)")
        }
        _ = try OutputChoice(format: output, language: lang, detail: detail)
    }

    func run() throws {
        try reportingFailures {
            // The inputs are checked before the knowledgebase and rules are loaded, so a wrong path fails at once.
            let url = URL(fileURLWithPath: report)
            let limit = maxInputMegabytes * 1_048_576
            let data = try InputFile.read(report) { size in
                try CommandFailure.wrapping { try ReportReader.checkSize(byteCount: size, file: url.lastPathComponent, limit: limit) }
            }
            let reviewed = try overrides.map { path in
                let overrideData = try InputFile.read(path)
                return try CommandFailure.wrapping { try ReviewerOverrides.load(overrideData, file: URL(fileURLWithPath: path).lastPathComponent) }
            }
            let loaded = try resources.load()
            let interpretation = try CommandFailure.wrapping {
                try Annotator(resources: loaded).annotate(
                    data, fileName: url.lastPathComponent, tumorType: tumorType, format: format.flatMap(ReportFormat.init(rawValue:)),
                    sample: sample, build: build.flatMap(GenomeBuild.init(spelling:)), maxInputBytes: limit, overrides: reviewed)
            }
            let text = try OutputChoice(format: output, language: lang, detail: detail).text(interpretation, knowledgebase: loaded.knowledgebase)
            try OutputDestination.write(text, to: out)
        }
    }
}
