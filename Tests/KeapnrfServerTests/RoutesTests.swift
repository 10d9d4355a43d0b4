import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KeapnrfServerApp
import Logging
import ServiceLifecycle
import Testing
import TestSupport

/// Every route: what it returns, and the knowledgebase and rules headers on every response.
@Suite struct RoutesTests {
    private var token: HTTPFields { ServerFixture.bearer(ServerFixture.allScopesToken) }
    private var knowledgebaseSHA256: String { ServerFixture.resources.knowledgebase.sha256 }
    private var rulesSHA256: String { ServerFixture.resources.ruleSet.sha256 }

    @Test func healthNeedsNoCredentials() async throws {
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == #"{"status":"ok"}"#)
                #expect(response.headers[HTTPField.Name("Keapnrf-Knowledgebase-SHA256")!] == knowledgebaseSHA256)
                #expect(response.headers[HTTPField.Name("Keapnrf-Rules-SHA256")!] == rulesSHA256)
            }
        }
    }

    @Test func readinessNamesTheKnowledgebaseAndRules() async throws {
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .ok)
                let document = try response.json()
                #expect((document["knowledgebase"] as? [String: Any])?["sha256"] as? String == knowledgebaseSHA256)
                #expect((document["knowledgebase"] as? [String: Any])?["version"] as? String == ServerFixture.resources.knowledgebase.version)
                #expect((document["rules"] as? [String: Any])?["sha256"] as? String == rulesSHA256)
            }
        }
    }

    @Test func readinessIs503OnceShutdownStarts() async throws {
        let readiness = Readiness()
        let group = ServiceGroup(services: [readiness], logger: ServerFixture.logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        #expect(!readiness.isReady)
        let app = try await ServerFixture.application(readiness: readiness)
        try await app.test(.router) { client in
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test func infoStatesVersionsFormatsAndLimits() async throws {
        let limits = ServerLimits(maxBodyBytes: 3 * 1_048_576, requestTimeout: .milliseconds(2_500), maxConcurrent: 7, requestsPerMinutePerClient: 11)
        let app = try await ServerFixture.application(limits: limits)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/info", method: .get) { response in
                let info = try response.json()
                #expect((info["tool"] as? [String: Any])?["name"] as? String == "keapnrf")
                #expect((info["contract"] as? [String: Any])?["version"] as? String == "1.0.0")
                #expect((info["rules"] as? [String: Any])?["version"] as? String == ServerFixture.resources.ruleSet.version)
                let formats = info["formats"] as? [String: Any]
                #expect(formats?["input"] as? [String] == ["keapnrf-json", "f1cdx-xml", "fhir-json", "fhir-xml", "vcf", "maf"])
                #expect(formats?["output"] as? [String] == ["json", "html", "markdown", "fhir"])
                let served = info["limits"] as? [String: Any]
                #expect(served?["maxBodyBytes"] as? Int == 3_145_728)
                #expect(served?["requestTimeoutSeconds"] as? Double == 2.5)
                #expect(served?["maxConcurrent"] as? Int == 7)
                #expect(served?["requestsPerMinutePerClient"] as? Int == 11)
            }
        }
    }

    @Test func contractIsTheRepositoryDocument() async throws {
        let repository = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/yaml")
                #expect(response.text == repository)
            }
        }
    }

    @Test func lookupEqualsTheCommandLine() async throws {
        let cli = try Fixtures.runKeapnrf(["lookup", "KEAP1", "p.G333C", "--tumor-type", "LUAD"])
        #expect(cli.status == 0)
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/v1/lookup", method: .post, headers: token, body: ByteBuffer(string: #"{"gene":"KEAP1","variant":"p.G333C","tumorType":"LUAD"}"#)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.text == cli.standardOutput)
                #expect(response.headers[.eTag]?.hasPrefix("\"sha256:") == true)
            }
            try await client.execute(uri: "/v1/lookup", method: .post, headers: token, body: ByteBuffer(string: #"{"gene":"KEAP1","variant":"p.G333C","extra":1}"#)) { response in
                #expect(response.status == .badRequest)
                let detail = try response.json()["detail"] as? String
                #expect(detail == "request body: $: unknown field 'extra'")
            }
            // The contract allows no other member, not even one set to null or with an empty name (schemathesis
            // found `"": null` accepted with 200).
            for (body, field) in [(#"{"gene":"KEAP1","variant":"p.G333C","": null}"#, ""), (#"{"gene":"KEAP1","variant":"p.G333C","note":null}"#, "note")] {
                try await client.execute(uri: "/v1/lookup", method: .post, headers: token, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest)
                    let detail = try response.json()["detail"] as? String
                    #expect(detail == "request body: $: unknown field '\(field)'")
                }
            }
        }
    }

    @Test func digestEqualsTheCommandLine() async throws {
        let document = #"{"b": [1.0, 2e3, "\u00e9"], "a": {"z": null, "y": true}}"#
        let cli = try Fixtures.withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("any.json")
            try Data(document.utf8).write(to: file)
            return try Fixtures.runKeapnrf(["digest", file.path])
        }
        #expect(cli.status == 0)
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/digest", method: .post, headers: token, body: ByteBuffer(string: document)) { response in
                #expect(response.status == .ok)
                #expect(response.text == #"{"sha256":"\#(cli.standardOutput.trimmingCharacters(in: .newlines))"}"#)
            }
            try await client.execute(uri: "/v1/digest", method: .post, headers: token, body: ByteBuffer(string: "{")) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
    }

    @Test func verifyFindsIdenticalAndDiffering() async throws {
        let reportURL = RepositoryFiles.example("luad-keap1-g333c-stk11-kras.json")
        let report = try Data(contentsOf: reportURL)
        let stored = try Fixtures.runKeapnrf(["annotate", reportURL.path]).standardOutput
        let changed = stored.replacingOccurrences(of: "\"Likely Oncogenic\"", with: "\"Oncogenic\"")
        #expect(changed != stored, "the example's interpretation names a Likely Oncogenic alteration")
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            for (interpretation, result) in [(stored, "identical"), (changed, "differs")] {
                let body = #"{"interpretation":\#(interpretation),"report":"\#(report.base64EncodedString())"}"#
                try await client.execute(uri: "/v1/verify", method: .post, headers: token, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .ok)
                    let document = try response.json()
                    #expect(document["result"] as? String == result)
                    #expect(((document["differences"] as? [String])?.isEmpty ?? false) == (result == "identical"))
                }
            }
        }
    }

    @Test func metricsCountRequestsAlterationsAndVerifications() async throws {
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/v1/interpretations", method: .post, headers: token,
                body: ByteBuffer(bytes: try Data(contentsOf: RepositoryFiles.example("lusc-nfe2l2-e79k.json"))))
            try await client.execute(uri: "/healthz", method: .get)
            // The same route and status twice, and the route with another status: counted in their own series.
            for headers in [token, token, HTTPFields()] {
                try await client.execute(uri: "/v1/digest", method: .post, headers: headers, body: ByteBuffer(string: "{}"))
            }
            try await client.execute(uri: "/metrics", method: .get, headers: token) { response in
                #expect(response.status == .ok)
                let text = response.text
                #expect(text.contains(#"keapnrf_http_requests_total{route="/v1/interpretations",status="200"} 1"#))
                #expect(text.contains(#"keapnrf_http_requests_total{route="/healthz",status="200"} 1"#))
                #expect(text.contains(#"keapnrf_http_requests_total{route="/v1/digest",status="200"} 2"#))
                #expect(text.contains(#"keapnrf_http_requests_total{route="/v1/digest",status="401"} 1"#))
                #expect(text.contains("keapnrf_http_request_duration_seconds_bucket{route=\"/v1/interpretations\""))
                #expect(text.contains(#"keapnrf_alterations_total{disposition="interpreted"} 1"#))
                // The interpretation and the two authorised digests ran on the compute pool; the refused one did not.
                #expect(text.contains("keapnrf_compute_wait_seconds_count 3"))
                #expect(text.contains("keapnrf_compute_seconds_count 3"))
                #expect(text.contains("keapnrf_knowledgebase_info{knowledgebase_version=\"\(ServerFixture.resources.knowledgebase.version)\""))
            }
        }
    }

    @Test func queryOutsideTheContractGets400() async throws {
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            for query in ["output=pdf", "lang=fr", "build=hg19", "format=xml", "colour=red", "output=json&output=html", "tumorType="] {
                try await client.execute(uri: "/v1/interpretations?\(query)", method: .post, headers: token, body: ByteBuffer(string: "{}")) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    #expect(response.headers[.contentType] == "application/problem+json")
                }
            }
        }
    }

    @Test func unknownPathIsAProblemDocument() async throws {
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/v2/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }
}

/// Another method on a path of the contract is 405 with `Allow`.
@Suite struct MethodTests {
    @Test(arguments: [("/healthz", "GET"), ("/metrics", "GET"), ("/v1/openapi.yaml", "GET"), ("/v1/interpretations", "POST"), ("/v1/verify", "POST")])
    func otherMethodGets405(path: String, allowed: String) async throws {
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(uri: path, method: allowed == "GET" ? .delete : .put) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == allowed)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }
}
