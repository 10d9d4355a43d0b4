import ServiceLifecycle
import Synchronization

/// Whether the server takes new work: ready once the knowledgebase and rules are loaded (before it listens),
/// draining from the moment graceful shutdown starts, so that `GET /readyz` turns 503 while in-flight
/// requests finish.
public final class Readiness: Service, Sendable {
    private let draining = Atomic(false)

    public init() {}

    /// True until graceful shutdown starts.
    public var isReady: Bool { !draining.load(ordering: .relaxed) }

    /// Waits for graceful shutdown, then marks the server as draining.
    public func run() async throws {
        try? await gracefulShutdown()
        draining.store(true, ordering: .relaxed)
    }
}
