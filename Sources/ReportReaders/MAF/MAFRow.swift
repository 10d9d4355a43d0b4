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

    init(line: TextLines.Line, columns: MAFColumns, file: String) throws(ReportReadError) {
        fields = line.text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        self.columns = columns
        self.line = line.number
        self.file = file
        guard fields.count == columns.names.count else {
            throw ReportReadError(file: file, location: "line \(line.number)", problem: "expected \(columns.names.count) tab-separated fields as in the header line, found \(fields.count)")
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
        var depth: Int?
        if let text = value(columns.depth) {
            guard let count = FieldValues.count(text) else { throw ReportReadError(file: file, location: location(columns.depth), problem: "expected a read depth (\(FieldValues.countExpectation)), found '\(text)'") }
            depth = count
        }
        var vaf: Double?
        if let text = value(columns.altCount) {
            guard let count = FieldValues.count(text) else { throw ReportReadError(file: file, location: location(columns.altCount), problem: "expected a read count (\(FieldValues.countExpectation)), found '\(text)'") }
            if let depth, depth > 0 {
                guard count <= depth else { throw ReportReadError(file: file, location: location(columns.altCount), problem: "t_alt_count \(count) exceeds t_depth \(depth)") }
                vaf = Double(count) / Double(depth)
            }
        }
        return ShortVariant(
            gene: gene, transcript: value(columns.transcript), hgvsc: hgvsc, hgvsp: hgvsp, genomic: genomic,
            vaf: vaf, depth: depth, location: SourceLocation("line \(line)"))
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
