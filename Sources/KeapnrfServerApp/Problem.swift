import Foundation
import Hummingbird

/// An error response in RFC 9457 form (`application/problem+json`): `type`, `title`, `status`, `detail` and
/// `errors[]`, each error with the location and reason the command line reports for the same input.
public struct Problem: HTTPResponseError, Sendable {
    /// One located problem: where (a JSON path, element path, `line N` or a query parameter) and why.
    public struct Item: Codable, Hashable, Sendable {
        public var location: String
        public var reason: String

        public init(location: String, reason: String) {
            self.location = location
            self.reason = reason
        }
    }

    public var status: HTTPResponse.Status
    /// The last part of the problem type URI (`urn:keapnrf:problem:<kind>`).
    public var kind: String
    public var title: String
    public var detail: String
    public var errors: [Item]
    /// Extra response headers such as `Retry-After` or `WWW-Authenticate`.
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, kind: String, title: String, detail: String, errors: [Item] = [], headers: HTTPFields = [:]) {
        self.status = status
        self.kind = kind
        self.title = title
        self.detail = detail
        self.errors = errors
        self.headers = headers
    }

    /// The problem type URI.
    public var type: String { "urn:keapnrf:problem:\(kind)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        response()
    }

    /// The problem document as a response.
    func response() -> Response {
        var fields = headers
        fields[.contentType] = "application/problem+json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The JSON document (members sorted, so the bytes are stable).
    var body: Data {
        let document = Document(type: type, title: title, status: Int(status.code), detail: detail, errors: errors)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and integers cannot fail.
        return (try? encoder.encode(document)) ?? Data()
    }

    private struct Document: Encodable {
        var type: String
        var title: String
        var status: Int
        var detail: String
        var errors: [Item]
    }
}

extension Problem {
    /// 400: a query parameter or request document is not what the contract allows.
    static func badRequest(_ detail: String, location: String) -> Problem {
        Problem(.badRequest, kind: "invalid-request", title: "Invalid request", detail: detail, errors: [Item(location: location, reason: detail)])
    }

    /// 422: the report (or other input document) cannot be interpreted; `detail` is the CLI's one-line message.
    static func unprocessable(_ detail: String, kind: String, errors: [Item]) -> Problem {
        Problem(.unprocessableContent, kind: kind, title: "Input cannot be interpreted", detail: detail, errors: errors)
    }

    /// 503 with `Retry-After`.
    static func unavailable(_ detail: String, kind: String, retryAfterSeconds: Int) -> Problem {
        Problem(.serviceUnavailable, kind: kind, title: "Service unavailable", detail: detail, headers: [.retryAfter: "\(retryAfterSeconds)"])
    }

    /// 500 for failures that are not the client's: the detail names no input.
    static let internalFailure = Problem(.internalServerError, kind: "internal", title: "Internal error", detail: "the request could not be completed")
}
