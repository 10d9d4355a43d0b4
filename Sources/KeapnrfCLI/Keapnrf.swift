import ArgumentParser
import Foundation

/// The `keapnrf` command: annotate KEAP1 and NFE2L2 (NRF2) alterations in a cancer gene-panel report.
@main
struct Keapnrf: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keapnrf",
        abstract: "Annotate KEAP1 and NFE2L2 (NRF2) alterations in a cancer gene-panel report.",
        discussion: """
            Exit status: 0 on success; 1 when the input, knowledgebase or rules are invalid (one line on \
            standard error names the file, the location, the field and what was expected); 64 on usage errors.
            The interpretation supports, and does not replace, expert review.
            """,
        version: "0.1.0",
        subcommands: [
            AnnotateCommand.self, BatchCommand.self, ImpactCommand.self, LookupCommand.self, RulesCommand.self, KnowledgebaseCommand.self, CohortCommand.self,
            DigestCommand.self, VerifyCommand.self,
        ]
    )

    static func main() {
        StandardStreams.reportWriteFailuresInsteadOfSignals()
        main(nil)
    }

    /// Without a subcommand there is nothing to do: a usage error (exit status 64), not success.
    func run() throws {
        throw ValidationError("a subcommand is required: annotate, batch, impact, lookup, rules, kb, cohort, digest or verify")
    }
}
