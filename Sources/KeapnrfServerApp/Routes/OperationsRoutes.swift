import Annotator
import Hummingbird
import Interpretation
import ReportReaders

/// `GET /healthz`, `/readyz`, `/v1/info`, `/v1/openapi.yaml` and `/metrics`.
struct OperationsRoutes: Sendable {
    let setup: ServerSetup
    let readiness: Readiness
    let metrics: ServerMetrics
    let access: Access

    func register(on router: Router<ServerRequestContext>) {
        router.get(ContractRoute.health.path) { _, _ in Responses.json(["status": "ok"]) }
        router.get(ContractRoute.ready.path) { _, _ in
            guard readiness.isReady else {
                throw Problem.unavailable("the server is shutting down", kind: "draining", retryAfterSeconds: 5)
            }
            return Responses.json(ReadyDocument(status: "ready", knowledgebase: knowledgebase, rules: rules))
        }
        router.get(ContractRoute.info.path) { _, _ in Responses.json(info) }
        router.get(ContractRoute.contract.path) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml"], body: .init(byteBuffer: ByteBuffer(string: Contract.text)))
        }
        router.get(ContractRoute.metrics.path) { request, context in
            try await access.run(request, context, scope: .metrics) {
                Response(
                    status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(bytes: metrics.exposition())))
            }
        }
    }

    private var knowledgebase: VersionedResource {
        VersionedResource(name: nil, version: setup.resources.knowledgebase.version, sha256: setup.resources.knowledgebase.sha256)
    }

    private var rules: VersionedResource {
        VersionedResource(name: setup.resources.ruleSet.name, version: setup.resources.ruleSet.version, sha256: setup.resources.ruleSet.sha256)
    }

    private var info: InfoDocument {
        InfoDocument(
            tool: .init(name: ToolVersion.name, version: ToolVersion.current), contract: .init(version: Contract.version),
            knowledgebase: knowledgebase, rules: rules,
            formats: .init(input: ReportFormat.allCases.map(\.rawValue), output: OutputFormat.allCases.map(\.rawValue), languages: ["en", "ja"]),
            limits: .init(
                maxBodyBytes: setup.limits.maxBodyBytes,
                requestTimeoutSeconds: Double(setup.limits.requestTimeout.components.seconds)
                    + Double(setup.limits.requestTimeout.components.attoseconds) / 1e18,
                maxConcurrent: setup.limits.maxConcurrent, requestsPerMinutePerClient: setup.limits.requestsPerMinutePerClient))
    }
}

/// A knowledgebase or rule set: version and SHA-256 (and the rule set's name).
struct VersionedResource: Encodable {
    var name: String?
    var version: String
    var sha256: String
}

/// `GET /readyz`.
struct ReadyDocument: Encodable {
    var status: String
    var knowledgebase: VersionedResource
    var rules: VersionedResource
}

/// `GET /v1/info`.
struct InfoDocument: Encodable {
    struct Tool: Encodable {
        var name: String
        var version: String
    }

    struct ContractVersion: Encodable {
        var version: String
    }

    struct Formats: Encodable {
        var input: [String]
        var output: [String]
        var languages: [String]
    }

    struct Limits: Encodable {
        var maxBodyBytes: Int
        var requestTimeoutSeconds: Double
        var maxConcurrent: Int
        var requestsPerMinutePerClient: Int
    }

    var tool: Tool
    var contract: ContractVersion
    var knowledgebase: VersionedResource
    var rules: VersionedResource
    var formats: Formats
    var limits: Limits
}
