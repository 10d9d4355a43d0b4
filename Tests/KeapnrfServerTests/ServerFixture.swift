import Annotator
import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JWTKit
import KeapnrfServerApp
import Logging
import TestSupport

/// A server built on the repository's knowledgebase and rules, with static tokens and an ES256 JWKS made
/// for the tests.
enum ServerFixture {
    /// The static tokens the tests present, and their clients.
    static let allScopesToken = "test-token-all-scopes"
    static let interpretOnlyToken = "test-token-interpret-only"
    static let expiredToken = "test-token-expired"

    static let issuer = "https://issuer.test"
    static let audience = "keapnrf-server-test"

    /// The loaded knowledgebase and rules, shared by every test.
    static let resources: AnnotationResources = {
        do {
            return try AnnotationResources.load(knowledgebase: RepositoryPaths.knowledgebase, rules: RepositoryPaths.rules)
        } catch {
            fatalError("the repository's knowledgebase and rules must load: \(error)")
        }
    }()

    /// The key that signs the tests' JWTs, and a second key the server does not know.
    static let signingKey = ES256PrivateKey()
    static let strangerKey = ES256PrivateKey()

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static var tokensYAML: String {
        """
        tokens:
          - client: lims-test
            sha256: \(sha256(allScopesToken))
            scopes: [interpret, verify, metrics]
            expires: 2999-12-31
          - client: board-tool
            sha256: \(sha256(interpretOnlyToken))
            scopes: [interpret]
            expires: 2999-12-31
          - client: retired
            sha256: \(sha256(expiredToken))
            scopes: [interpret, verify, metrics]
            expires: 2020-01-31
        """
    }

    static func jwksJSON() throws -> String {
        guard let parameters = signingKey.parameters else { throw FixtureFailure("the ES256 key has no parameters") }
        return """
            {"keys": [{"kty": "EC", "crv": "P-256", "kid": "test-key", "alg": "ES256", "use": "sig", "x": "\(parameters.x)", "y": "\(parameters.y)"}]}
            """
    }

    static func authenticator() async throws -> Authenticator {
        let tokens = try StaticTokens.load(Data(tokensYAML.utf8), file: "tokens.yaml")
        let jwt = try await JWTValidator.load(jwks: Data(try jwksJSON().utf8), file: "jwks.json", issuers: [issuer], audience: audience)
        return Authenticator(tokens: tokens, jwt: jwt)
    }

    /// Limits for tests: the deadline is long, because the test process shares its threads with command-line
    /// runs of other suites and a request may wait for a thread for many seconds.
    static let testLimits = ServerLimits(requestTimeout: .seconds(600))

    static func setup(limits: ServerLimits = testLimits) async throws -> ServerSetup {
        ServerSetup(
            resources: resources,
            archive: ResourceArchive(knowledgebaseFolders: [RepositoryPaths.knowledgebase], rulesFolders: [RepositoryPaths.rules], archive: nil),
            authenticator: try await authenticator(), limits: limits)
    }

    static var logger: Logger {
        var logger = Logger(label: "keapnrf-server-test")
        logger.logLevel = .warning
        return logger
    }

    static func application(
        limits: ServerLimits = testLimits, readiness: Readiness = Readiness(), rateClock: (@Sendable () -> ContinuousClock.Instant)? = nil,
        logger: Logger = logger
    ) async throws -> some ApplicationProtocol {
        var setup = try await setup(limits: limits)
        if let rateClock { setup.rateClock = rateClock }
        return ServerApplication.make(setup, host: "127.0.0.1", port: 0, logger: logger, readiness: readiness)
    }

    /// `Authorization: Bearer <token>`.
    static func bearer(_ token: String) -> HTTPFields {
        [.authorization: "Bearer \(token)"]
    }

    /// A signed ES256 access token.
    static func jwt(
        issuer: String = issuer, audience: String = audience, expires: Date = Date().addingTimeInterval(600),
        scope: String = "interpret verify", key: ES256PrivateKey = signingKey
    ) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(ecdsa: key, kid: "test-key")
        let claims = TestClaims(iss: .init(value: issuer), aud: .init(value: [audience]), exp: .init(value: expires), sub: .init(value: "jwt-client"), scope: scope)
        return try await keys.sign(claims, kid: "test-key")
    }

    /// A token with the given header and claims and `signature` as its third part (unsigned forgeries).
    static func forgedJWT(header: String, claims: String, signature: (String) -> String = { _ in "" }) -> String {
        let signingInput = base64URL(Data(header.utf8)) + "." + base64URL(Data(claims.utf8))
        return signingInput + "." + signature(signingInput)
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Claims valid for the server in every way but the signature's algorithm.
    static var validClaimsJSON: String {
        """
        {"iss":"\(issuer)","aud":"\(audience)","exp":\(Int(Date().timeIntervalSince1970) + 600),"sub":"forger","scope":"interpret verify"}
        """
    }
}

struct TestClaims: JWTPayload {
    var iss: IssuerClaim
    var aud: AudienceClaim
    var exp: ExpirationClaim
    var sub: SubjectClaim
    var scope: String

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

struct FixtureFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body as a JSON object.
    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] else {
            throw FixtureFailure("the body is not a JSON object: \(text)")
        }
        return object
    }
}
