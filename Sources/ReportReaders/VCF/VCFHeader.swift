#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReportModel

/// What the VCF header says: version, the genome build hints, the tumour sample, the CSQ field layout and
/// the sample columns.
struct VCFHeader {
    /// The `#CHROM` line's columns.
    var columns: [String] = []
    /// The line number of the `#CHROM` line.
    var columnLine = 0
    /// Builds named by `##reference`, `##assembly` and `##contig=<…assembly=…>`, with the line that named each.
    var buildHints: [(build: GenomeBuild, line: Int)] = []
    /// `##tumor_sample=NAME` (written by GATK Mutect2).
    var tumorSample: String?
    /// The annotation keys and their field layouts, in header order, from `##INFO` lines whose Description
    /// lists the fields (VEP's `Format: A|B|C`, SnpEff's `Functional annotations: 'A | B'`).
    var annotationLayouts: [VCFAnnotationLayout] = []

    /// The layouts to read records with: the header's, and SnpEff's own for an `ANN` key the header does not describe.
    var recordLayouts: [VCFAnnotationLayout] {
        guard !annotationLayouts.contains(where: { $0.key == "ANN" }),
              let snpEff = VCFAnnotationLayout(key: "ANN", fields: VCFAnnotationLayout.snpEffFields) else { return annotationLayouts }
        return annotationLayouts + [snpEff]
    }

    /// The sample names (columns after FORMAT).
    var samples: [String] { columns.count > 9 ? Array(columns[9...]) : [] }

    /// Reads the `##` lines and the `#CHROM` line; returns the header and the index of the first data line.
    static func read(_ lines: [TextLines.Line], file: String) throws(ReportReadError) -> (VCFHeader, Int) {
        guard let first = lines.first, first.text.hasPrefix("##fileformat=VCFv4.") else {
            throw ReportReadError(file: file, location: "line 1", problem: "expected '##fileformat=VCFv4.1' (4.1–4.3) as the first line, found '\(lines.first.map { String($0.text.prefix(40)) } ?? "")'")
        }
        var header = VCFHeader()
        for (index, line) in lines.enumerated() {
            let text = line.text
            if text.hasPrefix("##") {
                header.readMeta(text.dropFirst(2), line: line.number)
            } else if text.hasPrefix("#") {
                header.columns = text.dropFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                header.columnLine = line.number
                try header.checkColumns(file: file)
                return (header, index + 1)
            } else {
                break
            }
        }
        throw ReportReadError(file: file, location: "whole file", problem: "expected a '#CHROM POS ID REF ALT QUAL FILTER INFO' header line before the data lines")
    }

    private mutating func readMeta(_ text: Substring, line: Int) {
        guard let equals = text.firstIndex(of: "=") else { return }
        let key = text[..<equals].lowercased(), value = text[text.index(after: equals)...]
        switch key {
        case "reference", "assembly":
            if let build = Self.build(named: value) { buildHints.append((build, line)) }
        case "vep":
            // `##VEP="v100" … assembly="GRCh38.p13" …` (or `assembly=GRCh37.p13` without quotes).
            if let assembly = Self.spaceSeparatedField("assembly", in: value), let build = Self.build(named: assembly[...]) {
                buildHints.append((build, line))
            }
        case "contig":
            if let assembly = Self.structuredField("assembly", in: value), let build = Self.build(named: assembly[...]) {
                buildHints.append((build, line))
            }
        case "tumor_sample":
            tumorSample = value.trimmingCharacters(in: .whitespaces)
        case "info":
            if let key = Self.structuredField("ID", in: value), let description = Self.structuredField("Description", in: value),
               let layout = VCFAnnotationLayout(key: key, description: description) {
                annotationLayouts.removeAll { $0.key == key }
                annotationLayouts.append(layout)
            }
        default:
            break
        }
    }

    private func checkColumns(file: String) throws(ReportReadError) {
        let mandatory = ["CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"]
        for (index, name) in mandatory.enumerated() where index >= columns.count || columns[index] != name {
            throw ReportReadError(
                file: file, location: TextLines.location(line: columnLine, column: index + 1),
                problem: "expected the header column \(name), found '\(index < columns.count ? columns[index] : "")'")
        }
        if columns.count > 8, columns[8] != "FORMAT" {
            throw ReportReadError(file: file, location: TextLines.location(line: columnLine, column: 9), problem: "expected the header column FORMAT before the sample columns, found '\(columns[8])'")
        }
        if columns.count == 9 {
            throw ReportReadError(file: file, location: TextLines.location(line: columnLine, column: 9), problem: "a FORMAT column needs at least one sample column after it")
        }
    }

    /// The build a reference or assembly name designates (`GRCh37`, `hg19`, `hs37d5`, `human_g1k_v37`,
    /// `GRCh38`, `hg38`, `Homo_sapiens_assembly38`…); nil when it names neither or both.
    static func build(named text: Substring) -> GenomeBuild? {
        let lower = text.lowercased()
        let is38 = ["grch38", "hg38", "hs38", "assembly38", "b38"].contains { lower.contains($0) }
        let is37 = ["grch37", "hg19", "hs37", "b37", "g1k_v37"].contains { lower.contains($0) }
        switch (is37, is38) {
        case (true, false): return .grch37
        case (false, true): return .grch38
        default: return nil
        }
    }

    /// A `name=value` item of a meta line of space-separated items (`##VEP="v100" assembly="GRCh38.p13" …`),
    /// without its quotes.
    static func spaceSeparatedField(_ name: String, in value: Substring) -> String? {
        for item in value.split(separator: " ") where item.hasPrefix(name + "=") {
            return VCFAnnotationLayout.trimmed(item.dropFirst(name.count + 1), removing: "\"")
        }
        return nil
    }

    /// A field of a structured meta line value `<ID=19,length=…,assembly=b37,Description="…">`.
    static func structuredField(_ name: String, in value: Substring) -> String? {
        guard value.hasPrefix("<") else { return nil }
        var rest = value.dropFirst()
        while !rest.isEmpty {
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let key = rest[..<equals].trimmingCharacters(in: .whitespaces)
            rest = rest[rest.index(after: equals)...]
            var fieldValue: Substring
            if rest.hasPrefix("\"") {
                let body = rest.dropFirst()
                var end = body.startIndex
                var escaped = false
                while end < body.endIndex {
                    if escaped { escaped = false } else if body[end] == "\\" { escaped = true } else if body[end] == "\"" { break }
                    end = body.index(after: end)
                }
                fieldValue = body[..<end]
                rest = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
            } else {
                let end = rest.firstIndex { $0 == "," || $0 == ">" } ?? rest.endIndex
                fieldValue = rest[..<end]
                rest = rest[end...]
            }
            if key == name { return String(fieldValue) }
            rest = rest.drop { $0 == "," || $0 == ">" || $0 == " " }
        }
        return nil
    }
}
