import Knowledgebase
import ReportReaders
import RulesEngine

/// Why an annotation could not be produced. The CLI prints the description as one line and exits 1.
public enum AnnotatorError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The report is malformed.
    case input(ReportReadError)
    /// The knowledgebase is missing or invalid.
    case knowledgebase(KnowledgebaseError)
    /// The rule set is missing or invalid.
    case rules(RuleSetError)
    /// A value given on the command line is invalid (e.g. an unknown OncoTree code).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .input(let error): return error.description
        case .knowledgebase(let error): return error.description
        case .rules(let error): return error.description
        case .invalidArgument(let message): return message
        }
    }
}
