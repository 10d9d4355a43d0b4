import CohortStatistics
import Knowledgebase

/// Which patients a frequency row counts.
public enum FrequencyScope: String, Sendable, Codable, Equatable, Comparable {
    /// Patients whose grouping value is exactly this code.
    case code
    /// Patients whose OncoTree code is this ancestor code or lies below it (e.g. NSCLC: LUAD + LUSC + …).
    case subtree
    /// Every patient of the table.
    case all

    /// `code`, then `subtree`, then `all`.
    public static func < (lhs: FrequencyScope, rhs: FrequencyScope) -> Bool {
        let order: [FrequencyScope] = [.code, .subtree, .all]
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}

/// One group of patients a frequency row describes.
struct FrequencyGroup: Hashable, Comparable {
    var label: String
    var scope: FrequencyScope

    /// ALL last; otherwise by label (byte order), the exact code before its subtree.
    static func < (lhs: FrequencyGroup, rhs: FrequencyGroup) -> Bool {
        if (lhs.scope == .all) != (rhs.scope == .all) { return rhs.scope == .all }
        if lhs.label != rhs.label { return lhs.label.precedesInByteOrder(rhs.label) }
        return lhs.scope < rhs.scope
    }
}

/// The groups a patient counts in: their own code, the OncoTree subtree of that code and of each ancestor,
/// and ALL. A value that is not an OncoTree code has no subtrees (it is reported, not dropped). A subtree
/// row is reported only for a proper ancestor of some patient's code, since a code's own subtree row would
/// repeat its code row unless patients are coded below it (e.g. UCEC: UCEC + UCS).
struct TumorTypeGroups {
    /// The label of the whole-table group.
    static let allLabel = "ALL"

    let oncotree: OncoTree
    private var cache: [String: [FrequencyGroup]] = [:]
    /// The subtrees that are proper ancestors of at least one patient's code.
    private(set) var reportedSubtrees = Set<String>()

    init(oncotree: OncoTree) {
        self.oncotree = oncotree
    }

    /// True when the value is an OncoTree code.
    func isOncoTreeCode(_ value: String) -> Bool { oncotree.node(value) != nil }

    /// True when a group's row is reported.
    func isReported(_ group: FrequencyGroup) -> Bool {
        group.scope != .subtree || reportedSubtrees.contains(group.label)
    }

    /// The groups of a grouping value.
    mutating func groups(of value: String) -> [FrequencyGroup] {
        if let known = cache[value] { return known }
        let lineage = oncotree.lineage(of: value)
        reportedSubtrees.formUnion(lineage.dropFirst())
        let groups = [FrequencyGroup(label: value, scope: .code)] + lineage.map { FrequencyGroup(label: $0, scope: .subtree) }
            + [FrequencyGroup(label: Self.allLabel, scope: .all)]
        cache[value] = groups
        return groups
    }
}
