/// The input formats the annotator reads; the raw value is recorded in `provenance.input.format`.
public enum ReportFormat: String, Hashable, Sendable, CaseIterable {
    /// The project's own JSON report format (`schemas/keapnrf-report.schema.json`).
    case keapnrfJSON = "keapnrf-json"
    /// A FoundationOne CDx / FoundationOne Liquid CDx ResultsReport XML (`rr:ResultsReport` with a `variant-report`).
    case foundationOneXML = "f1cdx-xml"
    /// HL7 FHIR Genomics Reporting (R4; STU1–STU3 profiles) as JSON: a Bundle, DiagnosticReport or Observation.
    case fhirJSON = "fhir-json"
    /// HL7 FHIR Genomics Reporting as XML.
    case fhirXML = "fhir-xml"
    /// Variant Call Format 4.1–4.3, one tumour sample.
    case vcf
    /// Mutation Annotation Format (GDC / cBioPortal columns), one tumour sample.
    case maf

    /// The accepted values, for messages: `keapnrf-json, f1cdx-xml, …` (built once: the commands' help texts name
    /// them, and every command line is parsed against them).
    public static let valueList: String = allCases.map { $0.rawValue }.joined(separator: ", ")
}
