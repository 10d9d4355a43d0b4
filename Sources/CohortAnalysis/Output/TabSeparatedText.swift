import Interpretation

/// Tab-separated text: a header line, then one line per row; numbers in their shortest round-trip form.
enum TabSeparatedText {
    /// The table as text with a final newline.
    static func table(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n"
    }

    /// A number as the JSON outputs write it (`17.073170731707318`, `0`, `12`).
    static func number(_ value: Double) -> String { JSONSerializer.format(value) }
}
