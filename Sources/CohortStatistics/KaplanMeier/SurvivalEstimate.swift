/// S(t) at a requested time.
public struct SurvivalEstimate: Sendable, Codable, Equatable {
    /// The requested time.
    public var time: Double
    /// S(t).
    public var survival: Double
    /// Standard error of S(t) (Greenwood), `nil` where undefined (S = 0).
    @JSONNullable public var stdErr: Double? = nil
    /// Lower confidence bound, `nil` where the transform is undefined.
    @JSONNullable public var lower: Double? = nil
    /// Upper confidence bound, `nil` where the transform is undefined.
    @JSONNullable public var upper: Double? = nil
    /// Patients still at risk at t.
    public var nRisk: Int
}

/// The median survival time with its confidence interval; `nil` when not reached.
public struct MedianSurvival: Sendable, Codable, Equatable {
    /// The median.
    @JSONNullable public var median: Double? = nil
    /// Where the lower confidence curve first reaches 0.5.
    @JSONNullable public var lower: Double? = nil
    /// Where the upper confidence curve first reaches 0.5.
    @JSONNullable public var upper: Double? = nil
}
