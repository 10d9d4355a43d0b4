import CohortStatistics

/// Why a cohort analysis could not be done. Every case names the input file and, where there is one,
/// the row (1-based line number, header = 1) and the column.
public enum CohortAnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The table, or a cell of it, is unusable (the wrapped error names the row and column).
    case table(file: String, CohortTableError)
    /// The same patient appears on two rows.
    case duplicatePatient(file: String, row: Int, column: String, patient: String, firstRow: Int)
    /// The annotator does not interpret a gene, so its changes cannot be classified.
    case unsupportedGene(String, supported: [String])
    /// A requested tumour type does not occur in the table.
    case tumorTypeNotInTable(file: String, code: String, column: String)
    /// A derivation setting is unusable (e.g. an empty identifier).
    case invalidSetting(String)
    /// A result could not be written as JSON.
    case output(String)

    /// The problem in one line.
    public var description: String {
        switch self {
        case .table(let file, let error):
            return "\(file): \(error.description)"
        case .duplicatePatient(let file, let row, let column, let patient, let firstRow):
            return "\(file): row \(row), column '\(column)': patient '\(patient)' already appears on row \(firstRow); expected one row per patient"
        case .unsupportedGene(let gene, let supported):
            return "gene '\(gene)' cannot be classified: the annotator interprets \(supported.joined(separator: ", ")) only"
        case .tumorTypeNotInTable(let file, let code, let column):
            return "\(file): tumour type '\(code)' does not occur in column '\(column)'"
        case .invalidSetting(let problem):
            return problem
        case .output(let problem):
            return problem
        }
    }
}
