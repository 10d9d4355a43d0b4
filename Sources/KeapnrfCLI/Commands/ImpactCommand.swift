import Annotator
import ArgumentParser
import BatchAnnotation
import Foundation

/// `keapnrf impact STORE --out DIR`: which stored interpretations would now read differently, and how.
struct ImpactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "Re-run stored interpretations with the current knowledgebase and rules and list what changed.",
        discussion: """
            STORE is a folder holding interpretation JSON files and the reports they came from (and any reviewer \
            overrides files), found by the SHA-256 in each interpretation's provenance. Each interpretation is re-run \
            with its recorded format, sample, build, tumour type and overrides, and is unchanged, changed (classification \
            or tier, statements, other, evidence only, provenance only) or an error (e.g. its report is missing). \
            Writes impact.tsv, impact.json and impact.html into --out. Exit status: 0 when every interpretation \
            was re-run; 1 when any could not be (they are listed) or the knowledgebase or rules are invalid; 64 on usage errors.
            """
    )

    @Argument(help: "The folder of interpretations and reports.")
    var store: String

    @Option(name: .customLong("out"), help: "The folder to write impact.tsv, impact.json and impact.html into.")
    var out: String

    @Option(name: .customLong("manifest"), help: "A TSV whose first line names the columns interpretation, report (and optionally overrides), paths relative to STORE, pairing each interpretation with its report instead of finding it by SHA-256.")
    var manifest: String?

    @Option(name: .customLong("jobs"), help: "Interpretations re-run at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var resources: ResourceOptions

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256, not \(jobs)") }
    }

    func run() throws {
        try reportingFailures {
            let loaded = try resources.load()
            let runner = ImpactRunner(annotator: Annotator(resources: loaded), jobs: jobs)
            let outFolder = URL(fileURLWithPath: out)
            let entries: [ImpactEntry]
            do {
                let pairs = try manifest.map { path in
                    try ImpactManifest(text: String(decoding: try InputFile.read(path), as: UTF8.self), path: path)
                }
                entries = try runner.run(store: URL(fileURLWithPath: store), excluding: outFolder, manifest: pairs)
            } catch let error as BatchError {
                if case .usage = error { throw ValidationError(error.description) }
                throw CommandFailure(error.description)
            }
            let report = ImpactReport(entries: entries, resources: [
                "knowledgebase \(loaded.knowledgebase.version) (SHA-256 \(loaded.knowledgebase.sha256))",
                "rules \(loaded.ruleSet.version) (SHA-256 \(loaded.ruleSet.sha256))",
            ])
            try CommandFailure.wrapping { try report.write(to: outFolder) }
            let counts = report.counts
            StandardStreams.writeError("keapnrf impact: \(entries.count) interpretations: \(counts[.unchanged] ?? 0) unchanged, \(counts[.changed] ?? 0) changed, \(counts[.error] ?? 0) not re-run; see \(outFolder.appendingPathComponent("impact.html").path)\n")
            if (counts[.error] ?? 0) > 0 { throw ExitCode(1) }
        }
    }
}
