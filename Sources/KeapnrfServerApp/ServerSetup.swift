import Annotator
import Foundation
import Yams

/// Everything the server application is built from: the loaded knowledgebase and rules, where `verify`
/// finds past versions, who may call, the limits, and the contract it serves.
public struct ServerSetup: Sendable {
    public var resources: AnnotationResources
    public var archive: ResourceArchive
    public var authenticator: Authenticator
    public var limits: ServerLimits
    /// The clock of the per-client rate (tests stop it).
    public var rateClock: @Sendable () -> ContinuousClock.Instant

    public init(
        resources: AnnotationResources, archive: ResourceArchive, authenticator: Authenticator, limits: ServerLimits,
        rateClock: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.resources = resources
        self.archive = archive
        self.authenticator = authenticator
        self.limits = limits
        self.rateClock = rateClock
    }
}

/// The OpenAPI document the server implements (`openapi.yaml`, bundled with the server).
public enum Contract {
    /// The document's text.
    public static let text: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
              let data = try? Data(contentsOf: url) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }()

    /// `info.version` of the document.
    public static let version: String = {
        (try? Yams.compose(yaml: text))?["info"]?["version"]?.string ?? "unknown"
    }()
}
