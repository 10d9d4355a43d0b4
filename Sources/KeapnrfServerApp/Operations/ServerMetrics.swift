import Interpretation
import Prometheus
import Synchronization

/// The Prometheus metrics of `GET /metrics`: requests by route and status, request durations by route, the
/// compute pool's wait and work times, alterations by disposition, verification results, and the loaded
/// knowledgebase and rules.
///
/// Each labelled metric is taken from the registry once and kept: the registry checks the name, the help text and
/// the labels and takes its lock on every `make…` call, which was half the cost of counting a request.
public final class ServerMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private static let durationBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5), .seconds(10),
    ]

    private struct RequestLabels: Hashable {
        var route: String
        var status: Int
    }

    private let inFlight: Gauge
    private let computeWait: DurationHistogram
    private let computeWork: DurationHistogram
    private let requestCounters = Mutex<[RequestLabels: Counter]>([:])
    private let durationHistograms = Mutex<[String: DurationHistogram]>([:])
    private let alterationCounters = Mutex<[String: Counter]>([:])

    /// Metrics that state the knowledgebase and rules the server serves (`keapnrf_knowledgebase_info`).
    public init(knowledgebaseVersion: String, knowledgebaseSHA256: String, rulesVersion: String, rulesSHA256: String) {
        registry.makeGauge(
            descriptor: Self.name("knowledgebase_info", help: "The knowledgebase and rules served (value 1)."),
            labels: [
                ("knowledgebase_version", knowledgebaseVersion), ("knowledgebase_sha256", knowledgebaseSHA256),
                ("rules_version", rulesVersion), ("rules_sha256", rulesSHA256),
            ]
        ).set(to: 1)
        inFlight = registry.makeGauge(descriptor: Self.name("http_requests_in_flight", help: "Requests holding a --max-concurrent slot."))
        computeWait = registry.makeDurationHistogram(
            descriptor: Self.name("compute_wait", unit: "seconds", help: "Time a request's work waited for a thread of the compute pool."),
            buckets: Self.durationBuckets)
        computeWork = registry.makeDurationHistogram(
            descriptor: Self.name("compute", unit: "seconds", help: "Time a request's work (annotating and writing, looking up, verifying, digesting) ran on the compute pool."),
            buckets: Self.durationBuckets)
    }

    /// Records one piece of work on the compute pool: how long it waited for a thread and how long it ran.
    func recordCompute(wait: Duration, work: Duration) {
        computeWait.record(wait)
        computeWork.record(work)
    }

    /// Counts a request while it holds one of the `--max-concurrent` slots (`keapnrf_http_requests_in_flight`).
    func trackInFlight<T>(_ body: () async throws -> T) async rethrows -> T {
        inFlight.increment()
        defer { inFlight.decrement() }
        return try await body()
    }

    func recordRequest(route: String, status: Int, duration: Duration) {
        Self.metric(in: requestCounters, for: RequestLabels(route: route, status: status)) {
            registry.makeCounter(
                descriptor: Self.name("http_requests_total", help: "HTTP requests by route and status."),
                labels: [("route", route), ("status", String(status))])
        }.increment()
        Self.metric(in: durationHistograms, for: route) {
            registry.makeDurationHistogram(
                descriptor: Self.name("http_request_duration", unit: "seconds", help: "HTTP request durations by route."),
                labels: [("route", route)], buckets: Self.durationBuckets)
        }.record(duration)
    }

    /// Counts the KEAP1 and NFE2L2 alterations of an interpretation by disposition (`interpreted`,
    /// `uninterpretable`, …).
    func recordAlterations(of interpretation: Interpretation) {
        for alteration in interpretation.alterations {
            let disposition = alteration.annotated.alteration.disposition.rawValue
            Self.metric(in: alterationCounters, for: disposition) {
                registry.makeCounter(
                    descriptor: Self.name("alterations_total", help: "KEAP1 and NFE2L2 alterations by disposition."),
                    labels: [("disposition", disposition)])
            }.increment()
        }
    }

    /// The metric kept under `key`, taken from the registry by `make` the first time.
    private static func metric<Key: Hashable & Sendable, Metric: Sendable>(in kept: borrowing Mutex<[Key: Metric]>, for key: Key, make: () -> Metric) -> Metric {
        kept.withLock { metrics in
            if let metric = metrics[key] { return metric }
            let metric = make()
            metrics[key] = metric
            return metric
        }
    }

    func recordVerification(identical: Bool) {
        registry.makeCounter(
            descriptor: Self.name("verify_results_total", help: "Verification results."), labels: [("result", identical ? "identical" : "differs")]
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
