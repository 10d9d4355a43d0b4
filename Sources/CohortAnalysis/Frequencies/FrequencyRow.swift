import CohortStatistics

/// One frequency: a group of patients, a gene and a measure (`any`, an alteration class or
/// `with_filtered_call`), with the percentage and its Wilson 95 % interval.
public struct FrequencyRow: Sendable, Codable, Equatable {
    /// The code (or `ALL`).
    public var group: String
    /// Whether the row counts the code itself, its OncoTree subtree, or all patients.
    public var scope: FrequencyScope
    /// The OncoTree name of the code; `nil` for ALL and for values not in OncoTree.
    public var name: String?
    /// The gene.
    public var gene: String
    /// `any`, an ``AlterationClass`` raw value, or `with_filtered_call`.
    public var alteration: String
    /// Patients in the group.
    public var n: Int
    /// Patients counted by the measure.
    public var altered: Int
    /// 100 · altered / n.
    public var percent: Double
    /// Lower bound of the Wilson 95 % interval, in percent.
    public var wilsonLower: Double
    /// Upper bound of the Wilson 95 % interval, in percent.
    public var wilsonUpper: Double

    /// Creates a row from a proportion.
    init(group: String, scope: FrequencyScope, name: String?, gene: String, alteration: String, proportion: BinomialProportion) {
        self.group = group
        self.scope = scope
        self.name = name
        self.gene = gene
        self.alteration = alteration
        n = proportion.n
        altered = proportion.count
        percent = proportion.percent
        wilsonLower = 100 * proportion.wilson.lower
        wilsonUpper = 100 * proportion.wilson.upper
    }
}
