import Foundation

/// Deterministic number text for statements, and the same rounding for the effect sizes shown beside them
/// (the cohort file keeps the unrounded values). Reports print a statement's numbers elsewhere (e.g. a survival
/// plot's legend) with these functions too, so both read the same.
public enum NumberText {
    /// The value rounded as ``significant(_:)`` writes it.
    public static func rounded(_ value: Double?) -> Double? {
        Double(significant(value))
    }

    /// The value rounded as ``fixed(_:digits:)`` writes it.
    public static func rounded(_ value: Double, digits: Int) -> Double? {
        Double(fixed(value, digits: digits))
    }

    /// Three significant digits (`1.25`, `0.812`, `12.3`), or `NA`.
    public static func significant(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "NA" }
        if value == 0 { return "0" }
        let magnitude = Int(floor(log10(abs(value))))
        let digits = max(0, 2 - magnitude)
        return fixed(value, digits: digits)
    }

    /// A fixed number of decimals, rounding half away from zero.
    public static func fixed(_ value: Double, digits: Int) -> String {
        let scale = pow(10.0, Double(digits))
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero) / scale * (value < 0 ? -1 : 1)
        return String(format: "%.\(digits)f", rounded)
    }

    /// A p value: `<0.001` below 0.001, else three significant digits.
    public static func pValue(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "NA" }
        return value < 0.001 ? "<0.001" : significant(value)
    }
}
