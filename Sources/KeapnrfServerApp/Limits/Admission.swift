import Foundation
import Synchronization

/// Admits a request when its client has a token left in its
/// bucket (`--rate-per-client` tokens a minute, refilled continuously, holding at most a minute's worth); the
/// slot is released when the request ends. `GET /metrics` is rate-limited but needs no slot, so that a saturated
/// server can still be watched.
final class Admission: Sendable {
    private struct Bucket {
        var tokens: Double
        var refilled: ContinuousClock.Instant
    }

    private let maxConcurrent: Int
    private let requestsPerMinute: Double
    private let inFlight = Mutex(0)
    private let buckets = Mutex<[String: Bucket]>([:])
    private let clock: @Sendable () -> ContinuousClock.Instant
    private let metrics: ServerMetrics

    init(limits: ServerLimits, clock: @escaping @Sendable () -> ContinuousClock.Instant, metrics: ServerMetrics) {
        self.clock = clock
        self.metrics = metrics
        maxConcurrent = limits.maxConcurrent
        requestsPerMinute = Double(limits.requestsPerMinutePerClient)
    }

    /// Runs `body` if `client` is within its rate (else 429) and, when `needsSlot`, a slot is free (else 503), both
    /// with `Retry-After`.
    func admit<T>(client: String, needsSlot: Bool, _ body: () async throws -> T) async throws -> T {
        try takeToken(client: client)
        guard needsSlot else { return try await body() }
        let admitted = inFlight.withLock { count -> Bool in
            guard count < maxConcurrent else { return false }
            count += 1
            return true
        }
        guard admitted else {
            throw Problem.unavailable("the server is handling \(maxConcurrent) requests, its limit", kind: "busy", retryAfterSeconds: 1)
        }
        defer { inFlight.withLock { $0 -= 1 } }
        return try await metrics.trackInFlight(body)
    }

    private func takeToken(client: String) throws(Problem) {
        let now = clock()
        let capacity = requestsPerMinute
        let rate = requestsPerMinute / 60
        let wait: Double? = buckets.withLock { buckets in
            var bucket = buckets[client] ?? Bucket(tokens: capacity, refilled: now)
            let elapsed = bucket.refilled.duration(to: now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(capacity, bucket.tokens + seconds * rate)
            bucket.refilled = now
            defer { buckets[client] = bucket }
            guard bucket.tokens >= 1 else { return (1 - bucket.tokens) / rate }
            bucket.tokens -= 1
            return nil
        }
        if let wait {
            throw Problem(
                .tooManyRequests, kind: "rate-limited", title: "Too many requests",
                detail: "client '\(client)' is over its rate of \(Int(capacity)) requests per minute",
                headers: [.retryAfter: "\(max(1, Int(wait.rounded(.up))))"])
        }
    }
}
