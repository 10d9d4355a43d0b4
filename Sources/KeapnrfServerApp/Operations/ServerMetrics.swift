import Interpretation
import Prometheus

/// The Prometheus metrics of `GET /metrics`: requests by route and status, request durations by route,
/// alterations by disposition, verification results, and the loaded knowledgebase and rules.
public final class ServerMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private static let durationBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5), .seconds(10),
    ]

    /// Metrics that state the knowledgebase and rules the server serves (`keapnrf_knowledgebase_info`).
    public init(knowledgebaseVersion: String, knowledgebaseSHA256: String, rulesVersion: String, rulesSHA256: String) {
        registry.makeGauge(
            descriptor: Self.name("knowledgebase_info", help: "The knowledgebase and rules served (value 1)."),
            labels: [
                ("knowledgebase_version", knowledgebaseVersion), ("knowledgebase_sha256", knowledgebaseSHA256),
                ("rules_version", rulesVersion), ("rules_sha256", rulesSHA256),
            ]
        ).set(to: 1)
    }

    /// Counts a request while it holds one of the `--max-concurrent` slots (`keapnrf_http_requests_in_flight`).
    func trackInFlight<T>(_ body: () async throws -> T) async rethrows -> T {
        let gauge = registry.makeGauge(descriptor: Self.name("http_requests_in_flight", help: "Requests holding a --max-concurrent slot."))
        gauge.increment()
        defer { gauge.decrement() }
        return try await body()
    }

    func recordRequest(route: String, status: Int, duration: Duration) {
        registry.makeCounter(
            descriptor: Self.name("http_requests_total", help: "HTTP requests by route and status."),
            labels: [("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: Self.name("http_request_duration", unit: "seconds", help: "HTTP request durations by route."),
            labels: [("route", route)], buckets: Self.durationBuckets
        ).record(duration)
    }

    /// Counts the KEAP1 and NFE2L2 alterations of an interpretation by disposition (`interpreted`,
    /// `uninterpretable`, …).
    func recordAlterations(of interpretation: Interpretation) {
        for alteration in interpretation.alterations {
            registry.makeCounter(
                descriptor: Self.name("alterations_total", help: "KEAP1 and NFE2L2 alterations by disposition."),
                labels: [("disposition", alteration.annotated.alteration.disposition.rawValue)]
            ).increment()
        }
    }

    func recordVerification(identical: Bool) {
        registry.makeCounter(
            descriptor: Self.name("verify_results_total", help: "Verification results."),
            labels: [("result", identical ? "identical" : "differs")]
        ).increment()
    }

    /// `keapnrf_<name>[_<unit>]`.
    private static func name(_ name: String, unit: String = "", help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "keapnrf", metricName: name, unitName: unit, helpText: help)
    }

    /// The Prometheus text exposition.
    func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
