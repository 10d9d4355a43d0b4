/// Which columns of a cohort table hold what, and which rows to analyse.
public struct SurvivalDesign: Sendable, Codable, Equatable {
    /// Column with the follow-up time (numeric, ≥ 0).
    public var timeColumn: String
    /// Column with the event status (see ``CohortTableError/unknownEventCode(row:column:value:)``
    /// for the accepted codes).
    public var eventColumn: String
    /// Column whose values define the compared groups; `nil` analyses all rows as one group.
    public var groupColumn: String?
    /// The group the others are compared with; `nil` takes the first group in byte order.
    public var referenceGroup: String?
    /// Adjustment covariates for the Cox model, in model order after the group contrasts.
    public var covariates: [CovariateSpecification]
    /// Column whose values define strata for the log-rank test and the Cox model.
    public var strataColumn: String?
    /// Row filters; a row is analysed only if it passes every filter.
    public var filters: [RowFilter]
    /// What to do with rows that have an empty or `NA` value in a used column.
    public var missingValues: MissingValuePolicy

    /// Creates a design; only the time and event columns are required.
    public init(
        timeColumn: String,
        eventColumn: String,
        groupColumn: String? = nil,
        referenceGroup: String? = nil,
        covariates: [CovariateSpecification] = [],
        strataColumn: String? = nil,
        filters: [RowFilter] = [],
        missingValues: MissingValuePolicy = .exclude
    ) {
        self.timeColumn = timeColumn
        self.eventColumn = eventColumn
        self.groupColumn = groupColumn
        self.referenceGroup = referenceGroup
        self.covariates = covariates
        self.strataColumn = strataColumn
        self.filters = filters
        self.missingValues = missingValues
    }
}

/// What to do with a row whose value in a used column is empty or `NA`.
public enum MissingValuePolicy: String, Sendable, Codable, Equatable {
    /// Leave the row out and report it, with the reason, in the analysis output.
    case exclude
    /// Stop with an error naming the row and column.
    case reject
}

/// One adjustment covariate of the Cox model.
public enum CovariateSpecification: Sendable, Codable, Equatable {
    /// A numeric column used as is (e.g. age in years, or a 0/1 column such as `male`).
    case numeric(column: String)
    /// A two-level categorical column coded 1 for `level` and 0 for the other level (e.g. sex
    /// with level `Male`, named `sexMale` as R names it). With `level` `nil` the second level
    /// in byte order is coded 1, as R's default treatment contrast does.
    case twoLevel(column: String, level: String?)

    /// The table column the covariate is read from.
    public var column: String {
        switch self {
        case .numeric(let column), .twoLevel(let column, _): return column
        }
    }
}

/// Keeps rows whose value in `column` is one of `values` (exact, case-sensitive match).
public struct RowFilter: Sendable, Codable, Equatable {
    /// The column compared.
    public var column: String
    /// The accepted values.
    public var values: [String]

    /// Creates a filter.
    public init(column: String, values: [String]) {
        self.column = column
        self.values = values
    }

    /// Reads a `COLUMN=VALUE` or `COLUMN=VALUE1|VALUE2` filter, as given to `--where`.
    public init(parsing text: String) throws(CohortTableError) {
        guard let equals = text.firstIndex(of: "=") else { throw .invalidFilter(text: text) }
        let column = String(text[..<equals])
        let values = text[text.index(after: equals)...].split(separator: "|", omittingEmptySubsequences: false)
            .map(String.init)
        guard !column.isEmpty, !values.isEmpty, !values.contains(where: \.isEmpty) else {
            throw .invalidFilter(text: text)
        }
        self.init(column: column, values: values)
    }
}
