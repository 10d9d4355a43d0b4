import ReportModel

/// What a reader produced: the report, the format it was read as, and notices the user should see
/// (e.g. an XML encoding declaration that was ignored, VCF records that failed their filters).
public struct ReportReading: Hashable, Sendable {
    public var report: PatientReport
    public var format: ReportFormat
    /// Sentences about how the input was read; the annotator adds them to the interpretation's warnings.
    public var notices: [String]

    public init(report: PatientReport, format: ReportFormat, notices: [String] = []) {
        self.report = report
        self.format = format
        self.notices = notices
    }
}
