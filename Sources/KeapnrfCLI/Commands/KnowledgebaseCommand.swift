import Annotator
import ArgumentParser
import Foundation

/// `keapnrf kb …`: knowledgebase information and comparison.
struct KnowledgebaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Describe or compare knowledgebases.",
        subcommands: [InfoCommand.self, DiffCommand.self]
    )

    /// `keapnrf kb info`.
    struct InfoCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "info", abstract: "Version, hashes, counts and sources of the knowledgebase and rules.")

        @OptionGroup var resources: ResourceOptions

        func run() throws {
            try reportingFailures {
                try StandardStreams.writeLines(KnowledgebaseSummary(resources: try resources.load()).lines)
            }
        }
    }

    /// `keapnrf kb diff OLD NEW`.
    struct DiffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Facts added, removed and changed between two knowledgebases, and which rule-test interpretations would change.",
            discussion: """
                The new knowledgebase is loaded with --rules, the old one with --old-rules (default: the same rules). The \
                cases in the new rules folder's tests/ and every --report are interpreted with both, and the statements \
                each gains, loses or rewords are listed.
                """
        )

        @Argument(help: "The old knowledgebase folder.") var old: String
        @Argument(help: "The new knowledgebase folder.") var new: String
        @Option(name: .customLong("rules"), help: "Rules folder (default: ./rules, or $KEAPNRF_RULES).") var rules: String?
        @Option(name: .customLong("old-rules"), help: "Rules folder for the old knowledgebase (default: --rules).") var oldRules: String?
        @Option(name: .customLong("report"), help: "A report to interpret with both (repeatable).") var reports: [String] = []

        func run() throws {
            try reportingFailures {
                let resourceOptions = try ResourceOptions.parse(rules.map { ["--rules", $0] } ?? [])
                let rulesDirectory = resourceOptions.rulesDirectory
                let oldRulesDirectory = oldRules.map { URL(fileURLWithPath: $0) } ?? rulesDirectory
                let oldResources = try ResourceOptions.load(knowledgebase: URL(fileURLWithPath: old), rules: oldRulesDirectory)
                let newResources = try ResourceOptions.load(knowledgebase: URL(fileURLWithPath: new), rules: rulesDirectory)
                let cases = try CommandFailure.wrapping {
                    try RuleTestRunner.loadCases(from: rulesDirectory.appendingPathComponent("tests")).flatMap(\.cases)
                }
                let reportData = try reports.map { path -> (name: String, data: Data) in
                    guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read report \(path)") }
                    return (URL(fileURLWithPath: path).lastPathComponent, data)
                }
                let diff = KnowledgebaseDiff.compare(old: oldResources, new: newResources, cases: cases, reports: reportData)
                try StandardStreams.writeLines(
                    ["knowledgebase \(diff.oldVersion) -> \(diff.newVersion): \(diff.changes.count) fact(s) differ"]
                        + diff.changes.map { "  \($0)" }
                        + ["interpretations of the \(cases.count) rule-test case(s) that would change: \(diff.changedInterpretations.count)"]
                        + diff.changedInterpretations.map { name, fields in "  \(name): " + fields.joined(separator: ", ") }
                        + ["statements added (+), removed (-) or reworded (~), by case and report: \(diff.statementChanges.count)"]
                        + diff.statementChanges.flatMap { name, lines in ["  \(name):"] + lines.map { "    \($0)" } })
            }
        }
    }
}
