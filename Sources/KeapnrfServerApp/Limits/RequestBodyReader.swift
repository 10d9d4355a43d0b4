import Foundation
import Hummingbird
import NIOCore

/// Reads a request body up to the `--max-body-mb` limit: a declared `Content-Length` over it is refused at
/// once, and a streamed body is refused as soon as it passes the limit, before it is buffered whole.
enum RequestBodyReader {
    static func read(_ request: Request, limit: Int) async throws -> Data {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw tooLarge(limit)
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            // Copied in one piece: `Data(buffer.readableBytesView)` copies byte by byte (7% of the server's time).
            return buffer.withUnsafeReadableBytes { Data($0) }
        } catch is NIOTooManyBytesError {
            throw tooLarge(limit)
        }
    }

    private static func tooLarge(_ limit: Int) -> Problem {
        Problem(
            .contentTooLarge, kind: "body-too-large", title: "Request body too large",
            detail: "the request body is larger than the server's limit of \(limit) bytes",
            errors: [.init(location: "body", reason: "larger than \(limit) bytes")])
    }
}
