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
            func read(_ path: String) throws -> Data {
                guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("\(path): file not found or not readable") }
                return data
            }
            let verifier = InterpretationVerifier(archive: ResourceArchive(
                knowledgebaseFolders: [resources.knowledgebaseDirectory], rulesFolders: [resources.rulesDirectory],
                archive: archive.map { URL(fileURLWithPath: $0) }))
            let result: InterpretationVerifier.Result
            do {
                result = try verifier.verify(
                    interpretation: try read(interpretation), interpretationName: interpretation,
                    report: try read(report), reportName: URL(fileURLWithPath: report).lastPathComponent,
                    overrides: try overrides.map { (try read($0), URL(fileURLWithPath: $0).lastPathComponent) })
            } catch let error as VerificationError {
                throw CommandFailure("\(error)")
            }
            guard result.isIdentical else {
                let lines = ["differs: \(result.differences.count) field(s)"] + result.differences
                FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
                throw ExitCode(1)
            }
            FileHandle.standardOutput.write(Data("identical\n".utf8))
        }
    }
}
