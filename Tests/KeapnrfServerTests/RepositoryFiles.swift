import Foundation
import TestSupport

/// Example reports of the repository.
enum RepositoryFiles {
    static func example(_ name: String) -> URL {
        RepositoryPaths.examples.appendingPathComponent(name)
    }

    /// Every example report: `examples/*.json` and the other formats in `examples/formats/`.
    static var allExamples: [URL] {
        let fileManager = FileManager.default
        let top = (try? fileManager.contentsOfDirectory(atPath: RepositoryPaths.examples.path)) ?? []
        let formats = (try? fileManager.contentsOfDirectory(atPath: RepositoryPaths.examples.appendingPathComponent("formats").path)) ?? []
        return top.filter { $0.hasSuffix(".json") }.sorted().map(example)
            + formats.filter { $0 != "README.md" }.sorted().map { example("formats/\($0)") }
    }
}
