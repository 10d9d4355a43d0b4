import Foundation

/// Numbers as the reports print them, the same bytes on every run: ratios with three significant digits,
/// p values with a floor, fractions as given.
enum DisplayNumber {
    /// Three significant digits (`1.25`, `0.812`, `12.3`), or `NA`.
    static func significant(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "NA" }
        if value == 0 { return "0" }
        let digits = max(0, 2 - Int(floor(log10(abs(value)))))
        return String(format: "%.\(digits)f", value)
    }

    /// A p value: `<0.001` below 0.001, else three significant digits.
    static func pValue(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "NA" }
        return value < 0.001 ? "<0.001" : significant(value)
    }

    /// A number as the shortest text that reads back to it (`0.52`, `11.3`, `7`).
    static func exact(_ value: Double) -> String { JSONSerializer.format(value) }

    /// A fraction as a percentage with one decimal (`0.523` → `52.3%`).
    static func percent(fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }

    /// Counts by name, sorted by name (`E79K 12, E79Q 5`); empty when there are none.
    static func counts(_ counts: [String: Int]) -> String {
        counts.keys.sorted().map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ")
    }
}
