import CohortStatistics
import Foundation

/// One mutation call as a cohort table's change column writes it: the change, and for a call that did
/// not pass the caller's filters the filter names that TCGA MC3 appends in brackets (`p.Q177H[oxog]`).
public struct RecordedCall: Sendable, Hashable {
    /// The change without the filter tag, e.g. `p.Q177H`.
    public var change: String
    /// The filter names of a call that did not pass (`oxog`, `wga`, `nonpreferredpair`), or `nil`.
    public var filter: String?

    /// True for a call without a filter tag (a PASS call, or a source that records no filters).
    public var passed: Bool { filter == nil }

    /// Creates a call.
    public init(change: String, filter: String? = nil) {
        self.change = change
        self.filter = filter
    }

    /// The calls of a change cell: `;`-separated, each optionally ending in `[FILTER]`. An empty cell or a
    /// missing-value marker holds no calls.
    public static func calls(in cell: String) -> [RecordedCall] {
        guard !CohortTable.isMissingValue(cell) else { return [] }
        return cell.split(separator: ";").compactMap { piece in
            let text = piece.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            return parse(text)
        }
    }

    /// Splits a trailing `[FILTER]` tag off one call.
    private static func parse(_ text: String) -> RecordedCall {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "["), open > text.startIndex else {
            return RecordedCall(change: text)
        }
        let tag = text[text.index(after: open) ..< text.index(before: text.endIndex)]
        let isFilterName = !tag.isEmpty && tag.allSatisfy { $0.isLetter || $0.isNumber || "_,-".contains($0) }
        guard isFilterName else { return RecordedCall(change: text) }
        return RecordedCall(change: String(text[..<open]), filter: String(tag))
    }
}
