import Annotator
import Foundation
import Interpretation
import Knowledgebase
import TestSupport

/// The repository's knowledgebase and rules, loaded once, and the bundled example reports.
enum Examples {
    static let names = ["lusc-nfe2l2-e79k", "luad-keap1-g333c-stk11-kras", "escc-nfe2l2-d29h"]

    static let loaded: Result<AnnotationResources, AnnotatorError> = Result {
        () throws(AnnotatorError) -> AnnotationResources in
        try AnnotationResources.load(knowledgebase: RepositoryPaths.knowledgebase, rules: RepositoryPaths.rules)
    }

    static func resources() throws -> AnnotationResources { try loaded.get() }
    static func knowledgebase() throws -> Knowledgebase { try loaded.get().knowledgebase }

    /// The report file of an example.
    static func reportURL(_ name: String) -> URL { RepositoryPaths.examples.appendingPathComponent("\(name).json") }

    /// The interpretation of an example report, as `keapnrf annotate` makes it.
    static func interpretation(_ name: String) throws -> Interpretation {
        try Annotator(resources: try resources()).annotate(try Data(contentsOf: reportURL(name)), fileName: "\(name).json")
    }

    /// An example rendered in a format, language and detail, as `keapnrf annotate --output --lang --detail` writes it.
    static func output(_ name: String, _ format: OutputFormat, _ language: OutputLanguage, detail: ReportDetail = .summary) throws -> String {
        try format.text(try interpretation(name), knowledgebase: try knowledgebase(), language: language, detail: detail)
    }

    /// The golden file of an example output (`NAME.LANG.html`, or `NAME.LANG.full.html` at full detail).
    static func goldenURL(_ name: String, _ format: OutputFormat, _ language: OutputLanguage, detail: ReportDetail = .summary) -> URL {
        let fileExtension = ["html": "html", "markdown": "md", "fhir": "fhir.json", "json": "json"][format.rawValue] ?? format.rawValue
        let infix = detail == .full ? ".full" : ""
        return RepositoryPaths.testFile("InterpretationTests", "Golden/\(name).\(language.rawValue)\(infix).\(fileExtension)")
    }
}

/// A failure of a test's own setup, with a message.
struct SetupFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
