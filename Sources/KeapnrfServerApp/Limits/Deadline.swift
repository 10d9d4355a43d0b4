import NIOCore
import NIOPosix
import Synchronization

/// Runs a request's work (reading the body, annotating) under the `--request-timeout-s` deadline: past it the
/// work is cancelled and the request gets 503 with `Retry-After`.
///
/// The work runs in one task, and the deadline is a timer on NIO's event loops that cancels it. The task group it
/// replaces, with a second task sleeping until the deadline, cost every request another task, a dispatch timer
/// and that task's wake-up when it was cancelled.
struct Deadline: Sendable {
    let timeout: Duration

    func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await work() }
        let expiry = Expiry()
        let timer = MultiThreadedEventLoopGroup.singleton.any().scheduleTask(in: Self.timeAmount(timeout)) {
            expiry.expire()
            task.cancel()
        }
        defer { timer.cancel() }
        let result = await withTaskCancellationHandler { await task.result } onCancel: { task.cancel() }
        guard !expiry.hasExpired else {
            throw Problem.unavailable("the request took longer than the server's limit of \(timeout)", kind: "timeout", retryAfterSeconds: 1)
        }
        return try result.get()
    }

    private static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// Whether the deadline has passed.
    private final class Expiry: Sendable {
        private let expired = Atomic(false)

        func expire() { expired.store(true, ordering: .releasing) }
        var hasExpired: Bool { expired.load(ordering: .acquiring) }
    }
}
