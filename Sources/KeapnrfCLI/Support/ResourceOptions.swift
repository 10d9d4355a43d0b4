import Annotator
import ArgumentParser
import Foundation

/// Where the knowledgebase and rules are. By default the `knowledgebase/` and `rules/` folders of the
/// current directory or of the keapnrf checkout that holds the executable.
struct ResourceOptions: ParsableArguments {
    @Option(name: .customLong("kb"), help: "Knowledgebase folder (default: ./knowledgebase, or $KEAPNRF_KB).")
    var knowledgebase: String?

    @Option(name: .customLong("rules"), help: "Rules folder (default: ./rules, or $KEAPNRF_RULES).")
    var rules: String?

    /// The knowledgebase folder to use.
    var knowledgebaseDirectory: URL { locate(knowledgebase, environment: "KEAPNRF_KB", folder: "knowledgebase") }

    /// The rules folder to use.
    var rulesDirectory: URL { locate(rules, environment: "KEAPNRF_RULES", folder: "rules") }

    /// Loads the resources or fails with one line on standard error.
    func load() throws -> AnnotationResources {
        try Self.load(knowledgebase: knowledgebaseDirectory, rules: rulesDirectory)
    }

    /// Loads a knowledgebase and rules folder (through the snapshot store the environment names, see
    /// ``SnapshotStore/fromEnvironment(_:)``) or fails with one line on standard error.
    ///
    /// The resources are kept until the process exits: a command loads them once or twice, and freeing their tens of
    /// thousands of small objects on the way out would cost a one-report `annotate` about 2% of its time for nothing.
    static func load(knowledgebase: URL, rules: URL) throws -> AnnotationResources {
        let resources = try CommandFailure.wrapping {
            try AnnotationResources.load(knowledgebase: knowledgebase, rules: rules, snapshots: SnapshotStore.fromEnvironment())
        }
        _ = Unmanaged.passRetained(ProcessLifetime(resources))
        return resources
    }

    private func locate(_ given: String?, environment: String, folder: String) -> URL {
        if let given { return URL(fileURLWithPath: given) }
        // getenv(3), not ProcessInfo's environment, which copies every variable into a dictionary on each call.
        if let value = getenv(environment).map({ String(cString: $0) }), !value.isEmpty { return URL(fileURLWithPath: value) }
        let fileManager = FileManager.default
        let current = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent(folder)
        if fileManager.fileExists(atPath: current.path) { return current }
        // Walk up from the executable (e.g. .build/debug/keapnrf inside a checkout).
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent(folder)
            if fileManager.fileExists(atPath: candidate.appendingPathComponent(folder == "rules" ? "ruleset.yaml" : "manifest.json").path) {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return current
    }
}

/// A strong reference that is never released (see ``ResourceOptions/load(knowledgebase:rules:)``).
private final class ProcessLifetime: Sendable {
    let resources: AnnotationResources

    init(_ resources: AnnotationResources) { self.resources = resources }
}
