import CohortStatistics
import Foundation

/// Reads the values of `keapnrf cohort` options, with messages that say what was expected.
public enum OptionValues {
    /// Why an option value could not be read.
    public struct Invalid: Error, Equatable, Sendable, CustomStringConvertible {
        /// The problem, naming the option and the value.
        public var description: String
    }

    /// A comma-separated list without empty items (`KEAP1,NFE2L2`).
    public static func list(_ text: String, option: String) throws(Invalid) -> [String] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !items.isEmpty, !items.contains(where: \.isEmpty) else {
            throw Invalid(description: "\(option) '\(text)': expected a comma-separated list such as A,B")
        }
        return items
    }

    /// Gene symbols, upper-cased (`keap1,NFE2L2` → `KEAP1`, `NFE2L2`).
    public static func genes(_ text: String) throws(Invalid) -> [String] {
        try list(text, option: "--genes").map { $0.uppercased() }
    }

    /// Times ≥ 0 (`12,24,36`).
    public static func times(_ text: String) throws(Invalid) -> [Double] {
        try list(text, option: "--times").map { (item) throws(Invalid) -> Double in
            guard let value = Double(item), value.isFinite, value >= 0 else {
                throw Invalid(description: "--times: '\(item)' is not a time ≥ 0")
            }
            return value
        }
    }

    /// Covariates: `COLUMN` for a numeric column, `COLUMN=LEVEL` for a two-level column coded 1 at LEVEL
    /// (`age,sex=Male`).
    public static func covariates(_ text: String) throws(Invalid) -> [CovariateSpecification] {
        try list(text, option: "--covariates").map { (item) throws(Invalid) -> CovariateSpecification in
            guard let equals = item.firstIndex(of: "=") else { return .numeric(column: item) }
            let column = String(item[..<equals])
            let level = String(item[item.index(after: equals)...])
            guard !column.isEmpty, !level.isEmpty else {
                throw Invalid(description: "--covariates: '\(item)' is not COLUMN or COLUMN=LEVEL")
            }
            return .twoLevel(column: column, level: level)
        }
    }

    /// Row filters `COLUMN=VALUE` or `COLUMN=VALUE1|VALUE2`, as `--where` takes them.
    public static func filters(_ texts: [String]) throws(Invalid) -> [RowFilter] {
        try texts.map { (text) throws(Invalid) -> RowFilter in
            do {
                return try RowFilter(parsing: text)
            } catch {
                throw Invalid(description: "--where: \(error)")
            }
        }
    }

    /// A value of a closed set, e.g. `--ties efron`.
    public static func choice<Value: RawRepresentable & CaseIterable>(
        _ text: String, option: String, as type: Value.Type
    ) throws(Invalid) -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            throw Invalid(description: "\(option) '\(text)': expected one of \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }
}
