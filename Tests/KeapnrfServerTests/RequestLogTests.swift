import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
import TestSupport

/// The request log: one line per request with its id, client, route, status, duration, input and knowledgebase
/// SHA-256, and nothing of the report, its identifiers or the query string.
@Suite struct RequestLogTests {
    @Test func oneLinePerRequestWithoutContentOrQuery() async throws {
        let recorder = LogRecorder()
        var logger = Logger(label: "keapnrf-server-test") { _ in RecordingLogHandler(recorder: recorder) }
        logger.logLevel = .info
        let app = try await ServerFixture.application(logger: logger)
        let report = try Data(contentsOf: RepositoryFiles.example("lusc-nfe2l2-e79k.json"))
        let reportText = String(decoding: report, as: UTF8.self)
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/v1/interpretations?tumorType=LUSC", method: .post, headers: ServerFixture.bearer(ServerFixture.allScopesToken),
                body: ByteBuffer(data: report)
            ) { response in
                #expect(response.status == .ok)
            }
        }
        let lines = recorder.events
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.message == "request")
        #expect(line.metadata["route"] == "/v1/interpretations")
        #expect(line.metadata["method"] == "POST")
        #expect(line.metadata["status"] == "200")
        #expect(line.metadata["client"] != nil)
        #expect(line.metadata["request_id"]?.isEmpty == false)
        // The input's SHA-256, computed here independently of the server.
        #expect(line.metadata["input_sha256"] == SHA256.hash(data: report).map { String(format: "%02x", $0) }.joined())
        #expect(line.metadata["knowledgebase_sha256"] == ServerFixture.resources.knowledgebase.sha256)
        // Milliseconds with three decimals.
        #expect(line.metadata["duration_ms"]?.wholeMatch(of: /[0-9]+\.[0-9]{3}/) != nil)
        // Nothing of the report (its sample and patient fields), nor the query string.
        let logged = line.metadata.values.joined(separator: " ") + line.message
        #expect(!logged.contains("LUSC"))
        #expect(!logged.contains("tumorType"))
        for value in line.metadata.values where value.count > 3 {
            #expect(!reportText.contains(value) || value == "POST" || value == "request")
        }
    }
}

/// The events a ``RecordingLogHandler`` saw: each message and its metadata (with the logger's), as text.
private final class LogRecorder: Sendable {
    struct Event: Sendable {
        var message: String
        var metadata: [String: String]
    }

    private let recorded = Mutex<[Event]>([])
    var events: [Event] { recorded.withLock { $0 } }

    func append(_ event: Event) {
        recorded.withLock { $0.append(event) }
    }
}

/// A log handler that hands every event to a ``LogRecorder``.
private struct RecordingLogHandler: LogHandler {
    let recorder: LogRecorder
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        recorder.append(.init(message: event.message.description, metadata: merged.mapValues(\.description)))
    }
}
