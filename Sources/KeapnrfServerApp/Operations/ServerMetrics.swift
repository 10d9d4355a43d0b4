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
            descriptor: .init(metricName: "keapnrf_knowledgebase_info", helpText: "The knowledgebase and rules served (value 1)."),
            labels: [
                ("knowledgebase_version", knowledgebaseVersion), ("knowledgebase_sha256", knowledgebaseSHA256),
                ("rules_version", rulesVersion), ("rules_sha256", rulesSHA256),
            ]
        ).set(to: 1)
    }

    func recordRequest(route: String, status: Int, duration: Duration) {
        registry.makeCounter(
            descriptor: .init(metricName: "keapnrf_http_requests_total", helpText: "HTTP requests by route and status."),
            labels: [("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: .init(metricName: "keapnrf_http_request_duration_seconds", helpText: "HTTP request durations by route."),
            labels: [("route", route)], buckets: Self.durationBuckets
        ).record(duration)
    }

    func recordAlterations(_ dispositions: [String]) {
        for disposition in dispositions {
            registry.makeCounter(
                descriptor: .init(metricName: "keapnrf_alterations_total", helpText: "Interpreted alterations by disposition."),
                labels: [("disposition", disposition)]
            ).increment()
        }
    }

    func recordVerification(identical: Bool) {
        registry.makeCounter(
            descriptor: .init(metricName: "keapnrf_verify_results_total", helpText: "Verification results."),
            labels: [("result", identical ? "identical" : "differs")]
        ).increment()
    }

    /// The Prometheus text exposition.
    func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
