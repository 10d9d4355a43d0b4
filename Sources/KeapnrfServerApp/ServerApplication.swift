import Hummingbird
import HummingbirdCore
import Logging
import ServiceLifecycle

/// Builds the keapnrf HTTP service on Hummingbird: the routes of `openapi.yaml` behind authentication, the
/// rate, concurrency and body limits, the request deadline, problem documents, metrics and JSON request logs.
public enum ServerApplication {

    /// The application listening on `host`:`port`. `readiness` is run as one of its services, so that
    /// `GET /readyz` turns 503 once graceful shutdown starts. `onListening` is told the port once the server
    /// listens (the bound port when `port` is 0).
    public static func make(
        _ setup: ServerSetup, host: String, port: Int, logger: Logger, readiness: Readiness = Readiness(),
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let knowledgebase = setup.resources.knowledgebase
        let ruleSet = setup.resources.ruleSet
        let metrics = ServerMetrics(
            knowledgebaseVersion: knowledgebase.version, knowledgebaseSHA256: knowledgebase.sha256,
            rulesVersion: ruleSet.version, rulesSHA256: ruleSet.sha256)
        let access = Access(
            authenticator: setup.authenticator, admission: Admission(limits: setup.limits, clock: setup.rateClock, metrics: metrics), deadline: Deadline(timeout: setup.limits.requestTimeout))
        let router = Router(context: ServerRequestContext.self)
        router.add(middleware: OperationsMiddleware(
            knowledgebaseSHA256: knowledgebase.sha256, rulesSHA256: ruleSet.sha256, metrics: metrics, logger: logger))
        OperationsRoutes(setup: setup, readiness: readiness, metrics: metrics, access: access).register(on: router)
        ServiceRoutes(setup: setup, metrics: metrics, access: access).register(on: router)
        return Application(
            router: router, server: HTTPServerBuilder { responder in LargeReadChannel(http1: HTTP1Channel(responder: responder)) },
            configuration: .init(address: .hostname(host, port: port), serverName: "keapnrf-server"),
            services: [readiness], onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}

extension ServerApplication {
    /// Graceful shutdown may take this long before in-flight work is cancelled (the server exits within 25 s).
    public static let maximumGracefulShutdown: Duration = .seconds(20)
    /// Cancelled work may take this long to end after ``maximumGracefulShutdown``.
    public static let maximumCancellation: Duration = .seconds(3)

    /// The service group that runs `application`: SIGTERM and SIGINT start a graceful shutdown in which
    /// in-flight requests finish, cut short after ``maximumGracefulShutdown``.
    public static func serviceGroup(running application: some ApplicationProtocol, logger: Logger, signals: Bool = true) -> ServiceGroup {
        var configuration = ServiceGroupConfiguration(
            services: [application], gracefulShutdownSignals: signals ? [.sigterm, .sigint] : [], logger: logger)
        configuration.maximumGracefulShutdownDuration = maximumGracefulShutdown
        configuration.maximumCancellationDuration = maximumCancellation
        return ServiceGroup(configuration: configuration)
    }
}
