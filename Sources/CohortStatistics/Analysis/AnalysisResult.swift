import Foundation

/// The complete, JSON-ready result of one survival analysis: Kaplan–Meier per group, log-rank
/// test, Cox model and proportional-hazards test, with the rows used and left out.
///
/// Every optional number encodes as an explicit `null` (not available, e.g. a median not
/// reached); ``jsonData()`` writes keys sorted, so equal results give identical bytes.
public struct AnalysisResult: Sendable, Codable, Equatable {
    /// What computed this, and whose conventions it follows.
    public var engine: String
    /// The analysed columns and filters.
    public var design: SurvivalDesign
    /// The options used.
    public var options: AnalysisOptions
    /// Rows that passed the filters.
    public var rowsSelected: Int
    /// Patients analysed.
    public var n: Int
    /// Events among them.
    public var events: Int
    /// Rows that passed the filters but were left out, with the reasons.
    public var excluded: ExclusionSummary
    /// The confidence-interval transform of S(t) and the median.
    public var confType: ConfidenceTransform
    /// The confidence level of every interval.
    public var confLevel: Double
    /// The reference group of the comparisons.
    @JSONNullable public var referenceGroup: String? = nil
    /// The strata of the log-rank test and Cox model (empty when unstratified).
    public var strata: [String]
    /// Kaplan–Meier summary per group, reference first.
    public var groups: [GroupSummary]
    /// The log-rank test.
    public var logrank: LogRankResult
    /// The Cox model.
    public var cox: CoxRegressionResult
    /// The proportional-hazards test of the Cox model.
    public var phTest: ProportionalHazardsTestResult

    /// The result as pretty-printed JSON with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// The Kaplan–Meier summary of one group.
public struct GroupSummary: Sendable, Codable, Equatable {
    /// The group.
    public var name: String
    /// Patients in it.
    public var n: Int
    /// Events among them.
    public var events: Int
    /// Median survival; `null` when the curve does not reach 0.5.
    @JSONNullable public var median: Double? = nil
    /// Lower confidence bound of the median; `null` when not reached.
    @JSONNullable public var medianLower: Double? = nil
    /// Upper confidence bound of the median; `null` when not reached.
    @JSONNullable public var medianUpper: Double? = nil
    /// S(t) at the requested times, ascending.
    public var km: [SurvivalEstimate]
}
