import CohortStatistics

/// Which calls of a cohort table count: all of them, or only those without a filter tag.
public enum CallFilterPolicy: String, Sendable, Codable, CaseIterable {
    /// Every call counts, filtered (`p.X[FILTER]`) or not, as the table's status columns count them.
    case includeFiltered = "include-filtered"
    /// Calls with a filter tag are left out; a gene whose every call is filtered counts as not altered.
    case passOnly = "pass-only"
}

/// One patient's row of a cohort table: the grouping value and, per gene, whether it is altered and
/// the classified calls.
public struct PatientAlterations: Sendable {
    /// One call with its classification.
    public struct Call: Sendable, Hashable {
        /// The call as the table wrote it.
        public var recorded: RecordedCall
        /// The annotator's classification of its change.
        public var change: ClassifiedChange
    }

    /// One gene of one patient.
    public struct Gene: Sendable {
        /// True when the status column says altered (and, under `pass-only`, a call without a filter remains).
        public var altered: Bool
        /// The counted calls of an altered gene; an altered gene without a usable change holds one
        /// `uninterpretable` call with reason `no_change_given`.
        public var calls: [Call]
        /// True when the status says altered and at least one call carries a filter tag.
        public var hasFilteredCall: Bool

        /// The union of the calls' classes.
        public var classes: Set<AlterationClass> { calls.reduce(into: []) { $0.formUnion($1.change.classes) } }
    }

    /// The line number of the row (header = 1).
    public var row: Int
    /// The value of the grouping column (e.g. the OncoTree code) as written.
    public var group: String
    /// One entry per requested gene, in request order.
    public var genes: [Gene]

    /// Reads every patient of a table.
    ///
    /// - Throws: ``CohortAnalysisError`` for a missing column or a patient on two rows (checked when the
    ///   table has the patient column).
    public static func read(
        _ input: CohortInput, columns: CohortColumns, groupColumn: String, genes: [String],
        policy: CallFilterPolicy, classifier: inout AlterationClassifier
    ) throws(CohortAnalysisError) -> [PatientAlterations] {
        try classifier.checkSupported(genes)
        let table = input.table
        let groupIndex = try input.column(groupColumn)
        let statusIndexes = try genes.map { (gene) throws(CohortAnalysisError) in try input.column(columns.status(of: gene)) }
        let changeIndexes = try genes.map { (gene) throws(CohortAnalysisError) in try input.column(columns.change(of: gene)) }
        try input.checkOneRowPerPatient(column: columns.patient)
        var patients: [PatientAlterations] = []
        patients.reserveCapacity(table.rowCount)
        // Cells: the group, then each gene's status, then each gene's changes.
        table.forEachRow(columns: [groupIndex] + statusIndexes + changeIndexes) { row, cells in
            let geneEntries = genes.indices.map { index in
                gene(
                    genes[index], status: cells[1 + index], changes: cells[1 + genes.count + index], columns: columns,
                    policy: policy, classifier: &classifier)
            }
            patients.append(PatientAlterations(row: table.lineNumber(ofRow: row), group: cells[0], genes: geneEntries))
        }
        return patients
    }

    private static func gene(
        _ gene: String, status: String, changes: String, columns: CohortColumns, policy: CallFilterPolicy,
        classifier: inout AlterationClassifier
    ) -> Gene {
        guard status == columns.alteredValue else { return Gene(altered: false, calls: [], hasFilteredCall: false) }
        let recorded = RecordedCall.calls(in: changes)
        let hasFilteredCall = recorded.contains { !$0.passed }
        let counted = policy == .passOnly ? recorded.filter(\.passed) : recorded
        if policy == .passOnly, !recorded.isEmpty, counted.isEmpty {
            return Gene(altered: false, calls: [], hasFilteredCall: hasFilteredCall)
        }
        guard !counted.isEmpty else {
            let none = Call(recorded: RecordedCall(change: ""), change: .uninterpretable(gene: gene, source: "", reason: "no_change_given"))
            return Gene(altered: true, calls: [none], hasFilteredCall: hasFilteredCall)
        }
        let calls = counted.map { call in Call(recorded: call, change: classifier.classify(gene: gene, change: call.change)) }
        return Gene(altered: true, calls: calls, hasFilteredCall: hasFilteredCall)
    }
}
