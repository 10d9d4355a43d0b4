import Annotator
import Foundation
import Interpretation
import ReportModel
import ReportReaders
import Testing
import TestSupport

/// Loads the repository's knowledgebase and rules once, and annotates inputs to JSON objects for assertions.
enum ReaderTestSupport {
    static let loaded: Result<AnnotationResources, AnnotatorError> = {
        do throws(AnnotatorError) {
            return .success(try AnnotationResources.load(knowledgebase: RepositoryPaths.knowledgebase, rules: RepositoryPaths.rules))
        } catch {
            return .failure(error)
        }
    }()

    static func annotator() throws -> Annotator { Annotator(resources: try loaded.get()) }

    /// The interpretation of `data` as JSON text.
    static func annotatedText(
        _ data: Data, fileName: String, format: ReportFormat? = nil, sample: String? = nil, build: GenomeBuild? = nil
    ) throws -> String {
        InterpretationJSON.text(try annotator().annotate(data, fileName: fileName, format: format, sample: sample, build: build))
    }

    /// The interpretation of `data` as a JSON object.
    static func annotated(
        _ data: Data, fileName: String, format: ReportFormat? = nil, sample: String? = nil, build: GenomeBuild? = nil
    ) throws -> [String: Any] {
        let text = try annotatedText(data, fileName: fileName, format: format, sample: sample, build: build)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// An example file's bytes: `examples/formats/NAME` for the source-format examples, `examples/NAME`
    /// for the keapnrf JSON ones.
    static func example(_ name: String) throws -> Data {
        let formats = RepositoryPaths.examples.appendingPathComponent("formats").appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: formats.path) { return try Data(contentsOf: formats) }
        return try Data(contentsOf: RepositoryPaths.examples.appendingPathComponent(name))
    }

    /// A shared corpus report's bytes.
    static func sharedReport(_ name: String) throws -> Data {
        try Data(contentsOf: SharedData.url("corpus/reports/\(name)"))
    }

    /// Reads `text` with the report readers.
    static func read(_ text: String, file: String = "test", format: ReportFormat? = nil, options: ReportReadOptions = .init()) throws(ReportReadError) -> ReportReading {
        try ReportReader.read(Data(text.utf8), file: file, format: format, options: options)
    }

    /// The error a read ends in, or a recorded issue when it succeeds.
    static func readError(_ data: Data, file: String = "test", format: ReportFormat? = nil, options: ReportReadOptions = .init(),
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ReportReadError? {
        do {
            _ = try ReportReader.read(data, file: file, format: format, options: options)
            Issue.record("expected the read to fail", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    /// The number of times `needle` occurs in `text` (an independent count over the raw file).
    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}

extension [String: Any] {
    /// The `alterations` array of an interpretation.
    var alterations: [[String: Any]] { self["alterations"] as? [[String: Any]] ?? [] }
    /// The `otherAlterations` array of an interpretation.
    var otherAlterations: [[String: Any]] { self["otherAlterations"] as? [[String: Any]] ?? [] }
    /// The interpretation's report-level warnings.
    var warnings: [String] { self["warnings"] as? [String] ?? [] }
    /// `provenance.input.format`.
    var inputFormat: String? { ((self["provenance"] as? [String: Any])?["input"] as? [String: Any])?["format"] as? String }
    /// A string field.
    func text(_ key: String) -> String? { self[key] as? String }
}
