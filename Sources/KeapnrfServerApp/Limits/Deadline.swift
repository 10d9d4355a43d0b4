import Foundation

/// Runs a request's work (reading the body, annotating) under the `--request-timeout-s` deadline: past it the
/// work is cancelled and the request gets 503 with `Retry-After`.
struct Deadline: Sendable {
    let timeout: Duration

    func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw Problem.unavailable("the request took longer than the server's limit of \(timeout)", kind: "timeout", retryAfterSeconds: 1)
            }
            return value
        }
    }
}
