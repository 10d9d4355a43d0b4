import Annotator
import ArgumentParser
import Foundation
import RulesEngine

/// `keapnrf rules …`: curator tools for the rule set.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check and test the rules.",
        subcommands: [LintCommand.self, TestCommand.self]
    )

    /// `keapnrf rules lint`.
    struct LintCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check the rules: schema, unknown ids, rules that can never fire, contradicting conclusions, unused evidence.",
            discussion: "Exits 1 when there is any error; unused evidence is reported as a warning (--strict makes warnings errors)."
        )

        @OptionGroup var resources: ResourceOptions
        @Flag(help: "Treat warnings as errors.") var strict = false

        func run() throws {
            try reportingFailures {
                let loaded = try resources.load()  // schema errors and unknown ids fail here
                let findings = RuleLinter(ruleSet: loaded.ruleSet, knowledgebase: loaded.knowledgebase).lint()
                let errors = findings.filter { $0.severity == .error || strict }.count
                let summary = "\(loaded.ruleSet.rules.count) rules, \(errors) error(s), \(findings.count - findings.filter { $0.severity == .error }.count) warning(s)"
                try StandardStreams.writeLines(findings.map(\.description) + [summary])
                if errors > 0 { throw ExitCode(1) }
            }
        }
    }

    /// `keapnrf rules test`.
    struct TestCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run the curator-written cases in rules/tests/*.yaml.",
            discussion: "Exits 1 when any case fails."
        )

        @OptionGroup var resources: ResourceOptions
        @Option(help: "Folder of test cases (default: the rules folder's tests/).") var cases: String?

        func run() throws {
            try reportingFailures {
                let loaded = try resources.load()
                let folder = cases.map { URL(fileURLWithPath: $0) } ?? resources.rulesDirectory.appendingPathComponent("tests")
                let files = try CommandFailure.wrapping { try RuleTestRunner.loadCases(from: folder) }
                let runner = RuleTestRunner(annotator: Annotator(resources: loaded))
                var failed = 0, total = 0
                var lines: [String] = []
                for (file, cases) in files {
                    for testCase in cases {
                        total += 1
                        let result = runner.run(testCase, file: file)
                        if result.passed {
                            lines.append("PASS \(file): \(testCase.name)")
                        } else {
                            failed += 1
                            lines.append("FAIL \(file): \(testCase.name)")
                            lines += result.failures.map { "     - \($0)" }
                        }
                    }
                }
                try StandardStreams.writeLines(lines + ["\(total) case(s), \(failed) failed"])
                if failed > 0 { throw ExitCode(1) }
            }
        }
    }
}
