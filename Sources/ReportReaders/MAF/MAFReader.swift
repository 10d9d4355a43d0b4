#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReportModel

/// Reads a Mutation Annotation Format file (GDC / cBioPortal / vcf2maf columns) for one tumour sample.
///
/// - Columns are found by name, ignoring letter case (`Start_Position` and cBioPortal's `Start_position`).
///   `Hugo_Symbol` is required, and each row needs a description: the genomic columns (`Chromosome`,
///   `Start_Position`, `Reference_Allele`, `Tumor_Seq_Allele2`/`1`), `HGVSc`, or `HGVSp_Short`/`HGVSp`.
///   A file lacking them is an error listing what is missing and what is present.
/// - Sample: the only `Tumor_Sample_Barcode`, else `--sample`; several barcodes without `--sample` is an
///   error listing them.
/// - Build: `NCBI_Build` (GRCh37, 37, hg19, GRCh38…) or `--build`; different builds in the file, or a
///   conflict with `--build`, are errors. Without a build no build is assumed: rows are read from their
///   HGVS columns (with a notice), and a row with only genomic columns is an error, as a VCF without a build is.
/// - Genomic alleles are MAF style (`-` for none; Start_Position is the base before an insertion); the
///   tumour allele is `Tumor_Seq_Allele2`, or `Tumor_Seq_Allele1` when allele 2 equals the reference.
/// - c./p. come from `HGVSc` and `HGVSp_Short` (else `HGVSp`), the transcript from `Transcript_ID`, all as
///   written; VAF is `t_alt_count / t_depth`, depth `t_depth`.
enum MAFReader {
    /// Rows of all samples read per record the chosen sample's report may list.
    static let maxRowsPerRecord = 4

    static func read(_ data: Data, file: String, options: ReportReadOptions) throws(ReportReadError) -> ReportReading {
        let lines = try TextLines(data, file: file).lines
        guard let headerPosition = lines.firstIndex(where: { !$0.text.hasPrefix("#") && !$0.text.isEmpty }) else {
            throw ReportReadError(file: file, location: "whole file", problem: "expected a header line with MAF column names (Hugo_Symbol, …)")
        }
        let header = lines[headerPosition]
        let columns = try MAFColumns(header: header, file: file)
        var rows: [MAFRow] = []
        // A multi-sample MAF may hold more rows than the chosen sample's report may list; the rows of all
        // samples are bounded too, at a multiple of that limit, so that memory stays bounded.
        let maxRows = maxRowsPerRecord * options.maxRecords
        for line in lines[(headerPosition + 1)...] where !line.text.isEmpty && !line.text.hasPrefix("#") {
            if rows.count >= maxRows {
                throw ReportReadError(
                    file: file, location: TextLines.location(line: line.number),
                    problem: "the file holds more than \(maxRows) rows; keapnrf reads one patient's report and refuses more, so that time and memory stay bounded")
            }
            rows.append(try MAFRow(line: line, columns: columns, file: file))
        }
        let sample = try chooseSample(rows, column: columns.sample, requested: options.sample, file: file, headerLine: header.number)
        let selected = rows.filter { sample == nil || $0.value(columns.sample) == sample }
        try ReportReader.checkRecordCount(selected.count, file: file, limit: options.maxRecords)
        let build = try genomeBuild(selected, columns: columns, option: options.build, file: file)
        var variants: [ShortVariant] = []
        for row in selected {
            variants.append(try row.shortVariant(build: build))
        }
        let notices = build == nil && !variants.isEmpty
            ? ["\(file): no genome build was given (no NCBI_Build value and no --build), so none was assumed: the variants were read from their HGVSc/HGVSp columns and the genomic columns were not used"]
            : []
        return ReportReading(report: PatientReport(genomeBuild: build, shortVariants: variants), format: .maf, notices: notices)
    }

    /// The barcode to read: `--sample` (which must occur), else the only one; nil when there is no barcode column.
    private static func chooseSample(_ rows: [MAFRow], column: Int?, requested: String?, file: String, headerLine: Int) throws(ReportReadError) -> String? {
        guard let column else {
            if let requested {
                throw ReportReadError(file: file, location: "line \(headerLine)", problem: "--sample \(requested) was given but the file has no Tumor_Sample_Barcode column")
            }
            return nil
        }
        var barcodes: [String] = []
        for row in rows { if let barcode = row.value(column), !barcodes.contains(barcode) { barcodes.append(barcode) } }
        if let requested {
            guard barcodes.contains(requested) else {
                throw ReportReadError(file: file, location: "whole file", problem: "--sample \(requested) is not a Tumor_Sample_Barcode in the file; the barcodes are: \(barcodes.joined(separator: ", "))")
            }
            return requested
        }
        guard barcodes.count <= 1 else {
            let shown = barcodes.prefix(20).joined(separator: ", ") + (barcodes.count > 20 ? ", …" : "")
            throw ReportReadError(file: file, location: "whole file", problem: "the file holds \(barcodes.count) tumour samples (\(shown)); name one with --sample")
        }
        return barcodes.first
    }

    /// The build of the selected rows (`NCBI_Build`) and the option; they must agree.
    private static func genomeBuild(_ rows: [MAFRow], columns: MAFColumns, option: GenomeBuild?, file: String) throws(ReportReadError) -> GenomeBuild? {
        var stated: (build: GenomeBuild, line: Int)?
        for row in rows {
            guard let text = row.value(columns.build) else { continue }
            guard let build = GenomeBuild(spelling: text) else {
                throw ReportReadError(file: file, location: row.location(columns.build), problem: "expected GRCh37 or GRCh38 (or 37, 38, hg19, hg38), found '\(text)'")
            }
            if let first = stated, first.build != build {
                throw ReportReadError(file: file, location: row.location(columns.build), problem: "NCBI_Build \(build.rawValue) differs from \(first.build.rawValue) on line \(first.line)")
            }
            stated = stated ?? (build, row.line)
        }
        if let option, let stated, option != stated.build {
            throw ReportReadError(file: file, location: "line \(stated.line)", problem: "--build \(option.rawValue) conflicts with NCBI_Build \(stated.build.rawValue)")
        }
        return option ?? stated?.build
    }
}
