import Annotator
import ArgumentParser
import BatchAnnotation
import Foundation
import Interpretation
import ReportReaders

/// `keapnrf batch INPUT... --out-dir DIR`: many reports with one load of the knowledgebase and rules.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Annotate many reports: files, folders (walked recursively) or a manifest.",
        discussion: """
            Each output is written whole or not at all into --out-dir, named by the report's path below its folder \
            (or its file name) with .json, .LANG.html, .LANG.md or .LANG.fhir.json added, beside index.tsv: one row per \
            report whatever happened (input, input_sha256, format, options, status, error, interpreted, uninterpretable, \
            not_in_scope, alterations, output, output_sha256, knowledgebase_sha256, rules_sha256). Outputs are the bytes \
            `keapnrf annotate` writes. Exit status: 0 when every report was annotated; 1 when any failed (the others are \
            still written; each failure is also one line on standard error) or the output folder cannot be written; \
            64 on usage errors (including a bad manifest and two reports with one output name).
            """
    )

    @Argument(help: "Report files, or folders walked recursively (names starting with '.' are skipped).")
    var inputs: [String] = []

    @Option(name: .customLong("out-dir"), help: "The output folder (created when absent).")
    var outDir: String

    @Option(name: .customLong("manifest"), help: "A TSV whose first line names the columns: path, and optionally tumor_type, format, sample, build.")
    var manifest: String?

    @Option(name: .customLong("output"), help: "Output format: json (default), html, markdown or fhir.")
    var output: String = "json"

    @Option(name: .customLong("lang"), help: "Language of html, markdown and fhir output: en (default) or ja.")
    var lang: String = "en"

    @Option(name: .customLong("detail"), help: "How much html and markdown print: summary (default) or full, as for annotate.")
    var detail: String = ReportDetail.summary.rawValue

    @Option(name: .customLong("jobs"), help: "Reports worked on at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-input-mb"), help: "The largest report accepted, in megabytes.")
    var maxInputMegabytes: Int = ReportReadOptions.defaultMaxInputBytes / 1_048_576

    @Flag(name: .customLong("resume"), help: "Skip reports whose index row shows the same input SHA-256, options, knowledgebase and rules, with the output unchanged.")
    var resume = false

    @Flag(name: .customLong("quiet"), help: "No progress on standard error (failures are still listed).")
    var quiet = false

    @OptionGroup var resources: ResourceOptions

    func validate() throws {
        guard !inputs.isEmpty || manifest != nil else { throw ValidationError("name at least one report or folder, or --manifest") }
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256, not \(jobs)") }
        guard maxInputMegabytes > 0, maxInputMegabytes <= 4096 else {
            throw ValidationError("--max-input-mb must be between 1 and 4096, not \(maxInputMegabytes)")
        }
        _ = try OutputChoice(format: output, language: lang, detail: detail)
    }

    func run() throws {
        let choice = try OutputChoice(format: output, language: lang, detail: detail)
        let folder = URL(fileURLWithPath: outDir)
        let batch: [BatchInput]
        do {
            let listed = try manifest.map { path in try BatchManifest(text: try manifestText(path), path: path) }
            batch = try BatchInputCollector.collect(arguments: inputs, manifest: listed, outputFolder: folder)
        } catch let error as BatchError {
            throw ValidationError(error.description)
        }
        try reportingFailures {
            let loaded = try resources.load()
            let runner = BatchRunner(
                annotator: Annotator(resources: loaded),
                settings: BatchSettings(output: choice.format, language: choice.language, detail: choice.detail, maxInputBytes: maxInputMegabytes * 1_048_576, jobs: jobs))
            let progress = ProgressDisplay(total: batch.count, enabled: !quiet)
            let summary = try CommandFailure.wrapping {
                try runner.run(batch, outputFolder: folder, resume: resume) { row, resumed in
                    if row.status == .error { progress.interrupt("keapnrf: error: " + TerminalText.escapingControlCharacters(row.error) + "\n") }
                    progress.advance(failed: row.status == .error, resumed: resumed)
                }
            }
            progress.finish(summary: "\(summary.total) reports: \(summary.total - summary.failed) annotated (\(summary.resumed) unchanged since the earlier run), \(summary.failed) failed; index: \(folder.appendingPathComponent(BatchIndex.fileName).path)")
            if summary.failed > 0 { throw ExitCode(1) }
        }
    }

    /// The manifest's text; an unreadable manifest is a usage error.
    private func manifestText(_ path: String) throws -> String {
        do {
            return String(decoding: try InputFile.read(path), as: UTF8.self)
        } catch {
            throw BatchError.usage("\(error)")
        }
    }
}
