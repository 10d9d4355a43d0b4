/// The input formats the annotator reads; the raw value is recorded in `provenance.input.format`.
public enum ReportFormat: String, Hashable, Sendable, CaseIterable {
    /// The project's own JSON report format (`schemas/keapnrf-report.schema.json`).
    case keapnrfJSON = "keapnrf-json"
}
