/// Runs a complete survival analysis: Kaplan–Meier per group, log-rank test, Cox model and
/// proportional-hazards test, with R `survival` 3.5-3's definitions throughout.
public enum SurvivalAnalysis {
    /// The engine string written into every result.
    public static let engine = "keapnrf CohortStatistics (R survival 3.5-3 conventions)"

    /// Reads the design's rows from `table` and analyses them.
    ///
    /// - Throws: ``CohortTableError`` for unusable columns or cells (naming row and column) and
    ///   invalid options. Degenerate data (one group, no events, perfect separation) is not an
    ///   error: it is reported in the result's statuses.
    public static func run(
        table: CohortTable, design: SurvivalDesign, options: AnalysisOptions = AnalysisOptions()
    ) throws(CohortTableError) -> AnalysisResult {
        let dataset = try SurvivalDataset(table: table, design: design)
        return try run(dataset: dataset, design: design, options: options)
    }

    /// Analyses an extracted dataset; `design` is echoed in the result.
    public static func run(
        dataset: SurvivalDataset, design: SurvivalDesign, options: AnalysisOptions = AnalysisOptions()
    ) throws(CohortTableError) -> AnalysisResult {
        for time in options.times where !time.isFinite || time < 0 { throw .invalidRequestedTime(time) }
        let band = try ConfidenceBand(transform: options.confidenceTransform, level: options.confidenceLevel)
        let times = options.timeFix ? TimeFix.apply(dataset.times) : dataset.times
        let requested = options.times.sorted()

        let groups = dataset.groupNames.indices.map { group -> GroupSummary in
            let members = dataset.groups.indices.filter { dataset.groups[$0] == group }
            let curve = KaplanMeierCurve(times: members.map { times[$0] }, events: members.map { dataset.events[$0] })
            let banded = curve.banded(band)
            let median = banded.median
            return GroupSummary(
                name: dataset.groupNames[group], n: members.count, events: curve.eventTotal,
                median: median.median, medianLower: median.lower, medianUpper: median.upper,
                km: requested.map(banded.estimate))
        }
        let logrank = LogRankTest.compute(
            times: times, events: dataset.events, groups: dataset.groups, groupNames: dataset.groupNames,
            strata: dataset.strata)
        let fit = coxFit(dataset: dataset, times: times, options: options)
        let phTest = options.proportionalHazardsTest
            ? fit.proportionalHazardsTest()
            : ProportionalHazardsTestResult(status: .notAvailable, message: "not requested", transform: "km", terms: [])

        return AnalysisResult(
            engine: engine, design: design, options: options, rowsSelected: dataset.selectedRowCount,
            n: dataset.count, events: dataset.eventCount, excluded: dataset.exclusions,
            confType: options.confidenceTransform, confLevel: options.confidenceLevel,
            referenceGroup: dataset.groupColumn == nil ? nil : dataset.groupNames.first,
            strata: dataset.strata == nil ? [] : dataset.strataNames,
            groups: groups, logrank: logrank, cox: fit.result, phTest: phTest)
    }

    /// The Cox model of the group contrasts (reference coded 0) plus the adjustment covariates.
    private static func coxFit(dataset: SurvivalDataset, times: [Double], options: AnalysisOptions) -> CoxFit {
        var columns: [[Double]] = []
        var names: [String] = []
        var termOfColumn: [Int] = []
        var termNames: [String] = []
        if let groupColumn = dataset.groupColumn {
            guard dataset.groupNames.count >= 2 else {
                return CoxFit(result: CoxRegressionResult(
                    status: .oneGroup,
                    message: "only one group (\(dataset.groupNames.first ?? "none")) in column '\(groupColumn)': no hazard ratio to estimate",
                    ties: options.ties, n: dataset.count, events: dataset.eventCount,
                    confidenceLevel: options.confidenceLevel, terms: [], iterations: 0))
            }
            termNames.append(groupColumn)
            for group in 1 ..< dataset.groupNames.count {
                columns.append(dataset.groups.map { $0 == group ? 1 : 0 })
                names.append(groupColumn + dataset.groupNames[group])
                termOfColumn.append(0)
            }
        }
        for (index, column) in dataset.covariates.enumerated() {
            let term = dataset.covariateColumns[index]
            if !termNames.contains(term) { termNames.append(term) }
            columns.append(column)
            names.append(dataset.covariateNames[index])
            termOfColumn.append(termNames.firstIndex(of: term) ?? 0)
        }
        let input = CoxModelInput(
            times: times, events: dataset.events, covariates: columns, covariateNames: names,
            termOfCovariate: termOfColumn, termNames: termNames, strata: dataset.strata)
        return CoxFit(input, ties: options.ties, control: options.control, confidenceLevel: options.confidenceLevel)
    }
}
