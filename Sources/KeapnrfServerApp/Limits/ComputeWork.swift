import NIOCore
import NIOPosix

/// Runs a request's CPU-bound work (annotating and writing, looking up, verifying, digesting, decoding a JSON body) on
/// NIO's blocking thread pool (`NIOThreadPool.singleton`: one thread per core, first in first out). Request tasks
/// run on NIO's event loops (``ServerProcess/configure()``), one per core, which also read and write every
/// socket; a report that takes 10 ms to annotate would hold one of them for those 10 ms, so that the requests of
/// its other connections stalled and were answered in no fair order. On the pool, annotations wait in arrival
/// order while input and output go on. (Annotating on the event loops themselves saved context switches but
/// no CPU time, and its p99 latency at 16 connections was 32.6 ms against 25.5–27.2 ms.)
///
/// The request's task comes back to the event loop it left, which is its connection's: resumed from a pool
/// thread it went to either loop in turn, and on the other one its response and the cancellation of its
/// deadline timer each had to be handed over to the connection's loop, waking it. (Past the preference the task
/// stays there: NIO's global executor keeps a job on the loop that enqueues it.)
///
/// Each piece of work's wait for a pool thread and its time on it go to the metrics
/// (`keapnrf_compute_wait_seconds`, `keapnrf_compute_seconds`): a wait that grows against the compute time shows
/// a pool saturated by its cores, where more concurrency only lengthens every request.
struct ComputeWork: Sendable {
    let metrics: ServerMetrics

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let submitted = ContinuousClock.now
        let timedWork: @Sendable () throws -> T = { [metrics] in
            let started = ContinuousClock.now
            defer { metrics.recordCompute(wait: submitted.duration(to: started), work: started.duration(to: .now)) }
            return try work()
        }
        guard #available(macOS 15, *) else { return try await NIOThreadPool.singleton.runIfActive(timedWork) }
        // The current loop when the task runs on one (`any()` prefers it).
        let home = EventLoopTaskExecutor(loop: MultiThreadedEventLoopGroup.singleton.any())
        return try await withTaskExecutorPreference(home) {
            try await NIOThreadPool.singleton.runIfActive(timedWork)
        }
    }
}

/// An event loop as a task executor: jobs enqueued on it run on the loop's thread.
@available(macOS 15, *)
final class EventLoopTaskExecutor: TaskExecutor {
    let loop: any EventLoop

    init(loop: any EventLoop) {
        self.loop = loop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        loop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
