import Foundation
import Testing

/// Collects value-by-value comparisons with an oracle and reports them as one expectation,
/// listing every disagreement, and prints "label: n/n values agree with <oracle>".
struct OracleComparison {
    let label: String
    let oracle: String
    private(set) var compared = 0
    private(set) var mismatches: [String] = []

    init(_ label: String, oracle: String = "R") {
        self.label = label
        self.oracle = oracle
    }

    /// |actual − expected| ≤ tolerance · |expected| (absolute near 0); both `nil` agree.
    mutating func close(_ what: String, _ actual: Double?, _ expected: Double?, tolerance: Double = 1e-6) {
        compared += 1
        switch (actual, expected) {
        case (nil, nil):
            return
        case let (actual?, expected?):
            if actual == expected { return }
            let difference = abs(actual - expected) / max(abs(expected), 1e-12)
            if difference > tolerance || !difference.isFinite {
                mismatches.append("\(what): \(actual) vs oracle \(expected) (relative difference \(difference))")
            }
        default:
            mismatches.append("\(what): \(String(describing: actual)) vs oracle \(String(describing: expected))")
        }
    }

    /// Exact equality (e.g. medians, which are event times).
    mutating func exact(_ what: String, _ actual: Double?, _ expected: Double?) {
        compared += 1
        if actual != expected {
            mismatches.append("\(what): \(String(describing: actual)) vs oracle \(String(describing: expected)) (must be equal)")
        }
    }

    /// Exact equality of any values (e.g. the list of reported times).
    mutating func equal<Value: Equatable>(_ what: String, _ actual: Value, _ expected: Value) {
        compared += 1
        if actual != expected {
            mismatches.append("\(what): \(actual) vs oracle \(expected)")
        }
    }

    /// Exact equality of counts.
    mutating func count(_ what: String, _ actual: Int?, _ expected: Int?) {
        compared += 1
        if actual != expected {
            mismatches.append("\(what): \(String(describing: actual)) vs oracle \(String(describing: expected))")
        }
    }

    func finish(sourceLocation: SourceLocation = #_sourceLocation) {
        print("\(label): \(compared - mismatches.count)/\(compared) values agree with \(oracle)")
        #expect(mismatches.isEmpty, "\(label): \(mismatches.count) disagreements:\n\(mismatches.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
    }
}
