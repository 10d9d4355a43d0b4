#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReportModel

/// Reads a VCF 4.1–4.3 file of one tumour sample.
///
/// - Sample: the only sample column, else `--sample`, else `##tumor_sample=`, else a column named `TUMOR`;
///   otherwise an error lists the samples. A sites-only VCF (no sample columns) is read too.
/// - Build: from `##reference`, `##assembly` or `##contig=<…assembly=…>`, or `--build`; a conflict between
///   them, or no build at all, is an error.
/// - Multi-allelic records are split; an ALT allele the sample's GT does not carry is skipped (with a
///   notice), as are `*` (spanning deletion) alleles. Symbolic and breakend ALT alleles become rearrangements.
/// - Gene: a record inside a gene span the caller passes (the KEAP1/NFE2L2 coding spans from the
///   knowledgebase) belongs to that gene; otherwise the gene of its ANN/CSQ annotation; otherwise it is
///   listed under `unassigned`, with its position as the description.
/// - c./p./transcript come from the annotation on the gene's MANE transcript (else canonical, else first);
///   the genomic change stays primary, so a differing protein change becomes a warning downstream.
/// - VAF: FORMAT AF, else AD/DP (DP, else the sum of AD), else INFO TVAF; depth: FORMAT DP, else INFO TDP,
///   else the sum of AD. Records that failed a FILTER are kept, with `FILTER=…` as their reported status.
/// - A malformed line is an error naming the line number and the column.
enum VCFReader {
    static func read(_ data: Data, file: String, options: ReportReadOptions) throws(ReportReadError) -> ReportReading {
        let lines = try TextLines(data, file: file).lines
        let (header, firstData) = try VCFHeader.read(lines, file: file)
        let build = try genomeBuild(header, file: file, option: options.build)
        let sampleIndex = try sampleColumn(header, file: file, requested: options.sample)
        var reader = VCFRecordReader(file: file, header: header, build: build, sampleColumn: sampleIndex, spans: options.geneSpans)
        var records = 0
        for line in lines[firstData...] where !line.text.isEmpty {
            records += 1
            try ReportReader.checkRecordCount(records, file: file, limit: options.maxRecords, location: TextLines.location(line: line.number))
            try reader.read(line)
        }
        let report = PatientReport(genomeBuild: build, shortVariants: reader.variants, rearrangements: reader.rearrangements)
        return ReportReading(report: report, format: .vcf, notices: reader.notices(sample: sampleIndex.map { header.columns[$0] }))
    }

    /// The build from the header and the option; they must agree.
    static func genomeBuild(_ header: VCFHeader, file: String, option: GenomeBuild?) throws(ReportReadError) -> GenomeBuild {
        let stated = Set(header.buildHints.map(\.build))
        if stated.count > 1 {
            let lines = header.buildHints.map { "\($0.build.rawValue) on line \($0.line)" }.joined(separator: ", ")
            throw ReportReadError(file: file, location: "header", problem: "the header names more than one genome build (\(lines))")
        }
        if let option, let headerBuild = stated.first, option != headerBuild {
            let line = header.buildHints.first.map { "line \($0.line)" } ?? "header"
            throw ReportReadError(file: file, location: line, problem: "--build \(option.rawValue) conflicts with the header, which names \(headerBuild.rawValue)")
        }
        guard let build = option ?? stated.first else {
            throw ReportReadError(file: file, location: "header", problem: "the header names no genome build (##reference, ##assembly or ##contig assembly); pass --build GRCh37 or --build GRCh38")
        }
        return build
    }

    /// The index of the tumour sample's column, or nil for a sites-only VCF.
    static func sampleColumn(_ header: VCFHeader, file: String, requested: String?) throws(ReportReadError) -> Int? {
        let samples = header.samples
        let location = TextLines.location(line: header.columnLine)
        if let requested {
            guard let index = samples.firstIndex(of: requested) else {
                throw ReportReadError(file: file, location: location, problem: "--sample \(requested) is not a sample column; the samples are: \(samples.joined(separator: ", "))")
            }
            return 9 + index
        }
        if samples.isEmpty { return nil }
        if samples.count == 1 { return 9 }
        if let tumor = header.tumorSample, let index = samples.firstIndex(of: tumor) { return 9 + index }
        if let index = samples.firstIndex(where: { $0.uppercased() == "TUMOR" }) { return 9 + index }
        throw ReportReadError(file: file, location: location, problem: "the VCF has \(samples.count) samples (\(samples.joined(separator: ", "))); name the tumour sample with --sample")
    }
}
