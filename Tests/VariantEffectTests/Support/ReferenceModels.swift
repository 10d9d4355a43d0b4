import Foundation
import TestSupport
import VariantEffect

/// Builds the KEAP1 and NFE2L2 transcript models from the shared reference files, as the
/// knowledgebase loader will do in the product (this module itself reads no files).
///
/// - KEAP1 NM_203500.2: `KEAP1.NM_203500.2.coding_exons.GRCh37_GRCh38.tsv` (coding exons only; no UTR
///   extent) and `KEAP1.NM_203500.2.cds.fa`.
/// - NFE2L2 NM_006164.5: `NFE2L2.NM_006164.5.exons.GRCh38_GRCh37.tsv` (the chain-corrected file, not
///   the 1-bp-off GRCh37 block of the JSON; see PROVENANCE.md) with full exon extents, and the
///   RECONSTRUCTED CDS `NFE2L2.NM_006164.5.cds.RECONSTRUCTED.fa`.
enum ReferenceModels {
    /// GRCh37 → GRCh38 offsets over the whole gene, from the UCSC chain blocks (PROVENANCE.md).
    static let keap1GRCh38Offset = -110_676
    static let nfe2l2GRCh38Offset = -864_728

    static func keap1(_ assembly: GenomeAssembly) throws -> TranscriptModel {
        let rows = try table("reference/transcripts/KEAP1.NM_203500.2.coding_exons.GRCh37_GRCh38.tsv")
        let startColumn = assembly == .grch37 ? "grch37_coding_start" : "grch38_coding_start_chain"
        let endColumn = assembly == .grch37 ? "grch37_coding_end" : "grch38_coding_end_chain"
        let exons = try rows.map { row in
            CodingExon(number: try int(row, "exon"), codingStart: try int(row, startColumn),
                       codingEnd: try int(row, endColumn), firstCodingBase: try int(row, "c_first"),
                       lastCodingBase: try int(row, "c_last"))
        }
        return try TranscriptModel(gene: "KEAP1", accession: "NM_203500.2", assembly: assembly, chromosome: "19",
                                   strand: .minus, codingExons: exons,
                                   codingSequence: fasta("reference/transcripts/KEAP1.NM_203500.2.cds.fa"))
    }

    static func nfe2l2(_ assembly: GenomeAssembly) throws -> TranscriptModel {
        let rows = try table("reference/transcripts/NFE2L2.NM_006164.5.exons.GRCh38_GRCh37.tsv")
        let build = assembly == .grch37 ? "grch37" : "grch38"
        let exons = try rows.map { row in
            CodingExon(number: try int(row, "exon"), codingStart: try int(row, "\(build)_coding_start"),
                       codingEnd: try int(row, "\(build)_coding_end"), firstCodingBase: try int(row, "c_first"),
                       lastCodingBase: try int(row, "c_last"),
                       exonSpan: try int(row, "\(build)_start")...int(row, "\(build)_end"))
        }
        return try TranscriptModel(gene: "NFE2L2", accession: "NM_006164.5", assembly: assembly, chromosome: "2",
                                   strand: .minus, codingExons: exons,
                                   codingSequence: fasta("reference/transcripts/NFE2L2.NM_006164.5.cds.RECONSTRUCTED.fa"))
    }

    static func model(gene: String, _ assembly: GenomeAssembly) throws -> TranscriptModel {
        switch gene {
        case "KEAP1": return try keap1(assembly)
        case "NFE2L2": return try nfe2l2(assembly)
        default: throw FixtureError("no model for gene \(gene)")
        }
    }

    /// Rows of a tab-separated file with a header line, as column → value.
    static func table(_ path: String) throws -> [[String: String]] {
        let lines = try SharedData.dataLines(path)
        guard let header = lines.first?.components(separatedBy: "\t") else { throw FixtureError("\(path) is empty") }
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.components(separatedBy: "\t")))
        }
    }

    private static func fasta(_ path: String) throws -> String {
        try SharedData.dataLines(path).filter { !$0.hasPrefix(">") }.joined()
    }

    private static func int(_ row: [String: String], _ column: String) throws -> Int {
        guard let text = row[column], let value = Int(text) else { throw FixtureError("column \(column) is not a number in \(row)") }
        return value
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
