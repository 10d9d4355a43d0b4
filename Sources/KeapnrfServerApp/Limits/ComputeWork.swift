import NIOPosix

/// Runs a request's CPU-bound work (annotating and writing, verifying, digesting) on NIO's blocking thread pool
/// (`NIOThreadPool.singleton`: one thread per core, first in first out) instead of on Swift concurrency's
/// cooperative threads. There is one cooperative thread per core, and every request's body reading, response
/// writing and deadline timer runs on them; a report that takes 10 ms to annotate would hold one of them for
/// those 10 ms, so on two cores two annotations stalled every other request until they ended, and requests were
/// answered in no fair order. On the pool, annotations wait in arrival order while input and output go on.
enum ComputeWork {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(work)
    }
}
