@testable import KeapnrfServerApp
import NIOPosix
import Testing

/// Work on the blocking pool runs off the event loops, and a task that prefers a loop's executor comes back to
/// that loop from the pool (as `ComputeWork` brings a request's task back to its connection's loop).
@Suite struct ComputeWorkTests {
    @Test func workRunsOffTheEventLoops() async throws {
        let metrics = ServerMetrics(knowledgebaseVersion: "test", knowledgebaseSHA256: "0", rulesVersion: "test", rulesSHA256: "0")
        #expect(try await ComputeWork(metrics: metrics).run { MultiThreadedEventLoopGroup.currentEventLoop == nil })
        // Its wait for a pool thread and its time on it are recorded, once each.
        let text = String(decoding: metrics.exposition(), as: UTF8.self)
        #expect(text.contains("keapnrf_compute_wait_seconds_count 1"))
        #expect(text.contains("keapnrf_compute_seconds_count 1"))
    }

    @Test func aTaskPreferringALoopResumesOnItFromThePool() async throws {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let resumed = try await withTaskExecutorPreference(EventLoopTaskExecutor(loop: loop)) {
            let workOnPool = try await NIOThreadPool.singleton.runIfActive { MultiThreadedEventLoopGroup.currentEventLoop == nil }
            return workOnPool && loop.inEventLoop
        }
        #expect(resumed)
    }
}
