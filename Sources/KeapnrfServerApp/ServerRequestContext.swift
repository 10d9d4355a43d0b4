import Foundation
import Hummingbird
import Synchronization

/// The request context: Hummingbird's core storage and what a handler records for the request's log line
/// (the authenticated client and the input's SHA-256), which the outer middleware reads after the handler.
public struct ServerRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    let notes = RequestNotes()

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}

/// What a request's handler learnt that its log line reports.
final class RequestNotes: Sendable {
    private struct Values {
        var client: String?
        var inputSHA256: String?
    }

    private let values = Mutex(Values())

    var client: String? {
        get { values.withLock { $0.client } }
        set { values.withLock { $0.client = newValue } }
    }

    var inputSHA256: String? {
        get { values.withLock { $0.inputSHA256 } }
        set { values.withLock { $0.inputSHA256 = newValue } }
    }
}
