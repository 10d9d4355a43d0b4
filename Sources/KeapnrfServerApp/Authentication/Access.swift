import Hummingbird

/// Authorises a request for a scope, then admits it under the rate and concurrency limits (metrics need no
/// slot) and runs its work under the request deadline. A class: each request's closures hold one reference
/// instead of a copy of every field.
final class Access: Sendable {
    let authenticator: Authenticator
    let admission: Admission
    let deadline: Deadline

    init(authenticator: Authenticator, admission: Admission, deadline: Deadline) {
        self.authenticator = authenticator
        self.admission = admission
        self.deadline = deadline
    }

    func run(
        _ request: Request, _ context: ServerRequestContext, scope: Scope, _ work: @escaping @Sendable () async throws -> Response
    ) async throws -> Response {
        let client = try await authenticator.authorize(request.headers[.authorization], scope: scope)
        context.notes.client = client.name
        return try await admission.admit(client: client.name, needsSlot: scope != .metrics) { try await deadline.run(work) }
    }
}
