import Foundation
import Hummingbird

/// Finds the client of a request from its `Authorization: Bearer` header: a static token from the tokens file
/// (looked up by SHA-256), else a JWT access token. With neither configured, only a loopback server started
/// with `--allow-anonymous-loopback` runs, and every request is the anonymous client.
public struct Authenticator: Sendable {
    private let tokens: StaticTokens?
    private let jwt: JWTValidator?

    /// With `tokens` and `jwt` both nil every caller is ``Client/anonymousLoopback``; the executable allows
    /// that only on a loopback address.
    public init(tokens: StaticTokens?, jwt: JWTValidator?) {
        self.tokens = tokens
        self.jwt = jwt
    }

    /// True when no credentials are configured.
    public var isAnonymous: Bool { tokens == nil && jwt == nil }

    /// The client, or a 401 problem; a client without `scope` gets a 403 problem.
    func authorize(_ authorization: String?, scope: Scope, now: Date = Date()) async throws(Problem) -> Client {
        let client: Client
        do {
            client = try await authenticate(authorization, now: now)
        } catch {
            throw Problem(
                .unauthorized, kind: "unauthenticated", title: "Authentication required", detail: error.description,
                errors: [.init(location: "header Authorization", reason: error.code)],
                headers: [.wwwAuthenticate: "Bearer realm=\"keapnrf\""])
        }
        guard client.scopes.contains(scope) else {
            throw Problem(
                .forbidden, kind: "forbidden", title: "Scope required",
                detail: "client '\(client.name)' lacks the scope '\(scope.rawValue)'",
                errors: [.init(location: "header Authorization", reason: "missing-scope")])
        }
        return client
    }

    private func authenticate(_ authorization: String?, now: Date) async throws(AuthenticationFailure) -> Client {
        if isAnonymous { return .anonymousLoopback }
        guard let authorization else { throw .missing }
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", !parts[1].isEmpty else { throw .notBearer }
        let token = String(parts[1])
        if let tokens, let client = try tokens.client(forToken: token, now: now) { return client }
        if let jwt, JWTValidator.looksLikeJWT(token) { return try await jwt.client(forToken: token) }
        throw .unknownToken
    }
}
