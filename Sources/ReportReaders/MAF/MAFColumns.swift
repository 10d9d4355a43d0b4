#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
/// The positions of the MAF columns the reader uses, found by name ignoring letter case.
struct MAFColumns {
    let names: [String]
    let gene: Int
    let chromosome: Int?
    let start: Int?
    let reference: Int?
    let tumorAllele1: Int?
    let tumorAllele2: Int?
    let hgvsc: Int?
    let hgvspShort: Int?
    let hgvsp: Int?
    let transcript: Int?
    let altCount: Int?
    let refCount: Int?
    let depth: Int?
    let variantType: Int?
    let sample: Int?
    let build: Int?

    init(header: TextLines.Line, file: String) throws(ReportReadError) {
        names = header.text.split(separator: "\t", omittingEmptySubsequences: false).map(FieldValues.trimmed)
        let lowered = names.map { $0.lowercased() }
        try Self.checkUnique(lowered, names: names, header: header, file: file)
        func column(_ name: String) -> Int? { lowered.firstIndex(of: name.lowercased()) }
        chromosome = column("Chromosome")
        start = column("Start_Position")
        reference = column("Reference_Allele")
        tumorAllele1 = column("Tumor_Seq_Allele1")
        tumorAllele2 = column("Tumor_Seq_Allele2")
        hgvsc = column("HGVSc")
        hgvspShort = column("HGVSp_Short")
        hgvsp = column("HGVSp")
        transcript = column("Transcript_ID")
        altCount = column("t_alt_count")
        refCount = column("t_ref_count")
        depth = column("t_depth")
        variantType = column("Variant_Type")
        sample = column("Tumor_Sample_Barcode")
        build = column("NCBI_Build")

        var missing: [String] = []
        let geneColumn = column("Hugo_Symbol")
        if geneColumn == nil { missing.append("Hugo_Symbol") }
        let hasGenomic = chromosome != nil && start != nil && reference != nil && (tumorAllele2 != nil || tumorAllele1 != nil)
        if !hasGenomic && hgvsc == nil && hgvspShort == nil && hgvsp == nil {
            missing.append("a variant description: Chromosome + Start_Position + Reference_Allele + Tumor_Seq_Allele2, or HGVSc, or HGVSp_Short/HGVSp")
        }
        guard let geneColumn, missing.isEmpty else {
            throw ReportReadError(
                file: file, location: "line \(header.number)",
                problem: "missing required MAF column(s): \(missing.joined(separator: "; ")); the header has: \(names.joined(separator: ", "))")
        }
        gene = geneColumn
    }

    /// The columns the reader uses, in lower case.
    static let readColumns: Set = [
        "hugo_symbol", "chromosome", "start_position", "reference_allele", "tumor_seq_allele1", "tumor_seq_allele2",
        "hgvsc", "hgvsp_short", "hgvsp", "transcript_id", "t_alt_count", "t_ref_count", "t_depth", "variant_type",
        "tumor_sample_barcode", "ncbi_build",
    ]

    /// Refuses a column the reader uses whose name occurs twice (ignoring letter case, as columns are found),
    /// which would leave it unclear which column is read; repeats of other columns (cBioPortal's importer test
    /// study has `chromosome_name_WU` and `chromosome_name_wu`) are not read and do not matter.
    private static func checkUnique(_ lowered: [String], names: [String], header: TextLines.Line, file: String) throws(ReportReadError) {
        var first: [String: Int] = [:]
        for (index, name) in lowered.enumerated() where readColumns.contains(name) {
            if let earlier = first[name] {
                throw ReportReadError(
                    file: file, location: TextLines.location(line: header.number, column: index + 1, name: names[index]),
                    problem: "the column name '\(names[index])' repeats column \(earlier + 1) ('\(names[earlier])'); each column name must be unique")
            }
            first[name] = index
        }
    }
}
