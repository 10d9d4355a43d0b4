import Foundation
import Interpretation
import Knowledgebase
import Testing

/// The canonical form and digest of every example interpretation against an independent implementation:
/// Python's `json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`.
///
/// For these documents that text is the RFC 8785 form: their member names are ASCII (so code-point order is
/// UTF-16 order), their strings hold no control characters Python would escape differently, and their
/// numbers are integers and short decimals (VAF 0.52, TMB 8.8, hazard ratios) that Python's `repr` and
/// ECMAScript write alike (they differ only for exponents, e.g. `1e-07` against `1e-7`, which do not occur).
@Suite("Digest against Python's json.dumps", .enabled(if: PythonOracle.isAvailable, "python3 is not installed"))
struct PythonOracleTests {
    @Test("canonical text and SHA-256 of each example interpretation", arguments: Examples.names)
    func examples(_ name: String) throws {
        let json = InterpretationJSON.text(try Examples.interpretation(name))
        let python = try PythonOracle.canonical(json)
        let ours = try InterpretationDigest.canonicalText(ofJSON: Array(json.utf8))
        #expect(ours == python)
        #expect(try InterpretationDigest.sha256(ofJSON: Array(json.utf8)) == FileDigest.sha256(python))
    }
}

/// Runs python3 to canonicalise JSON text.
enum PythonOracle {
    static let isAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
        || (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/python3") }

    static func canonical(_ json: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import json,sys; sys.stdout.write(json.dumps(json.load(sys.stdin), sort_keys=True, separators=(',', ':'), ensure_ascii=False))"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(json.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SetupFailure("python3 exited with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }
}
