import ArgumentParser
import Foundation

/// A failure reported as one line on standard error with exit status 1 (invalid input, knowledgebase or rules).
struct CommandFailure: Error, CustomStringConvertible {
    let message: String

    init(_ message: String) { self.message = message }

    var description: String { message }

    /// Runs `body`, turning any error it throws into a failure whose message is the error's description.
    static func wrapping<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a ``CommandFailure`` into one line on standard error and exit status 1. Control
    /// characters in the message (which may quote the input) are escaped.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            StandardStreams.writeError("keapnrf: error: " + TerminalText.escapingControlCharacters(failure.message) + "\n")
            throw ExitCode(1)
        }
    }
}
