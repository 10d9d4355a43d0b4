import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KeapnrfServerApp
import ServiceLifecycle
import Testing
import TestSupport

/// 413 before the body is buffered, 429 over the client's rate, 503 past the deadline or the concurrency
/// limit, and graceful shutdown letting a request in flight finish.
@Suite struct LimitsTests {
    private static let token = ServerFixture.allScopesToken

    private static func reportBody() throws -> Data {
        try Data(contentsOf: RepositoryFiles.example("lusc-nfe2l2-e79k.json"))
    }

    @Test func bodyOverTheLimitGets413() async throws {
        let app = try await ServerFixture.application(limits: ServerLimits(maxBodyBytes: 1_024))
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/v1/interpretations", method: .post, headers: ServerFixture.bearer(Self.token),
                body: ByteBuffer(bytes: [UInt8](repeating: 0x20, count: 2_048))
            ) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test func declaredLengthOverTheLimitGets413BeforeTheBodyIsSent() async throws {
        let app = try await ServerFixture.application(limits: ServerLimits(maxBodyBytes: 1_048_576))
        try await app.test(.live) { client in
            let connection = try RawConnection(port: try #require(client.port))
            // Ten megabytes are announced and none is sent: the answer cannot have waited for them.
            try connection.send(RawConnection.head("POST", "/v1/interpretations", contentLength: 10_485_760, token: Self.token))
            let response = await connection.readToEnd()
            #expect(response.hasPrefix("HTTP/1.1 413 "))
            #expect(response.contains("application/problem+json"))
        }
    }

    @Test func clientOverItsRateGets429() async throws {
        let app = try await ServerFixture.application(limits: ServerLimits(requestsPerMinutePerClient: 1))
        try await app.test(.router) { client in
            // One request a minute: the first is admitted, the second waits for the bucket to refill.
            try await client.execute(uri: "/metrics", method: .get, headers: ServerFixture.bearer(Self.token)) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/metrics", method: .get, headers: ServerFixture.bearer(Self.token)) { response in
                #expect(response.status == .tooManyRequests)
                let wait = try #require(response.headers[.retryAfter].flatMap { Int($0) })
                #expect((50...60).contains(wait))
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            // Another client has its own bucket.
            try await client.execute(uri: "/v1/digest", method: .post, headers: ServerFixture.bearer(ServerFixture.interpretOnlyToken), body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func requestPastTheDeadlineGets503() async throws {
        let app = try await ServerFixture.application(limits: ServerLimits(requestTimeout: .milliseconds(300)))
        try await app.test(.live) { client in
            let connection = try RawConnection(port: try #require(client.port))
            let body = try Self.reportBody()
            // Half of the body is sent and the rest never comes.
            try connection.send(RawConnection.head("POST", "/v1/interpretations", contentLength: body.count, token: Self.token))
            try connection.send(body.prefix(body.count / 2))
            let response = await connection.readToEnd()
            #expect(response.hasPrefix("HTTP/1.1 503 "))
            #expect(response.lowercased().contains("retry-after: 1\r\n"))
            #expect(response.contains("urn:keapnrf:problem:timeout"))
        }
    }

    @Test func requestsOverTheConcurrencyLimitGet503() async throws {
        let app = try await ServerFixture.application(limits: ServerLimits(maxConcurrent: 1))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let body = try Self.reportBody()
            let first = try RawConnection(port: port)
            try first.send(RawConnection.head("POST", "/v1/interpretations", contentLength: body.count, token: Self.token))
            try first.send(body.prefix(10))
            try await Task.sleep(for: .milliseconds(300))
            let second = try RawConnection(port: port)
            try second.send(RawConnection.head("POST", "/v1/interpretations", contentLength: body.count, token: Self.token) + body)
            let refused = await second.readToEnd()
            #expect(refused.hasPrefix("HTTP/1.1 503 "))
            #expect(refused.contains("urn:keapnrf:problem:busy"))
            try first.send(body.dropFirst(10))
            #expect(await first.readToEnd().hasPrefix("HTTP/1.1 200 "))
        }
    }

    @Test func gracefulShutdownLetsARequestInFlightFinish() async throws {
        let (ports, listening) = AsyncStream.makeStream(of: Int.self)
        let app = ServerApplication.make(
            try await ServerFixture.setup(), host: "127.0.0.1", port: 0, logger: ServerFixture.logger, onListening: { listening.yield($0) })
        let group = ServerApplication.serviceGroup(running: app, logger: ServerFixture.logger, signals: false)
        let body = try Self.reportBody()
        let expected = try Fixtures.runKeapnrf(["annotate", RepositoryFiles.example("lusc-nfe2l2-e79k.json").path]).standardOutput
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            let connection = try RawConnection(port: port)
            try connection.send(RawConnection.head("POST", "/v1/interpretations", contentLength: body.count, token: Self.token))
            try connection.send(body.prefix(body.count / 2))
            try await Task.sleep(for: .milliseconds(200))
            let start = ContinuousClock.now
            await group.triggerGracefulShutdown()
            try await Task.sleep(for: .milliseconds(200))
            try connection.send(body.dropFirst(body.count / 2))
            let response = await connection.readToEnd()
            #expect(response.hasPrefix("HTTP/1.1 200 "))
            #expect(response.hasSuffix(expected))
            try await tasks.waitForAll()
            #expect(start.duration(to: .now) < .seconds(25))
        }
    }
}
