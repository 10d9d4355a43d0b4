import Annotator
import ArgumentParser
import Foundation

/// `keapnrf verify INTERPRETATION REPORT`: re-runs the annotation with the knowledgebase and rules named in
/// the interpretation's provenance and reports whether the result is identical.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-run an interpretation with the knowledgebase and rules it names and compare.",
        discussion: """
            The knowledgebase and rules are found by the SHA-256 in the interpretation's provenance: in --kb and \
            --rules (or the default folders), then in any folder below --kb-archive holding a manifest.json or a \
            ruleset.yaml (e.g. archive/<sha>/knowledgebase). The tumour type given with --tumor-type is taken from \
            the interpretation; reviewer overrides must be given again with --overrides (their SHA-256 must match).
            Prints `identical` (exit 0), or `differs` and the JSON locations that differ (exit 1). Exit 1 also when \
            the named knowledgebase or rules cannot be found.
            """
    )

    @Argument(help: "The interpretation JSON written by `keapnrf annotate`.")
    var interpretation: String

    @Argument(help: "The report the interpretation was made from.")
    var report: String

    @Option(name: .customLong("kb-archive"), help: "A folder of past knowledgebase and rules versions to search by SHA-256.")
    var archive: String?

    @Option(name: .customLong("overrides"), help: "The reviewer overrides file the interpretation was made with.")
    var overrides: String?

    @OptionGroup var resources: ResourceOptions

    func run() throws {
        try reportingFailures {
            let verifier = InterpretationVerifier(archive: ResourceArchive(
                knowledgebaseFolders: [resources.knowledgebaseDirectory], rulesFolders: [resources.rulesDirectory],
                archive: archive.map { URL(fileURLWithPath: $0) }))
            let stored = try InputFile.read(interpretation)
            let reportData = try InputFile.read(report)
            let reviewed = try overrides.map { (try InputFile.read($0), URL(fileURLWithPath: $0).lastPathComponent) }
            let result = try CommandFailure.wrapping {
                try verifier.verify(
                    interpretation: stored, interpretationName: interpretation,
                    report: reportData, reportName: URL(fileURLWithPath: report).lastPathComponent, overrides: reviewed)
            }
            guard result.isIdentical else {
                let lines = ["differs: \(result.differences.count) field(s)"] + result.differences
                try StandardStreams.writeLines(lines)
                throw ExitCode(1)
            }
            try StandardStreams.writeOutput("identical\n")
        }
    }
}
