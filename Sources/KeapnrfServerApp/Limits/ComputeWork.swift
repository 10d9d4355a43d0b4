import NIOPosix

/// Runs a request's CPU-bound work (annotating and writing, verifying, digesting, decoding a large JSON body) on
/// NIO's blocking thread pool (`NIOThreadPool.singleton`: one thread per core, first in first out). Request tasks
/// run on NIO's event loops (``ServerProcess/configure()``), one per core, which also read and write every
/// socket; a report that takes 10 ms to annotate would hold one of them for those 10 ms, so that the requests of
/// its other connections stalled and were answered in no fair order. On the pool, annotations wait in arrival
/// order while input and output go on. (Annotating on the event loops themselves saved context switches but
/// no CPU time, and its p99 latency at 16 connections was 32.6 ms against 25.5–27.2 ms.)
enum ComputeWork {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(work)
    }
}
