@testable import KeapnrfServerApp
import NIOPosix
import Testing

/// Work on the blocking pool runs off the event loops, and a task that prefers a loop's executor comes back to
/// that loop from the pool (as `ComputeWork` brings a request's task back to its connection's loop).
@Suite struct ComputeWorkTests {
    @Test func workRunsOffTheEventLoops() async throws {
        #expect(try await ComputeWork.run { MultiThreadedEventLoopGroup.currentEventLoop == nil })
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
