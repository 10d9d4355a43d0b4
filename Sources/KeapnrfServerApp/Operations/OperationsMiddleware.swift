import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The outermost middleware: turns every error into a problem document, adds the knowledgebase and rules
/// SHA-256 to every response, counts and times the request, and writes its JSON log line (request id,
/// client, route, status, duration, input and knowledgebase SHA-256; never content, identifiers or the query).
struct OperationsMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext

    let knowledgebaseSHA256: String
    let rulesSHA256: String
    let metrics: ServerMetrics
    let logger: Logger

    static let knowledgebaseHeader = HTTPField.Name("Keapnrf-Knowledgebase-SHA256")!
    static let rulesHeader = HTTPField.Name("Keapnrf-Rules-SHA256")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let problem as Problem {
            response = problem.response()
        } catch let error as HTTPError where error.status == .notFound && ContractRoute(rawValue: request.uri.path) != nil {
            let allowed = ContractRoute(rawValue: request.uri.path)?.method.rawValue ?? ""
            response = Problem(
                .methodNotAllowed, kind: "method-not-allowed", title: "Method not allowed",
                detail: "\(request.uri.path) takes \(allowed) only", headers: [.allow: allowed]
            ).response()
        } catch let error as HTTPError {
            response = Problem(error.status, kind: "http", title: error.status.reasonPhrase, detail: error.body ?? error.status.reasonPhrase).response()
        } catch {
            logger.error("unexpected failure", metadata: ["request_id": .string(context.id), "error_type": .string(String(describing: type(of: error)))])
            response = Problem.internalFailure.response()
        }
        response.headers[Self.knowledgebaseHeader] = knowledgebaseSHA256
        response.headers[Self.rulesHeader] = rulesSHA256
        let duration = start.duration(to: .now)
        let route = context.endpointPath ?? "NotFound"
        metrics.recordRequest(route: route, status: Int(response.status.code), duration: duration)
        var metadata: Logger.Metadata = [
            "request_id": .string(context.id), "method": .string(request.method.rawValue), "route": .string(route),
            "status": .stringConvertible(Int(response.status.code)),
            "duration_ms": .string(Self.milliseconds(duration)),
            "knowledgebase_sha256": .string(knowledgebaseSHA256),
        ]
        if let client = context.notes.client { metadata["client"] = .string(client) }
        if let input = context.notes.inputSHA256 { metadata["input_sha256"] = .string(input) }
        logger.info("request", metadata: metadata)
        return response
    }

    /// A duration in milliseconds with three decimals ("12.345"), without `String(format:)` (a third of the
    /// log line's cost).
    static func milliseconds(_ duration: Duration) -> String {
        let microseconds = max(0, duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000)
        let fraction = String(microseconds % 1000)
        return "\(microseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
