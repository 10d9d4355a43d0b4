import ArgumentParser
import Foundation
import Interpretation

/// `keapnrf digest FILE`: the SHA-256 of an interpretation JSON's RFC 8785 canonical form, for signing.
struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Print the SHA-256 of the RFC 8785 (JCS) canonical form of a JSON file.",
        discussion: """
            The file is parsed as JSON and written in the JSON Canonicalization Scheme (RFC 8785: members sorted \
            by UTF-16 code units, no whitespace, ECMAScript number formatting, minimal string escaping); the \
            digest is the SHA-256 of that text's UTF-8 bytes, in lower-case hexadecimal. Whitespace and member \
            order do not change it; any change of a value does.
            """
    )

    @Argument(help: "The interpretation JSON (or any JSON file).")
    var file: String

    @Flag(name: .customLong("canonical"), help: "Print the canonical text instead of its digest.")
    var canonical = false

    func run() throws {
        try reportingFailures {
            let data = try InputFile.read(file)
            do {
                let output = canonical
                    ? try InterpretationDigest.canonicalText(ofJSON: Array(data))
                    : try InterpretationDigest.sha256(ofJSON: Array(data)) + "\n"
                try StandardStreams.writeOutput(output)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure("\(file): \(error)")
            }
        }
    }
}
