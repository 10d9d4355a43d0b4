import Annotator
import ArgumentParser
import Foundation
import KeapnrfServerApp
import Logging

/// `keapnrf-server`: loads the knowledgebase and rules once and serves the contract of `openapi.yaml`.
@main
struct KeapnrfServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keapnrf-server",
        abstract: "Serve keapnrf interpretations over HTTP for report-signing systems.",
        discussion: """
            Clients authenticate with `Authorization: Bearer`: static tokens from --tokens and/or JWT access tokens \
            checked against --jwks, --issuer and --audience. Without either the server refuses to start, unless \
            --allow-anonymous-loopback is given and --host is a loopback address. One JSON line per request goes to \
            standard output. SIGTERM or SIGINT lets in-flight requests finish; the process exits within 25 s.
            """
    )

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 for any free port).") var port = 8080
    @Option(help: "Static tokens file (YAML: client, sha256, scopes, expires).") var tokens: String?
    @Option(help: "JWKS file of the keys that sign JWT access tokens.") var jwks: String?
    @Option(help: "An accepted JWT issuer (repeatable).") var issuer: [String] = []
    @Option(help: "The audience JWT access tokens must name.") var audience: String?
    @Option(help: "Knowledgebase folder (default: ./knowledgebase, or $KEAPNRF_KB).") var kb: String?
    @Option(help: "Rules folder (default: ./rules, or $KEAPNRF_RULES).") var rules: String?
    @Option(name: .customLong("kb-archive"), help: "A folder of past knowledgebase and rules versions for verify.") var kbArchive: String?
    @Option(name: .customLong("max-body-mb"), help: "The largest request body, in megabytes.") var maxBodyMegabytes = 8
    @Option(name: .customLong("request-timeout-s"), help: "The longest a request may take, in seconds.") var requestTimeoutSeconds = 10.0
    @Option(name: .customLong("max-concurrent"), help: "Requests handled at once.") var maxConcurrent = 64
    @Option(name: .customLong("rate-per-client"), help: "Requests per minute each client may send (all at once if it likes).") var ratePerClient = 6_000
    @Flag(name: .customLong("allow-anonymous-loopback"), help: "Without credentials, serve every caller on a loopback address.")
    var allowAnonymousLoopback = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port)") }
        guard (1...1_024).contains(maxBodyMegabytes) else { throw ValidationError("--max-body-mb must be between 1 and 1024, not \(maxBodyMegabytes)") }
        guard requestTimeoutSeconds > 0, requestTimeoutSeconds <= 600 else {
            throw ValidationError("--request-timeout-s must be above 0 and at most 600, not \(requestTimeoutSeconds)")
        }
        guard maxConcurrent >= 1 else { throw ValidationError("--max-concurrent must be at least 1, not \(maxConcurrent)") }
        guard ratePerClient >= 1 else { throw ValidationError("--rate-per-client must be at least 1, not \(ratePerClient)") }
        if jwks != nil, issuer.isEmpty || audience == nil {
            throw ValidationError("--jwks needs at least one --issuer and an --audience")
        }
        if tokens == nil, jwks == nil {
            guard allowAnonymousLoopback else {
                throw ValidationError("no credentials: give --tokens and/or --jwks, or --allow-anonymous-loopback on a loopback --host")
            }
            guard ["127.0.0.1", "::1", "localhost"].contains(host) else {
                throw ValidationError("--allow-anonymous-loopback listens on loopback only (127.0.0.1, ::1 or localhost), not '\(host)'")
            }
        }
    }

    /// The process's settings (``ServerProcess/configure()``) before anything runs, then the command.
    static func main() async {
        ServerProcess.configure()
        await main(nil)
    }

    func run() async throws {
        LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
        let logger = Logger(label: "keapnrf-server")
        let setup: ServerSetup
        do {
            setup = try await makeSetup()
        } catch {
            FileHandle.standardError.write(Data("keapnrf-server: error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let application = ServerApplication.make(setup, host: host, port: port, logger: logger)
        try await ServerApplication.serviceGroup(running: application, logger: logger).run()
    }

    private func makeSetup() async throws -> ServerSetup {
        guard !Contract.text.isEmpty else { throw ServerStartFailure("the bundled openapi.yaml was not found beside the executable") }
        let knowledgebase = folder(kb, environment: "KEAPNRF_KB", default: "knowledgebase")
        let rulesFolder = folder(rules, environment: "KEAPNRF_RULES", default: "rules")
        let resources = try AnnotationResources.load(knowledgebase: knowledgebase, rules: rulesFolder)
        let staticTokens = try tokens.map { path in try StaticTokens.load(try read(path), file: path) }
        var validator: JWTValidator?
        if let jwks, let audience {
            validator = try await JWTValidator.load(jwks: try read(jwks), file: jwks, issuers: Set(issuer), audience: audience)
        }
        return ServerSetup(
            resources: resources,
            archive: ResourceArchive(
                knowledgebaseFolders: [knowledgebase], rulesFolders: [rulesFolder], archive: kbArchive.map { URL(fileURLWithPath: $0) }),
            authenticator: Authenticator(tokens: staticTokens, jwt: validator),
            limits: ServerLimits(
                maxBodyBytes: maxBodyMegabytes * 1_048_576, requestTimeout: .milliseconds(Int(requestTimeoutSeconds * 1_000)),
                maxConcurrent: maxConcurrent, requestsPerMinutePerClient: ratePerClient))
    }

    private func folder(_ given: String?, environment: String, default name: String) -> URL {
        if let given { return URL(fileURLWithPath: given) }
        if let value = ProcessInfo.processInfo.environment[environment], !value.isEmpty { return URL(fileURLWithPath: value) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(name)
    }

    private func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ServerStartFailure("\(path): cannot read the file")
        }
    }
}

/// A start-up failure, printed as one line.
struct ServerStartFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
