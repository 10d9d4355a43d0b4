/// Turns the rows of a cohort table selected by a design into a ``SurvivalDataset``.
struct DatasetExtractor {
    let table: CohortTable
    let design: SurvivalDesign

    private struct Columns {
        var time: Int
        var event: Int
        var group: Int?
        var strata: Int?
        var covariates: [Int]
        var filters: [(column: Int, values: [String])]
    }

    /// The values read from the rows kept so far.
    private struct Accumulator {
        var times: [Double] = []
        var events: [Bool] = []
        var groupLabels = CategoryInterner()
        var groupCodes: [Int] = []
        var strataLabels = CategoryInterner()
        var strataCodes: [Int] = []
        var covariateValues: [[Double]]
        var categoricalCovariateLabels: [CategoryInterner]
        var rowNumbers: [Int] = []
        var covariateRow: [Double] = []
        var selected = 0
        var exclusions = ExclusionCollector()
    }

    func extract() throws(CohortTableError) -> SurvivalDataset {
        let columns = try resolveColumns()
        var state = Accumulator(
            covariateValues: Array(repeating: [], count: design.covariates.count),
            categoricalCovariateLabels: Array(repeating: CategoryInterner(), count: design.covariates.count)
        )
        state.times.reserveCapacity(table.rowCount)
        state.events.reserveCapacity(table.rowCount)
        var fields = FieldLocator(columnCount: table.columnCount)
        try table.bytes.withUnsafeBufferPointer { (buffer) throws(CohortTableError) in
            for row in 0 ..< table.rowCount {
                fields.locate(row: row, of: table, in: buffer)
                try read(row: row, fields: fields, columns: columns, buffer: buffer, into: &state)
            }
        }
        return try finish(state)
    }

    private func resolveColumns() throws(CohortTableError) -> Columns {
        var filters: [(column: Int, values: [String])] = []
        for filter in design.filters {
            filters.append((try table.columnIndex(named: filter.column), filter.values))
        }
        var covariates: [Int] = []
        for covariate in design.covariates {
            covariates.append(try table.columnIndex(named: covariate.column))
        }
        return Columns(
            time: try table.columnIndex(named: design.timeColumn),
            event: try table.columnIndex(named: design.eventColumn),
            group: try design.groupColumn.map { (name) throws(CohortTableError) in try table.columnIndex(named: name) },
            strata: try design.strataColumn.map { (name) throws(CohortTableError) in try table.columnIndex(named: name) },
            covariates: covariates,
            filters: filters
        )
    }

    private func passesFilters(_ fields: FieldLocator, _ buffer: UnsafeBufferPointer<UInt8>, columns: Columns) -> Bool {
        columns.filters.allSatisfy { filter in
            let value = fields.cell(filter.column, in: buffer)
            return filter.values.contains { CellParser.equals(value, $0) }
        }
    }

    private func read(
        row: Int, fields: FieldLocator, columns: Columns, buffer: UnsafeBufferPointer<UInt8>, into state: inout Accumulator
    ) throws(CohortTableError) {
        guard passesFilters(fields, buffer, columns: columns) else { return }
        let cell = { (column: Int) in fields.cell(column, in: buffer) }
        state.selected += 1
        let line = table.lineNumber(ofRow: row)
        var missing: [(reason: String, column: String)] = []

        let timeCell = cell(columns.time)
        var time = 0.0
        if CellParser.isMissing(timeCell) {
            try noteMissing("missing survival time", design.timeColumn, line, &missing) { .missingTime(row: line, column: design.timeColumn) }
        } else {
            guard let value = CellParser.number(timeCell) else {
                throw .nonNumericTime(row: line, column: design.timeColumn, value: text(timeCell))
            }
            guard value >= 0 else { throw .negativeTime(row: line, column: design.timeColumn, value: text(timeCell)) }
            time = value
        }

        let eventCell = cell(columns.event)
        var event = false
        if CellParser.isMissing(eventCell) {
            try noteMissing("missing event status", design.eventColumn, line, &missing) { .missingEvent(row: line, column: design.eventColumn) }
        } else {
            guard let status = CellParser.eventStatus(eventCell) else {
                throw .unknownEventCode(row: line, column: design.eventColumn, value: text(eventCell))
            }
            event = status
        }

        let groupCode = try categoryCode(
            columns.group.map(cell), column: design.groupColumn, reason: "missing group", line: line,
            labels: &state.groupLabels, missing: &missing)
        let stratumCode = try categoryCode(
            columns.strata.map(cell), column: design.strataColumn, reason: "missing stratum", line: line,
            labels: &state.strataLabels, missing: &missing)

        state.covariateRow.removeAll(keepingCapacity: true)
        for (index, specification) in design.covariates.enumerated() {
            let value = cell(columns.covariates[index])
            let name = specification.column
            if CellParser.isMissing(value) {
                try noteMissing("missing covariate", name, line, &missing) { .missingCovariate(row: line, column: name) }
                state.covariateRow.append(0)
                continue
            }
            switch specification {
            case .numeric:
                guard let number = CellParser.number(value) else {
                    throw .nonNumericCovariate(row: line, column: name, value: text(value))
                }
                state.covariateRow.append(number)
            case .twoLevel:
                let code = try state.categoricalCovariateLabels[index].code(for: value, row: line)
                state.covariateRow.append(Double(code))
            }
        }

        guard missing.isEmpty else {
            state.exclusions.exclude(row: line, missing: missing)
            return
        }
        state.times.append(time)
        state.events.append(event)
        state.groupCodes.append(groupCode)
        state.strataCodes.append(stratumCode)
        for (index, value) in state.covariateRow.enumerated() { state.covariateValues[index].append(value) }
        state.rowNumbers.append(line)
    }

    /// The interned code of a group or stratum cell (0 when the design has no such column or
    /// the value is missing, which is then recorded).
    private func categoryCode(
        _ value: UnsafeBufferPointer<UInt8>?, column: String?, reason: String, line: Int,
        labels: inout CategoryInterner, missing: inout [(reason: String, column: String)]
    ) throws(CohortTableError) -> Int {
        guard let value, let column else { return 0 }
        guard !CellParser.isMissing(value) else {
            try noteMissing(reason, column, line, &missing) { .missingCategory(row: line, column: column) }
            return 0
        }
        return try labels.code(for: value, row: line)
    }

    /// Records a missing value, or throws when the design rejects missing values.
    private func noteMissing(
        _ reason: String, _ column: String, _ line: Int, _ missing: inout [(reason: String, column: String)],
        error: () -> CohortTableError
    ) throws(CohortTableError) {
        if design.missingValues == .reject { throw error() }
        missing.append((reason, column))
    }

    private func text(_ cell: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: cell, as: UTF8.self)
    }

    private func finish(_ state: Accumulator) throws(CohortTableError) -> SurvivalDataset {
        let (groupNames, groupOrder) = try orderedGroups(state.groupLabels)
        let groups = state.groupCodes.map { groupOrder[$0] }
        let (strataNames, strataOrder) = state.strataLabels.sortedLevels()
        var covariates: [[Double]] = []
        var names: [String] = []
        for (index, specification) in design.covariates.enumerated() {
            switch specification {
            case .numeric(let column):
                covariates.append(state.covariateValues[index])
                names.append(column)
            case .twoLevel(let column, let level):
                let labels = state.categoricalCovariateLabels[index]
                let codedOne = try levelCodedOne(column: column, requested: level, labels: labels)
                covariates.append(state.covariateValues[index].map { Int($0) == codedOne ? 1 : 0 })
                names.append(column + (codedOne.map { labels.levels[$0] } ?? (level ?? "")))
            }
        }
        let columnOrder = [design.timeColumn, design.eventColumn] + [design.groupColumn, design.strataColumn].compactMap { $0 }
            + design.covariates.map(\.column)
        return SurvivalDataset(
            times: state.times,
            events: state.events,
            groups: groups,
            groupNames: groupNames,
            groupColumn: design.groupColumn,
            covariates: covariates,
            covariateNames: names,
            covariateColumns: design.covariates.map(\.column),
            strata: design.strataColumn == nil ? nil : state.strataCodes.map { strataOrder[$0] },
            strataNames: strataNames,
            rowNumbers: state.rowNumbers,
            selectedRowCount: state.selected,
            exclusions: state.exclusions.summary(columnOrder: columnOrder)
        )
    }

    /// The group names with the reference first, and the map from interned code to position.
    private func orderedGroups(_ labels: CategoryInterner) throws(CohortTableError) -> ([String], [Int]) {
        guard let column = design.groupColumn else { return (["all"], [0]) }
        var sorted = labels.sortedLevels().levels
        if let reference = design.referenceGroup {
            guard let position = sorted.firstIndex(of: reference) else {
                throw .unknownReferenceGroup(column: column, value: reference, available: sorted)
            }
            sorted.remove(at: position)
            sorted.insert(reference, at: 0)
        }
        let order = labels.levels.map { level in sorted.firstIndex(of: level) ?? 0 }
        return (sorted, order)
    }

    /// The interned code of the level coded 1, or `nil` when that level does not occur (the
    /// covariate is then constant 0).
    private func levelCodedOne(column: String, requested: String?, labels: CategoryInterner) throws(CohortTableError) -> Int? {
        let (sorted, _) = labels.sortedLevels()
        guard sorted.count <= 2 else { throw .notTwoLevels(column: column, levels: sorted) }
        if let requested {
            if let code = labels.levels.firstIndex(of: requested) { return code }
            if sorted.count == 2 { throw .unknownLevel(column: column, level: requested, available: sorted) }
            return nil
        }
        guard sorted.count == 2 else { throw .notTwoLevels(column: column, levels: sorted) }
        return labels.levels.firstIndex(of: sorted[1])
    }
}
