import StrictDecoding

/// Why a rule set could not be loaded. Every case names the file and the rule.
public enum RuleSetError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingDirectory(path: String)
    case malformed(StrictDecodingError)
    case invalidRule(file: String, rule: String, problem: String)

    public var description: String {
        switch self {
        case .missingDirectory(let path): return "rules folder not found: \(path)"
        case .malformed(let error): return "rules \(error.description)"
        case .invalidRule(let file, let rule, let problem): return "rules \(file): rule \(rule): \(problem)"
        }
    }
}
