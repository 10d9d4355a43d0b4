#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReportModel
import StrictDecoding

/// Reads the project's own JSON report format (`keapnrf-report`, version 1) into a ``PatientReport``.
///
/// Unknown fields, wrong types, missing required fields and out-of-range values are errors naming the
/// JSON path. Nothing is dropped silently: every variant in the file becomes a model value.
public enum KeapnrfJSONReader {
    /// The value of the `format` field.
    public static let formatName = "keapnrf-report"
    /// The supported `formatVersion`.
    public static let formatVersion = 1

    /// Reads a report from its bytes; `file` names it in messages. The record and value limits of `options`
    /// are checked before the document is decoded.
    public static func read(_ data: Data, file: String, options: ReportReadOptions = .init()) throws(ReportReadError) -> PatientReport {
        let value: JSONValue
        do {
            value = try StrictDecoder.parseJSON(data, file: file, maximumValues: options.maxJSONValues)
        } catch {
            throw ReportReadError(error)
        }
        let records = ["shortVariants", "copyNumberAlterations", "rearrangements"].reduce(0) { count, key in
            guard case .array(let items)? = value[key] else { return count }
            return count + items.count
        }
        try ReportReader.checkRecordCount(records, file: file, limit: options.maxRecords, location: "$")
        let document: KeapnrfReportDocument
        do {
            document = try StrictDecoder.decodeJSON(KeapnrfReportDocument.self, from: consume value, file: file)
        } catch {
            throw ReportReadError(error)
        }
        return try Converter(file: file).report(from: document)
    }
}

/// Turns the on-disk document into the model, checking values the JSON types cannot express.
private struct Converter {
    let file: String

    func fail(_ location: String, _ problem: String) -> ReportReadError {
        ReportReadError(file: file, location: location, problem: problem)
    }

    func report(from document: KeapnrfReportDocument) throws(ReportReadError) -> PatientReport {
        guard document.format == KeapnrfJSONReader.formatName else {
            throw fail("$.format", "expected '\(KeapnrfJSONReader.formatName)', found '\(document.format)'")
        }
        guard document.formatVersion == KeapnrfJSONReader.formatVersion else {
            throw fail("$.formatVersion", "expected \(KeapnrfJSONReader.formatVersion), found \(document.formatVersion)")
        }
        var build: GenomeBuild?
        if let text = document.genomeBuild {
            guard let parsed = GenomeBuild(spelling: text) else {
                throw fail("$.genomeBuild", "expected GRCh37 or GRCh38 (or hg19/hg38), found '\(text)'")
            }
            build = parsed
        }
        if let date = document.reportDate, !CalendarDate.isValid(date) {
            throw fail("$.reportDate", "expected a date as YYYY-MM-DD, found '\(date)'")
        }
        var variants: [ShortVariant] = []
        for (index, field) in (document.shortVariants ?? []).enumerated() {
            variants.append(try shortVariant(field, path: "$.shortVariants[\(index)]", build: build))
        }
        var copyNumbers: [CopyNumberAlteration] = []
        for (index, field) in (document.copyNumberAlterations ?? []).enumerated() {
            copyNumbers.append(try copyNumber(field, path: "$.copyNumberAlterations[\(index)]"))
        }
        var rearrangements: [Rearrangement] = []
        for (index, field) in (document.rearrangements ?? []).enumerated() {
            rearrangements.append(try rearrangement(field, path: "$.rearrangements[\(index)]"))
        }
        return PatientReport(
            patientId: try nonEmpty(document.patientId, "$.patientId"),
            specimenId: try nonEmpty(document.specimenId, "$.specimenId"),
            tumorType: ReportedTumorType(
                oncotreeCode: try nonEmpty(document.tumorType?.oncotreeCode, "$.tumorType.oncotreeCode"),
                diagnosisText: try nonEmpty(document.tumorType?.diagnosis, "$.tumorType.diagnosis")),
            panel: document.panel,
            reportDate: document.reportDate,
            genomeBuild: build,
            shortVariants: variants,
            copyNumberAlterations: copyNumbers,
            rearrangements: rearrangements,
            biomarkers: try biomarkers(document.biomarkers)
        )
    }

    private func shortVariant(_ field: KeapnrfReportDocument.ShortVariantField, path: String, build: GenomeBuild?) throws(ReportReadError) -> ShortVariant {
        let gene = try geneSymbol(field.gene, "\(path).gene")
        let hgvsc = try nonEmpty(field.hgvsc, "\(path).hgvsc")
        let hgvsp = try nonEmpty(field.hgvsp, "\(path).hgvsp")
        guard hgvsc != nil || hgvsp != nil || field.genomic != nil else {
            throw fail(path, "a short variant needs at least one of hgvsc, hgvsp or genomic")
        }
        if let vaf = field.vaf, !(0...1).contains(vaf) {
            throw fail("\(path).vaf", "expected a fraction between 0 and 1, found \(vaf) (write 34% as 0.34)")
        }
        if let depth = field.depth, FieldValues.count(depth) == nil {
            throw fail("\(path).depth", "expected a read depth (\(FieldValues.countExpectation)), found \(depth)")
        }
        let origin: VariantOrigin? = try field.origin.map { text throws(ReportReadError) in try choice(text, "\(path).origin") }
        var genomic: GenomicChange?
        if let g = field.genomic {
            genomic = try genomicChange(g, path: "\(path).genomic", build: build)
        }
        return ShortVariant(
            gene: gene, transcript: try nonEmpty(field.transcript, "\(path).transcript"), hgvsc: hgvsc, hgvsp: hgvsp,
            genomic: genomic, vaf: field.vaf, depth: field.depth, origin: origin, reportedStatus: field.reportedStatus,
            location: SourceLocation(path))
    }

    private func genomicChange(_ field: KeapnrfReportDocument.GenomicField, path: String, build: GenomeBuild?) throws(ReportReadError) -> GenomicChange {
        guard build != nil else {
            throw fail(path, "a genomic position needs the report's genomeBuild (GRCh37 or GRCh38)")
        }
        let chromosome = Chromosome.normalized(field.chromosome)
        guard Chromosome.isHuman(chromosome), !field.chromosome.contains(where: \.isWhitespace) else {
            throw fail("\(path).chromosome", "expected 1-22, X, Y or MT (with or without 'chr'), found '\(field.chromosome)'")
        }
        if let problem = FieldValues.positionProblem(field.position, chromosome: chromosome, build: build) {
            throw fail("\(path).position", problem)
        }
        let alleleCharacters = Set("ACGTN")
        for (name, allele) in [("reference", field.reference), ("alternate", field.alternate)] {
            let upper = allele.uppercased()
            guard upper == "-" || upper.allSatisfy(alleleCharacters.contains) else {
                throw fail("\(path).\(name)", "expected bases A, C, G, T or N (or '-' for none), found '\(allele)'")
            }
        }
        let reference = field.reference == "-" ? "" : field.reference.uppercased()
        let alternate = field.alternate == "-" ? "" : field.alternate.uppercased()
        guard reference != alternate else { throw fail(path, "reference and alternate alleles are identical") }
        return GenomicChange(chromosome: chromosome, position: field.position, reference: reference, alternate: alternate, build: build)
    }

    private func copyNumber(_ field: KeapnrfReportDocument.CopyNumberField, path: String) throws(ReportReadError) -> CopyNumberAlteration {
        let kind: CopyNumberAlteration.Kind = try choice(field.type, "\(path).type")
        if let copies = field.copyNumber, copies < 0 {
            throw fail("\(path).copyNumber", "expected 0 or more, found \(copies)")
        }
        return CopyNumberAlteration(gene: try geneSymbol(field.gene, "\(path).gene"), kind: kind, copyNumber: field.copyNumber, exons: field.exons, location: SourceLocation(path))
    }

    private func rearrangement(_ field: KeapnrfReportDocument.RearrangementField, path: String) throws(ReportReadError) -> Rearrangement {
        let kind: Rearrangement.Kind = try choice(field.type, "\(path).type")
        guard !field.genes.isEmpty else { throw fail("\(path).genes", "expected at least one gene") }
        var genes: [String] = []
        for (index, gene) in field.genes.enumerated() {
            genes.append(try geneSymbol(gene, "\(path).genes[\(index)]"))
        }
        if let exons = field.exons, let bad = exons.first(where: { $0 < 1 }) {
            throw fail("\(path).exons", "exon numbers start at 1, found \(bad)")
        }
        return Rearrangement(genes: genes, kind: kind, exons: field.exons ?? [], inFrame: field.inFrame, reportedDescription: field.description, location: SourceLocation(path))
    }

    private func biomarkers(_ field: KeapnrfReportDocument.BiomarkersField?) throws(ReportReadError) -> Biomarkers {
        guard let field else { return Biomarkers() }
        if let tmb = field.tmbPerMegabase, tmb < 0 {
            throw fail("$.biomarkers.tmbPerMegabase", "expected 0 or more mutations per megabase, found \(tmb)")
        }
        let msi: MicrosatelliteStatus? = try field.msiStatus.map { text throws(ReportReadError) in try choice(text, "$.biomarkers.msiStatus") }
        return Biomarkers(tmbPerMegabase: field.tmbPerMegabase, msi: msi)
    }

    private func geneSymbol(_ text: String, _ path: String) throws(ReportReadError) -> String {
        let symbol = text.trimmingCharacters(in: .whitespaces)
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
        guard !symbol.isEmpty, symbol.count <= 40, symbol.uppercased().allSatisfy(allowed.contains) else {
            throw fail(path, "expected an HGNC gene symbol such as KEAP1 or NFE2L2, found '\(text)'")
        }
        return symbol
    }

    /// The enumeration case spelt `text`, or an error listing the spellings.
    private func choice<Value: RawRepresentable<String> & CaseIterable>(_ text: String, _ path: String) throws(ReportReadError) -> Value {
        guard let value = Value(rawValue: text) else {
            throw fail(path, "expected one of \(Value.allCases.map(\.rawValue)), found '\(text)'")
        }
        return value
    }

    private func nonEmpty(_ text: String?, _ path: String) throws(ReportReadError) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw fail(path, "expected a non-empty text or no field at all") }
        return trimmed
    }
}
