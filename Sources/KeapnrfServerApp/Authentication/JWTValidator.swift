import Foundation
import JWTKit
import StrictDecoding

/// Checks JWT access tokens against the keys of a JWKS file: RS256, ES256, RS384 or ES384 only (never `none`
/// or an HMAC), an allow-listed `iss`, `aud` naming this server, `exp` in the future. Scopes come from the
/// `scope` claim (space-separated, RFC 8693); the client name from `client_id`, else `sub`.
public struct JWTValidator: Sendable {
    /// The only signature algorithms accepted.
    static let acceptedAlgorithms: Set<String> = ["RS256", "RS384", "ES256", "ES384"]

    private let keys: JWTKeyCollection
    private let issuers: Set<String>
    private let audience: String

    /// Loads a JWKS document. Only RSA and EC keys are accepted; an `oct` (HMAC) key or a key whose `alg` is
    /// not accepted fails with one line naming the file and key.
    public static func load(jwks data: Data, file: String, issuers: Set<String>, audience: String) async throws(StrictDecodingError) -> JWTValidator {
        let document = try StrictDecoder.parseJSON(data, file: file)
        guard case .array(let members)? = document["keys"], !members.isEmpty else {
            throw StrictDecodingError(file: file, path: "$.keys", problem: "expected a non-empty array of keys")
        }
        for (index, key) in members.enumerated() {
            guard case .string(let type)? = key["kty"], type == "RSA" || type == "EC" else {
                throw StrictDecodingError(file: file, path: "$.keys[\(index)].kty", problem: "expected RSA or EC (HMAC and other key types are refused)")
            }
            guard case .string? = key["kid"] else {
                throw StrictDecodingError(file: file, path: "$.keys[\(index)].kid", problem: "expected a key id")
            }
            if let alg = key["alg"] {
                guard case .string(let name) = alg, acceptedAlgorithms.contains(name) else {
                    throw StrictDecodingError(file: file, path: "$.keys[\(index)].alg", problem: "expected one of \(acceptedAlgorithms.sorted().joined(separator: ", "))")
                }
            }
        }
        guard !issuers.isEmpty, !audience.isEmpty else {
            throw StrictDecodingError(file: file, path: "$", problem: "a JWKS needs at least one --issuer and an --audience")
        }
        let keys = JWTKeyCollection()
        do {
            try await keys.add(jwksJSON: String(decoding: data, as: UTF8.self))
        } catch {
            throw StrictDecodingError(file: file, path: "$.keys", problem: "not a usable JWKS: \(error)")
        }
        return JWTValidator(keys: keys, issuers: issuers, audience: audience)
    }

    /// True when `token` has the shape of a JWS (three base64url parts).
    static func looksLikeJWT(_ token: String) -> Bool {
        token.split(separator: ".", omittingEmptySubsequences: false).count == 3
    }

    /// The client a valid access token names.
    func client(forToken token: String) async throws(AuthenticationFailure) -> Client {
        let algorithm = try Self.headerAlgorithm(of: token)
        guard Self.acceptedAlgorithms.contains(algorithm) else { throw .algorithmRefused(algorithm) }
        let payload: AccessTokenClaims
        do {
            payload = try await keys.verify(token, as: AccessTokenClaims.self)
        } catch let error as JWTError {
            switch error.errorType {
            case .claimVerificationFailure: throw .expiredJWT
            case .signatureVerificationFailed, .unknownKID, .noKeyProvided, .signingAlgorithmFailure: throw .badSignature
            default: throw .malformedJWT("the claims iss, aud and exp are required")
            }
        } catch {
            throw .malformedJWT("the claims iss, aud and exp are required")
        }
        guard issuers.contains(payload.iss.value) else { throw .wrongIssuer }
        guard payload.aud.value.contains(audience) else { throw .wrongAudience }
        let scopes = Set((payload.scope ?? "").split(separator: " ").compactMap { Scope(rawValue: String($0)) })
        return Client(name: payload.clientID ?? payload.sub?.value ?? "jwt", scopes: scopes)
    }

    /// The `alg` of a JWS header, read before any key is chosen so that `none` and HMAC never reach a verifier.
    private static func headerAlgorithm(of token: String) throws(AuthenticationFailure) -> String {
        guard let first = token.split(separator: ".", omittingEmptySubsequences: false).first,
              let bytes = Data(base64URLEncoded: String(first)) else { throw .malformedJWT("the header is not base64url") }
        guard let header = try? JSONParser.parse(Array(bytes)), case .string(let alg)? = header["alg"] else {
            throw .malformedJWT("the header has no alg")
        }
        return alg
    }
}

/// The claims of an access token. `exp` is checked by jwt-kit when the signature verifies.
struct AccessTokenClaims: JWTPayload {
    var iss: IssuerClaim
    var aud: AudienceClaim
    var exp: ExpirationClaim
    var sub: SubjectClaim?
    var scope: String?
    var clientID: String?

    enum CodingKeys: String, CodingKey {
        case iss, aud, exp, sub, scope
        case clientID = "client_id"
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
    }
}

extension Data {
    /// Decodes base64url without padding (RFC 7515 §2).
    init?(base64URLEncoded text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        self.init(base64Encoded: base64)
    }
}
