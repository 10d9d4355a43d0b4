/// Rows that passed the filters but were left out of the analysis, and why.
public struct ExclusionSummary: Sendable, Codable, Equatable {
    /// The number of rows left out (a row missing several values counts once).
    public var count: Int
    /// One entry per reason and column, in column order; a row missing several values is
    /// listed under each.
    public var reasons: [ExclusionReason]

    /// Creates a summary.
    public init(count: Int, reasons: [ExclusionReason]) {
        self.count = count
        self.reasons = reasons
    }

    /// No rows excluded.
    public static let none = ExclusionSummary(count: 0, reasons: [])
}

/// Rows left out because one column was empty or `NA`.
public struct ExclusionReason: Sendable, Codable, Equatable {
    /// What was missing, e.g. `missing survival time`.
    public var reason: String
    /// The column that was empty or `NA`.
    public var column: String
    /// How many rows were left out for this reason.
    public var count: Int
    /// The first (at most ten) row numbers concerned, header = row 1.
    public var exampleRows: [Int]

    /// Creates a reason.
    public init(reason: String, column: String, count: Int, exampleRows: [Int]) {
        self.reason = reason
        self.column = column
        self.count = count
        self.exampleRows = exampleRows
    }
}

/// Collects exclusions while rows are read.
struct ExclusionCollector {
    private static let maximumExamples = 10
    private var reasons: [ExclusionReason] = []
    private(set) var excludedRows = 0

    /// Registers the reasons a row is left out for; does nothing for an empty list.
    mutating func exclude(row: Int, missing: [(reason: String, column: String)]) {
        guard !missing.isEmpty else { return }
        excludedRows += 1
        for item in missing {
            if let index = reasons.firstIndex(where: { $0.reason == item.reason && $0.column == item.column }) {
                reasons[index].count += 1
                if reasons[index].exampleRows.count < Self.maximumExamples {
                    reasons[index].exampleRows.append(row)
                }
            } else {
                reasons.append(ExclusionReason(reason: item.reason, column: item.column, count: 1, exampleRows: [row]))
            }
        }
    }

    /// The summary, reasons ordered by the given column order.
    func summary(columnOrder: [String]) -> ExclusionSummary {
        let ordered = reasons.sorted { left, right in
            let leftIndex = columnOrder.firstIndex(of: left.column) ?? Int.max
            let rightIndex = columnOrder.firstIndex(of: right.column) ?? Int.max
            return leftIndex != rightIndex ? leftIndex < rightIndex : left.reason < right.reason
        }
        return ExclusionSummary(count: excludedRows, reasons: ordered)
    }
}
