import Hummingbird

/// The paths of `openapi.yaml` and the one method each takes; another method on them gets 405 with `Allow`.
enum ContractRoute: String, CaseIterable {
    case health = "/healthz"
    case ready = "/readyz"
    case info = "/v1/info"
    case contract = "/v1/openapi.yaml"
    case metrics = "/metrics"
    case interpretations = "/v1/interpretations"
    case lookup = "/v1/lookup"
    case verify = "/v1/verify"
    case digest = "/v1/digest"

    var method: HTTPRequest.Method {
        switch self {
        case .health, .ready, .info, .contract, .metrics: return .get
        case .interpretations, .lookup, .verify, .digest: return .post
        }
    }

    /// The route's path for the router.
    var path: RouterPath { RouterPath(rawValue) }
}
