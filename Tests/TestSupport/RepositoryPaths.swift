import Foundation
import Testing

/// Locations of the repository and of the shared data folder (`../shared`) for tests.
///
/// Tests that read shared data must skip with a clear message when it is absent, so that a fresh
/// clone without `../shared` still passes: use ``SharedData/isAvailable`` in a `.enabled(if:)`
/// trait together with ``SharedData/skipMessage``.
public enum RepositoryPaths {
    /// The repository root (the folder that holds `Package.swift`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // root

    /// `knowledgebase/` in the repository.
    public static var knowledgebase: URL { root.appendingPathComponent("knowledgebase") }
    /// `rules/` in the repository.
    public static var rules: URL { root.appendingPathComponent("rules") }
    /// `examples/` in the repository.
    public static var examples: URL { root.appendingPathComponent("examples") }

    /// A file next to the test sources, e.g. a golden file: `Tests/<suite>/<relative path>`.
    public static func testFile(_ suite: String, _ relativePath: String) -> URL {
        root.appendingPathComponent("Tests").appendingPathComponent(suite).appendingPathComponent(relativePath)
    }
}

/// The shared data folder that sits beside the repository (`../shared`), or the folder named by
/// the `KEAPNRF_SHARED` environment variable.
public enum SharedData {
    /// The folder, whether or not it exists.
    public static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["KEAPNRF_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return RepositoryPaths.root.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// True when `../shared` (or `KEAPNRF_SHARED`) holds the shared data index.
    public static let isAvailable: Bool =
        FileManager.default.fileExists(atPath: root.appendingPathComponent("README.md").path)

    /// The message shown when a test is skipped for lack of shared data.
    public static let skipMessage: Comment =
        "skipped: shared data not found at ../shared (set KEAPNRF_SHARED to its path to run this test)"

    /// A file in the shared folder, e.g. `oracles/hgvs_corpus/flat_valid.txt`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The lines of a shared text file, without blank lines and `#` comments.
    public static func dataLines(_ relativePath: String) throws -> [String] {
        let text = try String(contentsOf: url(relativePath), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only when `../shared` is present; otherwise it is skipped with a clear message.
    public static var requiresSharedData: Self {
        .enabled(if: SharedData.isAvailable, SharedData.skipMessage)
    }
}
