#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReportModel

/// Reads a FoundationOne CDx / FoundationOne Liquid CDx ResultsReport XML.
///
/// The alterations come from `rr:ResultsReport/rr:ResultsPayload/variant-report` (a bare `variant-report`
/// root is read too): every `short-variant`, `copy-number-alteration` and `rearrangement` becomes a model
/// value — none is dropped. The tumour type is the variant report's `@disease-ontology` (else
/// `@pathology-diagnosis`, else `@disease`); the panel is `FinalReport/Sample/TestType` (else `@test-type`).
///
/// Only the elements read are kept while parsing (``selection``), so patient identifiers are never read:
/// the `PMI` and `rr:CustomerInformation` blocks are left out of the parsed tree altogether, and FMI
/// accession numbers (report, specimen, TRF ids) are not copied either,
/// because FMI XML has no pseudonymous identifier field. FMI gives one hg19 coordinate and a strand but
/// no alleles, so short variants carry the transcript, `cds-effect` and `protein-effect` exactly as written
/// (`NM_012289`, `908A>T`, `K303M`) and no genomic change, except a single-base substitution inside a
/// KEAP1/NFE2L2 span on a transcript the span does not list (another isoform): its genomic change is derived
/// from the position, strand and cds-effect (``FoundationOnePosition``), which places it on MANE.
enum FoundationOneReader {
    /// The elements read, below a `ResultsReport` or a bare `variant-report` root: the variant report's
    /// alteration lists and biomarkers, and the panel name. Everything else, including the `PMI` and
    /// `CustomerInformation` blocks of patient identifiers, is left out while parsing.
    static let selection: XMLSelection = {
        let variantReport = [["short-variants", "short-variant"], ["copy-number-alterations", "copy-number-alteration"],
                             ["rearrangements", "rearrangement"], ["biomarkers", "tumor-mutation-burden"],
                             ["biomarkers", "microsatellite-instability"]]
        return .paths(variantReport + variantReport.map { ["ResultsPayload", "variant-report"] + $0 }
                      + [["ResultsPayload", "FinalReport", "Sample", "TestType"]])
    }()

    static func read(_ data: Data, file: String, options: ReportReadOptions) throws(ReportReadError) -> ReportReading {
        let document = try SafeXMLParser.parse(data, file: file, maxDepth: options.maxXMLDepth, maxKeptElements: options.maxXMLElements, selection: selection)
        let root = document.root
        let fail = { (element: ParsedXMLElement, problem: String) in ReportReadError(file: file, location: element.location, problem: problem) }
        let variantReport: ParsedXMLElement
        var finalReport: ParsedXMLElement?
        switch root.localName {
        case "variant-report":
            variantReport = root
        case "ResultsReport":
            guard let payload = root.child(named: "ResultsPayload") else {
                throw fail(root, "expected an rr:ResultsPayload element holding the variant-report")
            }
            let reports = payload.children(named: "variant-report")
            guard reports.count == 1, let only = reports.first else {
                throw fail(payload, "expected exactly one variant-report element, found \(reports.count)")
            }
            variantReport = only
            finalReport = payload.child(named: "FinalReport")
        default:
            throw fail(root, "expected a FoundationOne rr:ResultsReport (or variant-report) root element, found <\(root.qualifiedName)>")
        }
        var (report, notices) = FoundationOneVariantReport(file: file, spans: options.geneSpans).report(from: variantReport)
        report.panel = finalReport?.child(named: "Sample")?.child(named: "TestType")?.trimmedText ?? variantReport.attribute("test-type")
        return ReportReading(report: report, format: .foundationOneXML, notices: document.notices + notices)
    }
}
