import Foundation

/// Shared, loaded-once fixtures for tests.
public enum Fixtures {
    /// A temporary folder that is removed when the closure returns.
    public static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keapnrf-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    /// Copies the repository's knowledgebase into `directory/knowledgebase` and returns its URL.
    public static func copyOfKnowledgebase(in directory: URL) throws -> URL {
        let target = directory.appendingPathComponent("knowledgebase")
        try FileManager.default.copyItem(at: RepositoryPaths.knowledgebase, to: target)
        return target
    }

    /// The built `keapnrf` executable, found next to the test bundle or in `.build/debug`.
    public static var executable: URL? {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["KEAPNRF_BIN"] { candidates.append(URL(fileURLWithPath: override)) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("keapnrf"))
            directory.deleteLastPathComponent()
        }
        candidates.append(RepositoryPaths.root.appendingPathComponent(".build/debug/keapnrf"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// The result of running a command.
public struct CommandResult: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String
}

extension Fixtures {
    /// Runs the `keapnrf` executable with arguments, from the repository root.
    /// With `standardOutput` the program writes there (a device node, or a pipe whose reader is gone) and the
    /// result's standard output is empty.
    public static func runKeapnrf(_ arguments: [String], environment: [String: String] = [:], standardOutput: FileHandle? = nil) throws -> CommandResult {
        guard let executable else { throw FixtureError.executableNotBuilt }
        return try run(executable, arguments, environment: environment, standardOutput: standardOutput)
    }

    /// Runs a program with arguments from the repository root and collects both output streams. They are read
    /// at the same time, so that a program that fills one pipe (e.g. a long crash report on standard error)
    /// while the other is being read cannot stall the test.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], standardOutput: FileHandle? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = RepositoryPaths.root
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let output = Pipe(), error = Pipe()
        process.standardOutput = standardOutput ?? output
        process.standardError = error
        try process.run()
        let errorText = StreamText()
        let errorRead = DispatchGroup()
        errorRead.enter()
        DispatchQueue.global().async {
            errorText.data = error.fileHandleForReading.readDataToEndOfFile()
            errorRead.leave()
        }
        if standardOutput != nil { try output.fileHandleForWriting.close() }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        errorRead.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errorText.data, as: UTF8.self))
    }
}

extension Fixtures {
    /// The SHA-256 of some bytes as coreutils' `sha256sum` computes it (an independent check of keapnrf's hashes).
    public static func sha256sum(_ data: Data) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let line = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(line.prefix(64))
    }
}

/// The bytes of one output stream, written by the thread that reads it and read after that thread is done.
private final class StreamText: @unchecked Sendable {
    var data = Data()
}

/// Why a fixture is unavailable.
public enum FixtureError: Error, CustomStringConvertible {
    case executableNotBuilt

    public var description: String { "the keapnrf executable was not found; build it with `swift build` first" }
}
