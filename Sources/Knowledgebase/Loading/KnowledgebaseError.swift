import StrictDecoding

/// Why a knowledgebase could not be loaded. Every case names the file and what was expected.
public enum KnowledgebaseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The knowledgebase folder or a file it needs does not exist.
    case missingFile(path: String)
    /// A file could not be read or decoded.
    case malformed(StrictDecodingError)
    /// A file's SHA-256 differs from the manifest.
    case hashMismatch(file: String, expected: String, actual: String)
    /// A file is in the knowledgebase folder but not in the manifest (or the other way round).
    case manifestMismatch(file: String, problem: String)
    /// A fact refers to something that does not exist or contradicts another fact.
    case invalidFact(file: String, location: String, problem: String)

    public var description: String {
        switch self {
        case .missingFile(let path):
            return "knowledgebase file not found: \(path)"
        case .malformed(let problem):
            return "knowledgebase \(problem.description)"
        case .hashMismatch(let file, let expected, let actual):
            return "knowledgebase file \(file): SHA-256 \(actual) does not match the manifest (expected \(expected)); regenerate the manifest with tools/kb/build_knowledgebase.py --manifest-only after reviewing the change"
        case .manifestMismatch(let file, let problem):
            return "knowledgebase manifest: \(file): \(problem)"
        case .invalidFact(let file, let location, let problem):
            return "knowledgebase \(file): \(location): \(problem)"
        }
    }
}
