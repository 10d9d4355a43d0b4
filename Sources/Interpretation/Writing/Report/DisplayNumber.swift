import Foundation

/// Numbers as the reports print them, the same bytes on every run: fractions as given, percentages, counts.
/// Effect sizes and p values are written with the knowledgebase's ``NumberText``, as the statements are.
enum DisplayNumber {
    /// A number as the shortest text that reads back to it (`0.52`, `11.3`, `7`).
    static func exact(_ value: Double) -> String { JSONSerializer.format(value) }

    /// A fraction as a percentage with one decimal (`0.523` → `52.3%`).
    static func percent(fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }

    /// Counts by name, sorted by name (`E79K 12, E79Q 5`); empty when there are none.
    static func counts(_ counts: [String: Int]) -> String {
        counts.keys.sorted().map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ")
    }
}
