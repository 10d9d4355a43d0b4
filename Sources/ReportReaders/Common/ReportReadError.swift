import StrictDecoding

/// Why a report could not be read: which file, where in it, which field, and what was expected.
public struct ReportReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file name (never its contents).
    public var file: String
    /// Where in the file: a JSON path (`$.shortVariants[2].vaf`), an XML element path, or `line 14`.
    public var location: String
    /// What is wrong and what was expected.
    public var problem: String

    public init(file: String, location: String, problem: String) {
        self.file = file
        self.location = location
        self.problem = problem
    }

    public var description: String { "\(file): \(location): \(problem)" }
}

extension ReportReadError {
    /// A JSON document's syntax or structure problem, at its JSON path.
    init(_ error: StrictDecodingError) {
        self.init(file: error.file, location: error.path, problem: error.problem)
    }
}
