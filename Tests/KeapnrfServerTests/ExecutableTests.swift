import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KeapnrfServerApp
import Testing
import TestSupport

/// The executables: `keapnrf-server` refuses to start without credentials, and `keapnrf` does not carry the
/// server stack.
@Suite struct ExecutableTests {
    private var server: URL? {
        Fixtures.executable.map { $0.deletingLastPathComponent().appendingPathComponent("keapnrf-server") }
    }

    @Test func serverWithoutCredentialsRefusesToStart() throws {
        let server = try #require(server)
        let result = try Fixtures.run(server, ["--port", "0"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("no credentials: give --tokens and/or --jwks, or --allow-anonymous-loopback on a loopback --host"))
    }

    @Test func anonymousServerListensOnLoopbackOnly() throws {
        let server = try #require(server)
        let result = try Fixtures.run(server, ["--allow-anonymous-loopback", "--host", "0.0.0.0", "--port", "0"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--allow-anonymous-loopback listens on loopback only (127.0.0.1, ::1 or localhost), not '0.0.0.0'"))
    }

    @Test func commandLineDoesNotLinkTheServerStack() throws {
        let cli = try #require(Fixtures.executable)
        let binary = try Data(contentsOf: cli)
        for module in ["Hummingbird", "JWTKit", "Prometheus", "NIOPosix"] {
            #expect(binary.range(of: Data(module.utf8)) == nil, "keapnrf contains \(module)")
        }
    }

    @Test func anonymousLoopbackServerServesWithoutAHeader() async throws {
        var setup = try await ServerFixture.setup()
        setup.authenticator = Authenticator(tokens: nil, jwt: nil)
        let app = ServerApplication.make(setup, host: "127.0.0.1", port: 0, logger: ServerFixture.logger)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/digest", method: .post, body: ByteBuffer(string: "[]")) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
