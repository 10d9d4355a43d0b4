/// The analysable rows of a cohort: times, events, groups, covariates and strata as numbers.
public struct SurvivalDataset: Sendable {
    /// Follow-up time of each patient (≥ 0).
    public let times: [Double]
    /// Whether each patient had the event (`true`) or was censored.
    public let events: [Bool]
    /// Index into ``groupNames`` of each patient's group.
    public let groups: [Int]
    /// The groups, reference first, then the others in byte order.
    public let groupNames: [String]
    /// The column the groups come from (`nil` when all rows form one group).
    public let groupColumn: String?
    /// The adjustment covariates, one array per covariate, each with one value per patient.
    public let covariates: [[Double]]
    /// The model names of the covariates (the column name, or column + level for a
    /// two-level categorical, as R names them).
    public let covariateNames: [String]
    /// The table columns of the covariates (the Cox model's terms).
    public let covariateColumns: [String]
    /// Index into ``strataNames`` of each patient's stratum, or `nil` when unstratified.
    public let strata: [Int]?
    /// The strata in byte order.
    public let strataNames: [String]
    /// The line number of each used row in the table (header = 1).
    public let rowNumbers: [Int]
    /// Rows that passed the filters (used + excluded).
    public let selectedRowCount: Int
    /// Rows that passed the filters but were left out, and why.
    public let exclusions: ExclusionSummary

    /// The number of patients analysed.
    public var count: Int { times.count }
    /// The number of events among them.
    public var eventCount: Int { events.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// Creates a dataset from arrays (all of the same length).
    public init(
        times: [Double],
        events: [Bool],
        groups: [Int],
        groupNames: [String],
        groupColumn: String? = "group",
        covariates: [[Double]] = [],
        covariateNames: [String] = [],
        covariateColumns: [String]? = nil,
        strata: [Int]? = nil,
        strataNames: [String] = [],
        rowNumbers: [Int]? = nil,
        selectedRowCount: Int? = nil,
        exclusions: ExclusionSummary = .none
    ) {
        self.times = times
        self.events = events
        self.groups = groups
        self.groupNames = groupNames
        self.groupColumn = groupColumn
        self.covariates = covariates
        self.covariateNames = covariateNames
        self.covariateColumns = covariateColumns ?? covariateNames
        self.strata = strata
        self.strataNames = strataNames
        self.rowNumbers = rowNumbers ?? Array(0 ..< times.count).map { $0 + 2 }
        self.selectedRowCount = selectedRowCount ?? times.count
        self.exclusions = exclusions
    }

    /// Reads the rows a design selects from a table.
    ///
    /// - Throws: ``CohortTableError`` naming the row and column of the first unusable cell.
    public init(table: CohortTable, design: SurvivalDesign) throws(CohortTableError) {
        self = try DatasetExtractor(table: table, design: design).extract()
    }
}
