/// Why an output (HTML, Markdown, FHIR) could not be written.
public enum OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A built-in template does not parse (a defect of this program, not of the input).
    case template(name: String, problem: String)

    public var description: String {
        switch self {
        case .template(let name, let problem): return "the built-in report template '\(name)' is invalid: \(problem)"
        }
    }
}
