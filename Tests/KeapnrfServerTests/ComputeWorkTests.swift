import Foundation
@testable import KeapnrfServerApp
import NIOPosix
import Testing

/// Work on the blocking pool runs off the event loops, and a task that prefers a loop's executor comes back to
/// that loop from the pool (as `ComputeWork` brings a request's task back to its connection's loop).
@Suite struct ComputeWorkTests {
    @Test func workRunsOffTheEventLoops() async throws {
        let metrics = Self.metrics()
        #expect(try await ComputeWork(metrics: metrics).run { MultiThreadedEventLoopGroup.currentEventLoop == nil })
        // Its wait for a pool thread and its time on it are recorded, once each.
        let text = String(decoding: metrics.exposition(), as: UTF8.self)
        #expect(text.contains("keapnrf_compute_wait_seconds_count 1"))
        #expect(text.contains("keapnrf_compute_seconds_count 1"))
    }

    /// The time the work runs goes to `keapnrf_compute_seconds`, not to the wait for a thread.
    @Test func workTimeIsRecordedApartFromTheWait() async throws {
        let metrics = Self.metrics()
        try await ComputeWork(metrics: metrics).run { usleep(50_000) }
        let sums = Dictionary(
            String(decoding: metrics.exposition(), as: UTF8.self).split(separator: "\n").compactMap { line -> (String, Double)? in
                let fields = line.split(separator: " ")
                guard fields.count == 2, fields[0].hasSuffix("_sum"), let value = Double(fields[1]) else { return nil }
                return (String(fields[0]), value)
            }, uniquingKeysWith: { $1 })
        #expect(try #require(sums["keapnrf_compute_seconds_sum"]) >= 0.05)
        #expect(try #require(sums["keapnrf_compute_wait_seconds_sum"]) < 0.05)
    }

    private static func metrics() -> ServerMetrics {
        ServerMetrics(knowledgebaseVersion: "test", knowledgebaseSHA256: "0", rulesVersion: "test", rulesSHA256: "0")
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
