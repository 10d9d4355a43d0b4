import Hummingbird

/// Authorises a request for a scope, then admits it under the rate and concurrency limits (metrics need no
/// slot) and runs its work under the request deadline.
struct Access: Sendable {
    let authenticator: Authenticator
    let admission: Admission
    let deadline: Deadline

    func run(
        _ request: Request, _ context: ServerRequestContext, scope: Scope, _ work: @escaping @Sendable () async throws -> Response
    ) async throws -> Response {
        let client = try await authenticator.authorize(request.headers[.authorization], scope: scope)
        context.notes.client = client.name
        return try await admission.admit(client: client.name, needsSlot: scope != .metrics) { try await deadline.run(work) }
    }
}
