import CohortStatistics

/// One survival analysis per value of a column (e.g. per OncoTree code, the seed study's Figure 2).
public struct GroupedSurvival: Sendable, Codable, Equatable {
    /// The column whose values define the subsets.
    public var by: String
    /// Rows that passed the filters but have no value in the column (not in any subset).
    public var rowsWithoutValue: Int
    /// One entry per value, in byte order.
    public var subsets: [Subset]

    /// The analysis of one subset.
    public struct Subset: Sendable, Codable, Equatable {
        /// The value of the `by` column.
        public var value: String
        /// `analysed`, or `reference_group_absent` when no row of the subset is in the reference group.
        public var status: String
        /// Why the subset was not analysed.
        @JSONNullable public var message: String? = nil
        /// The analysis (its design lists the subset's filter); `null` when not analysed.
        @JSONNullable public var result: AnalysisResult? = nil
    }

    /// Analyses each subset of the rows that pass the design's filters.
    ///
    /// - Throws: ``CohortTableError`` for unusable columns or cells (naming row and column). A subset
    ///   without the reference group is reported in its entry, not thrown.
    public static func run(
        table: CohortTable, design: SurvivalDesign, options: AnalysisOptions, by column: String
    ) throws(CohortTableError) -> GroupedSurvival {
        let byIndex = try table.columnIndex(named: column)
        let filterIndexes = try design.filters.map { (filter) throws(CohortTableError) in try table.columnIndex(named: filter.column) }
        var values = Set<String>()
        var withoutValue = 0
        // Cells: the `by` value, then one per filter.
        table.forEachRow(columns: [byIndex] + filterIndexes) { _, cells in
            guard zip(design.filters, cells.dropFirst()).allSatisfy({ $0.values.contains($1) }) else { return }
            if CohortTable.isMissingValue(cells[0]) { withoutValue += 1 } else { values.insert(cells[0]) }
        }
        var subsets: [Subset] = []
        for value in values.sortedInByteOrder() {
            var subsetDesign = design
            subsetDesign.filters.append(RowFilter(column: column, values: [value]))
            do {
                let result = try SurvivalAnalysis.run(table: table, design: subsetDesign, options: options)
                subsets.append(Subset(value: value, status: "analysed", result: result))
            } catch {
                guard case .unknownReferenceGroup = error else { throw error }
                subsets.append(Subset(value: value, status: "reference_group_absent", message: error.description))
            }
        }
        return GroupedSurvival(by: column, rowsWithoutValue: withoutValue, subsets: subsets)
    }
}
