/// Why a cohort table, or one of its cells, could not be used for an analysis.
///
/// Row numbers are 1-based line numbers of the input, so the header is row 1 and the first
/// patient is row 2; columns are named by their header text.
public enum CohortTableError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadableFile(path: String, reason: String)
    /// The input holds no header row.
    case emptyInput
    /// The input is larger than this reader supports (2 GiB).
    case inputTooLarge(bytes: Int)
    /// A line is not valid UTF-8.
    case invalidUTF8(row: Int)
    /// Two header cells carry the same name.
    case duplicateColumn(name: String)
    /// A row has a different number of tab-separated fields than the header; `column` is the
    /// first column without a value, or the last column when there are extra fields.
    case raggedRow(row: Int, column: String, expectedFields: Int, foundFields: Int)
    /// A column named in the analysis is not in the header.
    case missingColumn(name: String, available: [String])
    /// A survival time is empty or `NA` and missing values are rejected.
    case missingTime(row: Int, column: String)
    /// A survival time is below zero.
    case negativeTime(row: Int, column: String, value: String)
    /// A survival time is not a number.
    case nonNumericTime(row: Int, column: String, value: String)
    /// An event status is empty or `NA` and missing values are rejected.
    case missingEvent(row: Int, column: String)
    /// An event status is not one of the accepted codes.
    case unknownEventCode(row: Int, column: String, value: String)
    /// A covariate is empty or `NA` and missing values are rejected.
    case missingCovariate(row: Int, column: String)
    /// A numeric covariate is not a number.
    case nonNumericCovariate(row: Int, column: String, value: String)
    /// A group or stratum value is empty or `NA` and missing values are rejected.
    case missingCategory(row: Int, column: String)
    /// A two-level categorical covariate has a number of levels other than two.
    case notTwoLevels(column: String, levels: [String])
    /// The level coded 1 of a two-level covariate does not occur in the data.
    case unknownLevel(column: String, level: String, available: [String])
    /// The reference group does not occur in the analysed rows.
    case unknownReferenceGroup(column: String, value: String, available: [String])
    /// A `COLUMN=VALUE` filter could not be read.
    case invalidFilter(text: String)
    /// A time at which survival was requested is negative or not finite.
    case invalidRequestedTime(Double)
    /// The confidence level is not strictly between 0 and 1.
    case invalidConfidenceLevel(Double)

    /// The problem in words, naming the row and column where there is one.
    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            return "cannot read cohort table '\(path)': \(reason)"
        case .emptyInput:
            return "the cohort table is empty: expected a tab-separated header row and one row per patient"
        case .inputTooLarge(let bytes):
            return "the cohort table has \(bytes) bytes; at most 2 GiB are supported"
        case .invalidUTF8(let row):
            return "row \(row): not valid UTF-8 text"
        case .duplicateColumn(let name):
            return "the header names column '\(name)' more than once"
        case .raggedRow(let row, let column, let expected, let found):
            let detail = found < expected
                ? "no value for column '\(column)' onwards"
                : "extra fields after the last column '\(column)'"
            return "row \(row): \(found) tab-separated fields, expected \(expected) as in the header (\(detail))"
        case .missingColumn(let name, let available):
            return "column '\(name)' not found; available columns: \(available.joined(separator: ", "))"
        case .missingTime(let row, let column):
            return "row \(row), column '\(column)': survival time is missing"
        case .negativeTime(let row, let column, let value):
            return "row \(row), column '\(column)': survival time '\(value)' is negative"
        case .nonNumericTime(let row, let column, let value):
            return "row \(row), column '\(column)': survival time '\(value)' is not a number"
        case .missingEvent(let row, let column):
            return "row \(row), column '\(column)': event status is missing"
        case .unknownEventCode(let row, let column, let value):
            return "row \(row), column '\(column)': event status '\(value)' is not one of "
                + "1/0, TRUE/FALSE, 1:DECEASED/0:LIVING, DEAD/ALIVE, DECEASED/LIVING"
        case .missingCovariate(let row, let column):
            return "row \(row), column '\(column)': covariate value is missing"
        case .nonNumericCovariate(let row, let column, let value):
            return "row \(row), column '\(column)': covariate value '\(value)' is not a number"
        case .missingCategory(let row, let column):
            return "row \(row), column '\(column)': value is missing"
        case .notTwoLevels(let column, let levels):
            return "column '\(column)' must have exactly two levels to be coded 0/1; found \(levels.count): "
                + levels.joined(separator: ", ")
        case .unknownLevel(let column, let level, let available):
            return "column '\(column)' has no level '\(level)'; levels: \(available.joined(separator: ", "))"
        case .unknownReferenceGroup(let column, let value, let available):
            return "reference group '\(value)' does not occur in column '\(column)'; groups: "
                + available.joined(separator: ", ")
        case .invalidFilter(let text):
            return "filter '\(text)' is not of the form COLUMN=VALUE or COLUMN=VALUE1|VALUE2"
        case .invalidRequestedTime(let time):
            return "requested time \(time) must be a finite number ≥ 0"
        case .invalidConfidenceLevel(let level):
            return "confidence level \(level) must lie strictly between 0 and 1"
        }
    }
}
