/// What a credential allows: annotating and looking up, re-verifying, or reading the metrics.
public enum Scope: String, Codable, Hashable, Sendable, CaseIterable {
    case interpret, verify, metrics
}

/// An authenticated caller: its name (from the tokens file, or the token's `client_id` or `sub`) and scopes.
public struct Client: Hashable, Sendable {
    public var name: String
    public var scopes: Set<Scope>

    public init(name: String, scopes: Set<Scope>) {
        self.name = name
        self.scopes = scopes
    }

    /// The caller of a server started with `--allow-anonymous-loopback` and no credentials.
    static let anonymousLoopback = Client(name: "anonymous-loopback", scopes: Set(Scope.allCases))
}

/// Why a request is not authenticated (401). The reason is safe to return: it never quotes the token.
public enum AuthenticationFailure: Error, Hashable, Sendable, CustomStringConvertible {
    case missing
    case notBearer
    case unknownToken
    case expiredToken(client: String, expires: String)
    case algorithmRefused(String)
    case malformedJWT(String)
    case badSignature
    case wrongIssuer
    case wrongAudience
    case expiredJWT

    public var description: String {
        switch self {
        case .missing: return "no Authorization header; send `Authorization: Bearer <token>`"
        case .notBearer: return "the Authorization header is not `Bearer <token>`"
        case .unknownToken: return "the bearer token is not known"
        case .expiredToken(let client, let expires): return "the token of client '\(client)' expired after \(expires)"
        case .algorithmRefused(let alg): return "JWT algorithm '\(alg)' is refused; accepted: \(JWTValidator.acceptedAlgorithms.sorted().joined(separator: ", "))"
        case .malformedJWT(let reason): return "the JWT is malformed: \(reason)"
        case .badSignature: return "the JWT signature does not verify against any key of the JWKS"
        case .wrongIssuer: return "the JWT issuer (iss) is not allowed"
        case .wrongAudience: return "the JWT audience (aud) does not name this server"
        case .expiredJWT: return "the JWT has expired (exp)"
        }
    }

    /// The reason code in the problem document's `errors[]`.
    var code: String {
        switch self {
        case .missing: return "missing"
        case .notBearer: return "not-bearer"
        case .unknownToken: return "unknown-token"
        case .expiredToken: return "expired-token"
        case .algorithmRefused: return "algorithm-refused"
        case .malformedJWT: return "malformed-jwt"
        case .badSignature: return "bad-signature"
        case .wrongIssuer: return "wrong-issuer"
        case .wrongAudience: return "wrong-audience"
        case .expiredJWT: return "expired-jwt"
        }
    }
}
