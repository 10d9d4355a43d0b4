/// Feature frequencies per group of a cohort table (e.g. KEAP1-mutant patients per OncoTree
/// code), with an `ALL` row for the whole table.
public struct FrequencyTable: Sendable, Codable, Equatable {
    /// The column that defines the groups.
    public var groupColumn: String
    /// The column whose value marks the feature.
    public var statusColumn: String
    /// The value counted as having the feature (e.g. `MUT`).
    public var featureValue: String
    /// One row per group in byte order, then `ALL`.
    public var rows: [Row]

    /// One group's frequency.
    public struct Row: Sendable, Codable, Equatable {
        /// The group (or `ALL`).
        public var group: String
        /// The proportion with its intervals.
        public var proportion: BinomialProportion
    }

    /// Counts rows whose `statusColumn` equals `featureValue` (exact match) within each value of
    /// `groupColumn`; every row counts in `n`, including rows with an empty status.
    ///
    /// - Throws: ``CohortTableError/missingColumn(name:available:)``, or
    ///   ``CohortTableError/invalidUTF8(row:)`` for a group value that is not UTF-8.
    public init(
        table: CohortTable, groupColumn: String, statusColumn: String, featureValue: String = "MUT",
        confidenceLevel: Double = 0.95
    ) throws(CohortTableError) {
        let groupIndex = try table.columnIndex(named: groupColumn)
        let statusIndex = try table.columnIndex(named: statusColumn)
        var labels = CategoryInterner()
        var totals: [Int] = []
        var features: [Int] = []
        var fields = FieldLocator(columnCount: table.columnCount)
        try table.bytes.withUnsafeBufferPointer { (buffer) throws(CohortTableError) in
            for row in 0 ..< table.rowCount {
                fields.locate(row: row, of: table, in: buffer)
                let group = fields.cell(groupIndex, in: buffer)
                let code = try labels.code(for: group, row: table.lineNumber(ofRow: row))
                if code == totals.count {
                    totals.append(0)
                    features.append(0)
                }
                totals[code] += 1
                let status = fields.cell(statusIndex, in: buffer)
                if CellParser.equals(status, featureValue) { features[code] += 1 }
            }
        }
        let (sorted, _) = labels.sortedLevels()
        var rows = sorted.map { name -> Row in
            let code = labels.levels.firstIndex(of: name) ?? 0
            return Row(group: name, proportion: BinomialProportion(
                count: features[code], n: totals[code], confidenceLevel: confidenceLevel))
        }
        if table.rowCount > 0 {
            rows.append(Row(group: "ALL", proportion: BinomialProportion(
                count: features.reduce(0, +), n: table.rowCount, confidenceLevel: confidenceLevel)))
        }
        self.groupColumn = groupColumn
        self.statusColumn = statusColumn
        self.featureValue = featureValue
        self.rows = rows
    }
}
