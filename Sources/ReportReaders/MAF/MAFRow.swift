#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReportModel

/// One MAF data row, checked against the header.
struct MAFRow {
    let fields: [String]
    let columns: MAFColumns
    let line: Int
    let file: String

    /// The values MAF's `Variant_Type` column may hold (GDC and cBioPortal MAF specifications, and MNP as
    /// some callers write it), in upper case; any other value means the row's columns are misaligned.
    static let variantTypes: Set = ["SNP", "DNP", "TNP", "ONP", "MNP", "INS", "DEL", "CONSOLIDATED"]

    /// Splits and checks one data line: as many fields as the header (empty fields after the last column,
    /// as a trailing tab leaves, are dropped), and a known `Variant_Type` when the file has that column,
    /// which catches rows whose values are shifted against the header on every row, whichever sample is read.
    init(line: TextLines.Line, columns: MAFColumns, file: String) throws(ReportReadError) {
        var fields = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(FieldValues.trimmed)
        while fields.count > columns.names.count, fields.last?.isEmpty == true { fields.removeLast() }
        self.fields = fields
        self.columns = columns
        self.line = line.number
        self.file = file
        guard fields.count == columns.names.count else {
            throw ReportReadError(file: file, location: "line \(line.number)", problem: "expected \(columns.names.count) tab-separated fields as in the header line, found \(fields.count)")
        }
        if let type = value(columns.variantType), !Self.variantTypes.contains(type.uppercased()) {
            throw ReportReadError(
                file: file, location: location(columns.variantType),
                problem: "expected a Variant_Type (SNP, DNP, TNP, ONP, INS or DEL), found '\(type)'; the row's values may be shifted against the header's columns")
        }
    }

    /// A non-empty value of a column (`.` and `NA` count as empty).
    func value(_ column: Int?) -> String? {
        guard let column, column < fields.count else { return nil }
        let text = fields[column]
        return text.isEmpty || text == "." || text == "NA" ? nil : text
    }

    /// `line 12, column 5 (Chromosome)`.
    func location(_ column: Int?) -> String {
        guard let column else { return "line \(line)" }
        return TextLines.location(line: line, column: column + 1, name: columns.names[column])
    }

    func shortVariant(build: GenomeBuild?) throws(ReportReadError) -> ShortVariant {
        guard let geneText = value(columns.gene), let gene = FieldValues.geneSymbol(geneText) else {
            throw ReportReadError(file: file, location: location(columns.gene), problem: "expected a gene symbol, found '\(fields[columns.gene])'")
        }
        var genomic = try genomicChange(build: build)
        let hgvsc = value(columns.hgvsc), hgvsp = value(columns.hgvspShort) ?? value(columns.hgvsp)
        guard genomic != nil || hgvsc != nil || hgvsp != nil else {
            throw ReportReadError(file: file, location: "line \(line)", problem: "the row has no genomic change, HGVSc or HGVSp_Short/HGVSp")
        }
        if build == nil, genomic != nil {
            // Without a build a position cannot be placed: the row is read from its HGVS columns, as a VCF
            // without a build is refused.
            guard hgvsc != nil || hgvsp != nil else {
                throw ReportReadError(
                    file: file, location: location(columns.start),
                    problem: "the row has only a genomic change, which needs the genome build: the file has no NCBI_Build; pass --build GRCh37 or --build GRCh38")
            }
            genomic = nil
        }
        let (vaf, depth) = try readCounts()
        return ShortVariant(
            gene: gene, transcript: value(columns.transcript), hgvsc: hgvsc, hgvsp: hgvsp, genomic: genomic,
            vaf: vaf, depth: depth, location: SourceLocation("line \(line)"))
    }

    /// VAF and depth: `t_alt_count / t_depth` and `t_depth`; without `t_depth`, from the allele counts,
    /// `t_alt_count / (t_ref_count + t_alt_count)` with their sum as the depth (as VCF AD without DP is read).
    private func readCounts() throws(ReportReadError) -> (vaf: Double?, depth: Int?) {
        let depth = try count(columns.depth, "a read depth")
        let alt = try count(columns.altCount, "a read count")
        let reference = try count(columns.refCount, "a read count")
        guard let alt else { return (nil, depth) }
        if let depth {
            guard alt <= depth else { throw ReportReadError(file: file, location: location(columns.altCount), problem: "t_alt_count \(alt) exceeds t_depth \(depth)") }
            return (depth > 0 ? Double(alt) / Double(depth) : nil, depth)
        }
        guard let reference else { return (nil, nil) }
        let total = reference + alt  // cannot overflow: both are at most 2^53 − 1
        guard total <= FieldValues.maximumCount else {
            throw ReportReadError(file: file, location: location(columns.altCount), problem: "t_ref_count \(reference) and t_alt_count \(alt) add up to more than \(FieldValues.maximumCount)")
        }
        return (total > 0 ? Double(alt) / Double(total) : nil, total)
    }

    /// A count column's value, nil when the column is absent or empty.
    private func count(_ column: Int?, _ what: String) throws(ReportReadError) -> Int? {
        guard let text = value(column) else { return nil }
        guard let count = FieldValues.count(text) else {
            throw ReportReadError(file: file, location: location(column), problem: "expected \(what) (\(FieldValues.countExpectation)), found '\(text)'")
        }
        return count
    }

    /// The MAF-style genomic change, when the row fills the genomic columns.
    private func genomicChange(build: GenomeBuild?) throws(ReportReadError) -> GenomicChange? {
        guard let chromosomeText = value(columns.chromosome), let startText = value(columns.start),
              let reference = value(columns.reference) else { return nil }
        let allele2 = value(columns.tumorAllele2), allele1 = value(columns.tumorAllele1)
        guard let tumor = (allele2 != nil && allele2 != reference) ? allele2 : allele1 else { return nil }
        guard tumor != reference else { return nil }
        let chromosome = Chromosome.normalized(chromosomeText)
        guard Chromosome.isHuman(chromosome) else {
            throw ReportReadError(file: file, location: location(columns.chromosome), problem: "expected 1-22, X, Y or MT (with or without chr), found '\(chromosomeText)'")
        }
        guard let start = Int(startText) else {
            throw ReportReadError(file: file, location: location(columns.start), problem: "expected a 1-based position, found '\(startText)'")
        }
        if let problem = FieldValues.positionProblem(start, chromosome: chromosome, build: build) {
            throw ReportReadError(file: file, location: location(columns.start), problem: problem)
        }
        for (column, allele) in [(columns.reference, reference), (tumor == allele2 ? columns.tumorAllele2 : columns.tumorAllele1, tumor)]
        where allele != "-" && !allele.uppercased().allSatisfy({ "ACGTN".contains($0) }) {
            throw ReportReadError(file: file, location: location(column), problem: "expected bases A, C, G, T, N or '-', found '\(allele)'")
        }
        return GenomicChange(
            chromosome: chromosome, position: start, reference: reference == "-" ? "" : reference.uppercased(),
            alternate: tumor == "-" ? "" : tumor.uppercased(), build: build)
    }
}
