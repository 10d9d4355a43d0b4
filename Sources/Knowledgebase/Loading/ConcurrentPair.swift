import Dispatch

/// Runs two independent jobs at once, on two threads when the machine has them, and returns both results.
/// When both fail, the first job's error is the one thrown, so a broken input is reported the same way on
/// every run.
enum ConcurrentPair {
    static func run<A: Sendable, B: Sendable, Failure: Error>(
        _ first: @Sendable () throws(Failure) -> A, _ second: @Sendable () throws(Failure) -> B
    ) throws(Failure) -> (A, B) {
        let results = Results<A, B, Failure>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                results.first = Result { () throws(Failure) -> A in try first() }
            } else {
                results.second = Result { () throws(Failure) -> B in try second() }
            }
        }
        // concurrentPerform returns after both iterations, so both slots are written and visible here.
        guard let first = results.first, let second = results.second else { preconditionFailure("concurrentPerform ran both iterations") }
        return (try first.get(), try second.get())
    }

    /// One slot per job; each is written by one thread only, and read after both have finished.
    private final class Results<A, B, Failure: Error>: @unchecked Sendable {
        var first: Result<A, Failure>?
        var second: Result<B, Failure>?
    }
}
