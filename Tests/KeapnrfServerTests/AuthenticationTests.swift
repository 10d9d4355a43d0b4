import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import KeapnrfServerApp
import Testing

/// Each way a request is refused: 401 without valid credentials, 403 without the route's scope.
@Suite struct AuthenticationTests {
    /// POSTs a lookup with `headers` and returns the status and the problem's reason code.
    private func lookup(headers: HTTPFields) async throws -> (HTTPResponse.Status, String?, String?) {
        let app = try await ServerFixture.application()
        return try await app.test(.router) { client in
            try await client.execute(
                uri: "/v1/lookup", method: .post, headers: headers + [HTTPField(name: .contentType, value: "application/json")],
                body: ByteBuffer(string: #"{"gene":"KEAP1","variant":"p.G333C"}"#)
            ) { response in
                guard response.status != .ok else { return (response.status, nil, nil) }
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try response.json()
                let reason = (problem["errors"] as? [[String: Any]])?.first?["reason"] as? String
                return (response.status, reason, response.headers[.wwwAuthenticate])
            }
        }
    }

    @Test func staticTokenWithTheScopeIsAccepted() async throws {
        let (status, _, _) = try await lookup(headers: ServerFixture.bearer(ServerFixture.allScopesToken))
        #expect(status == .ok)
    }

    @Test func missingCredentialsGet401WithAChallenge() async throws {
        let (status, reason, challenge) = try await lookup(headers: [:])
        #expect(status == .unauthorized)
        #expect(reason == "missing")
        #expect(challenge == "Bearer realm=\"keapnrf\"")
    }

    @Test func unknownTokenGets401() async throws {
        let (status, reason, _) = try await lookup(headers: ServerFixture.bearer("not-a-token-of-the-file"))
        #expect(status == .unauthorized)
        #expect(reason == "unknown-token")
    }

    @Test func expiredStaticTokenGets401() async throws {
        // The tokens file says 2020-01-31.
        let (status, reason, _) = try await lookup(headers: ServerFixture.bearer(ServerFixture.expiredToken))
        #expect(status == .unauthorized)
        #expect(reason == "expired-token")
    }

    @Test func tokenWithoutTheScopeGets403() async throws {
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            let report = try Data(contentsOf: RepositoryFiles.example("lusc-nfe2l2-e79k.json"))
            try await client.execute(
                uri: "/v1/verify", method: .post, headers: ServerFixture.bearer(ServerFixture.interpretOnlyToken),
                body: ByteBuffer(string: #"{"interpretation":{},"report":"\#(report.base64EncodedString())"}"#)
            ) { response in
                #expect(response.status == .forbidden)
                let detail = try response.json()["detail"] as? String
                #expect(detail == "client 'board-tool' lacks the scope 'verify'")
            }
            try await client.execute(uri: "/metrics", method: .get, headers: ServerFixture.bearer(ServerFixture.interpretOnlyToken)) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func validJWTIsAcceptedAndNamesItsClient() async throws {
        let (status, _, _) = try await lookup(headers: ServerFixture.bearer(try await ServerFixture.jwt()))
        #expect(status == .ok)
    }

    @Test func jwtWithoutTheScopeGets403() async throws {
        let (status, reason, _) = try await lookup(headers: ServerFixture.bearer(try await ServerFixture.jwt(scope: "verify")))
        #expect(status == .forbidden)
        #expect(reason == "missing-scope")
    }

    @Test func algNoneIsRefused() async throws {
        let token = ServerFixture.forgedJWT(header: #"{"alg":"none","typ":"JWT"}"#, claims: ServerFixture.validClaimsJSON)
        let (status, reason, _) = try await lookup(headers: ServerFixture.bearer(token))
        #expect(status == .unauthorized)
        #expect(reason == "algorithm-refused")
    }

    @Test func hmacSignedWithThePublicKeyIsRefused() async throws {
        // The classic key-confusion forgery: HS256 keyed with the server's public key material.
        let secret = SymmetricKey(data: Data(try ServerFixture.jwksJSON().utf8))
        let token = ServerFixture.forgedJWT(header: #"{"alg":"HS256","typ":"JWT","kid":"test-key"}"#, claims: ServerFixture.validClaimsJSON) { input in
            ServerFixture.base64URL(Data(HMAC<SHA256>.authenticationCode(for: Data(input.utf8), using: secret)))
        }
        let (status, reason, _) = try await lookup(headers: ServerFixture.bearer(token))
        #expect(status == .unauthorized)
        #expect(reason == "algorithm-refused")
    }

    @Test func wrongAudienceIsRefused() async throws {
        let (status, reason, _) = try await lookup(headers: ServerFixture.bearer(try await ServerFixture.jwt(audience: "another-service")))
        #expect(status == .unauthorized)
        #expect(reason == "wrong-audience")
    }

    @Test func wrongIssuerIsRefused() async throws {
        let (status, reason, _) = try await lookup(headers: ServerFixture.bearer(try await ServerFixture.jwt(issuer: "https://elsewhere.test")))
        #expect(status == .unauthorized)
        #expect(reason == "wrong-issuer")
    }

    @Test func expiredJWTIsRefused() async throws {
        let token = try await ServerFixture.jwt(expires: Date().addingTimeInterval(-60))
        let (status, reason, _) = try await lookup(headers: ServerFixture.bearer(token))
        #expect(status == .unauthorized)
        #expect(reason == "expired-jwt")
    }

    @Test func jwtSignedByAnUnknownKeyIsRefused() async throws {
        let token = try await ServerFixture.jwt(key: ServerFixture.strangerKey)
        let (status, reason, _) = try await lookup(headers: ServerFixture.bearer(token))
        #expect(status == .unauthorized)
        #expect(reason == "bad-signature")
    }

    @Test func tokensFileRefusesAnImpossibleExpiryDate() throws {
        let yaml = """
            tokens:
              - client: x
                sha256: \(String(repeating: "a", count: 64))
                scopes: [interpret]
                expires: 2027-02-30
            """
        #expect(throws: (any Error).self) { try StaticTokens.load(Data(yaml.utf8), file: "tokens.yaml") }
        do {
            _ = try StaticTokens.load(Data(yaml.utf8), file: "tokens.yaml")
        } catch {
            #expect(error.description == "tokens.yaml: $.tokens[0].expires: expected a date YYYY-MM-DD, found '2027-02-30'")
        }
    }

    @Test func staticTokenIsValidThroughItsLastDayInUTC() throws {
        let token = "boundary-token"
        let yaml = """
            tokens:
              - client: boundary
                sha256: \(SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined())
                scopes: [interpret]
                expires: 2027-03-31
            """
        let tokens = try StaticTokens.load(Data(yaml.utf8), file: "tokens.yaml")
        // 2027-03-31T23:59:59Z and 2027-04-01T00:00:00Z, as seconds since 1970 (1,806,537,600 is 2027-04-01).
        let lastSecond = Date(timeIntervalSince1970: 1_806_537_599)
        let nextDay = Date(timeIntervalSince1970: 1_806_537_600)
        #expect(try tokens.client(forToken: token, now: lastSecond)?.name == "boundary")
        #expect(throws: AuthenticationFailure.self) { try tokens.client(forToken: token, now: nextDay) }
        #expect(try tokens.client(forToken: "another", now: lastSecond) == nil)
    }

    @Test func jwksWithAnHMACKeyIsRefused() async throws {
        let jwks = #"{"keys":[{"kty":"oct","kid":"k","k":"c2VjcmV0"}]}"#
        do {
            _ = try await JWTValidator.load(jwks: Data(jwks.utf8), file: "jwks.json", issuers: ["i"], audience: "a")
            Issue.record("an oct key was accepted")
        } catch {
            #expect(error.description == "jwks.json: $.keys[0].kty: expected RSA or EC (HMAC and other key types are refused)")
        }
    }
}
