/// The limits the server enforces.
public struct ServerLimits: Sendable, Hashable {
    /// The largest request body accepted, in bytes (413 above it, before the body is buffered whole).
    public var maxBodyBytes: Int
    /// How long a request may take from its head to its response (503 with `Retry-After` past it).
    public var requestTimeout: Duration
    /// How many requests are handled at once (503 with `Retry-After` above it).
    public var maxConcurrent: Int
    /// Requests per minute each client may send, all of them at once if it likes (429 with `Retry-After` above it).
    public var requestsPerMinutePerClient: Int

    public init(maxBodyBytes: Int = 8 * 1_048_576, requestTimeout: Duration = .seconds(10), maxConcurrent: Int = 64, requestsPerMinutePerClient: Int = 6_000) {
        self.maxBodyBytes = maxBodyBytes
        self.requestTimeout = requestTimeout
        self.maxConcurrent = maxConcurrent
        self.requestsPerMinutePerClient = requestsPerMinutePerClient
    }
}
