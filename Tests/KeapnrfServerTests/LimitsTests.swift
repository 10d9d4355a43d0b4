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
        let app = try await ServerFixture.application(limits: ServerLimits(maxBodyBytes: 1_024, requestTimeout: .seconds(600)))
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
        let app = try await ServerFixture.application(limits: ServerLimits(maxBodyBytes: 1_048_576, requestTimeout: .seconds(600)))
        try await app.test(.live) { client in
            let connection = try RawConnection(port: try #require(client.port))
            // Ten megabytes are announced and none is sent: the answer cannot have waited for them.
            try connection.send(RawConnection.head("POST", "/v1/interpretations", contentLength: 10_485_760, token: Self.token))
            let response = await connection.readToEnd()
            #expect(response.hasPrefix("HTTP/1.1 413 "))
            #expect(response.contains("application/problem+json"))
        }
    }

    /// A streamed body (chunked, no declared length) is refused as soon as it passes the limit: in its first
    /// part, or in a later one, the parts arriving apart.
    @Test(arguments: [[2_048], [800, 800]])
    func streamedBodyOverTheLimitGets413(chunks: [Int]) async throws {
        let app = try await ServerFixture.application(limits: ServerLimits(maxBodyBytes: 1_024, requestTimeout: .seconds(600)))
        try await app.test(.live) { client in
            let connection = try RawConnection(port: try #require(client.port))
            try connection.send(RawConnection.chunkedHead("POST", "/v1/interpretations", token: Self.token))
            for size in chunks {
                try connection.send(Data(String(size, radix: 16).utf8) + Data("\r\n".utf8) + Data(repeating: 0x20, count: size) + Data("\r\n".utf8))
                try await Task.sleep(for: .milliseconds(50))
            }
            try? connection.send(Data("0\r\n\r\n".utf8))
            let response = await connection.readToEnd()
            #expect(response.hasPrefix("HTTP/1.1 413 "))
            #expect(response.contains("application/problem+json"))
        }
    }

    @Test func clientOverItsRateGets429() async throws {
        // The rate's clock is stopped, so the bucket cannot refill between the requests however slow they are.
        let stopped = ContinuousClock.now
        let app = try await ServerFixture.application(
            limits: ServerLimits(requestTimeout: .seconds(600), requestsPerMinutePerClient: 1), rateClock: { stopped })
        try await app.test(.router) { client in
            // One request a minute: the first is admitted, the second waits for the bucket to refill.
            try await client.execute(uri: "/metrics", method: .get, headers: ServerFixture.bearer(Self.token)) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/metrics", method: .get, headers: ServerFixture.bearer(Self.token)) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "60")
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

    /// GET /metrics on its own connection: the status line and body.
    private static func metrics(port: Int) async throws -> String {
        let connection = try RawConnection(port: port)
        try connection.send(RawConnection.head("GET", "/metrics", contentLength: 0, token: token))
        return await connection.readToEnd()
    }

    /// Polls GET /metrics (which needs no slot) until `count` requests hold a slot.
    private static func waitForInFlight(_ count: Int, port: Int) async throws -> Bool {
        for _ in 0..<240 {
            let text = try await metrics(port: port)
            // A gauge is written as a floating-point number.
            if text.contains("keapnrf_http_requests_in_flight \(count)\n") || text.contains("keapnrf_http_requests_in_flight \(count).0\n") {
                return true
            }
            try await Task.sleep(for: .milliseconds(250))
        }
        return false
    }

    @Test func requestsOverTheConcurrencyLimitGet503() async throws {
        let app = try await ServerFixture.application(limits: ServerLimits(requestTimeout: .seconds(600), maxConcurrent: 1))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let body = try Self.reportBody()
            let first = try RawConnection(port: port)
            try first.send(RawConnection.head("POST", "/v1/interpretations", contentLength: body.count, token: Self.token))
            try first.send(body.prefix(10))
            #expect(try await Self.waitForInFlight(1, port: port))
            let second = try RawConnection(port: port)
            try second.send(RawConnection.head("POST", "/v1/interpretations", contentLength: body.count, token: Self.token) + body)
            let refused = await second.readToEnd()
            #expect(refused.hasPrefix("HTTP/1.1 503 "))
            #expect(refused.contains("urn:keapnrf:problem:busy"))
            #expect(refused.lowercased().contains("retry-after: 1\r\n"))
            try first.send(body.dropFirst(10))
            let answer = await first.readToEnd()
            #expect(answer.hasPrefix("HTTP/1.1 200 "))
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
            #expect(try await Self.waitForInFlight(1, port: port))
            await group.triggerGracefulShutdown()
            try await Task.sleep(for: .milliseconds(200))
            try connection.send(body.dropFirst(body.count / 2))
            let response = await connection.readToEnd()
            #expect(response.hasPrefix("HTTP/1.1 200 "))
            #expect(response.hasSuffix(expected))
            try await tasks.waitForAll()
        }
        // In-flight work is cut short after 20 s and cancelled within 3 s more: the process exits within 25 s.
        #expect(ServerApplication.maximumGracefulShutdown + ServerApplication.maximumCancellation < .seconds(25))
    }
}
