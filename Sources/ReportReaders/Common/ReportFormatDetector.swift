#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Tells the format of a report from its content.
///
/// - JSON (first character `{`): `fhir-json` when the document has a `"resourceType"` key anywhere,
///   otherwise `keapnrf-json` (whose reader then checks the `format` field).
/// - XML (first character `<`): the root element decides: `ResultsReport` or `variant-report` (any prefix)
///   → `f1cdx-xml`; a FHIR resource (`Bundle`, `DiagnosticReport`, `Observation`, or the FHIR namespace)
///   → `fhir-xml`. UTF-16 documents are recognised too.
/// - `##fileformat=VCF` on the first line → `vcf`.
/// - A tab-separated header line with a `Hugo_Symbol` column after `#` comment lines → `maf`.
public enum ReportFormatDetector {
    /// The format of `data`, or an error saying what the content looked like.
    public static func detect(_ data: Data, file: String) throws(ReportReadError) -> ReportFormat {
        let head = text(ofFirst: 65_536, in: data)
        let trimmed = head.drop { $0.isWhitespace }
        if trimmed.hasPrefix("{") {
            return data.range(of: Data("\"resourceType\"".utf8)) != nil ? .fhirJSON : .keapnrfJSON
        }
        if trimmed.hasPrefix("<") {
            guard let root = rootElement(in: String(trimmed)) else {
                throw unknown(file, "the document starts like XML but no root element was found in its first 64 KB")
            }
            let local = root.name.split(separator: ":").last.map(String.init) ?? root.name
            if local == "ResultsReport" || local == "variant-report" { return .foundationOneXML }
            if fhirRootNames.contains(local) || root.tag.firstRange(of: "\"http://hl7.org/fhir\"") != nil { return .fhirXML }
            throw unknown(file, "the XML root element <\(root.name)> is neither a FoundationOne ResultsReport nor a FHIR resource")
        }
        if trimmed.hasPrefix("##fileformat=VCF") { return .vcf }
        for line in trimmed.split(whereSeparator: \.isNewline).prefix(200) where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if columns.count > 1, columns.contains("hugo_symbol") { return .maf }
            break
        }
        throw unknown(file, "the content is not JSON, XML, VCF (##fileformat=VCF…) or MAF (a Hugo_Symbol column)")
    }

    /// FHIR resource types that can hold a genomics report.
    static let fhirRootNames: Set = ["Bundle", "DiagnosticReport", "Observation"]

    private static func unknown(_ file: String, _ what: String) -> ReportReadError {
        ReportReadError(file: file, location: "line 1", problem: "cannot tell the format: \(what); name it with --format (\(ReportFormat.valueList))")
    }

    /// The first bytes as text: UTF-16 when the XML encoding detection says so, otherwise UTF-8 (lossy).
    private static func text(ofFirst count: Int, in data: Data) -> String {
        let prefix = Data(data.prefix(count))
        switch XMLEncodingPolicy.detect(prefix) {
        case .utf16(let bigEndian, let byteOrderMark):
            var body = byteOrderMark ? Data(prefix.dropFirst(2)) : prefix
            if body.count % 2 == 1 { body.removeLast() }
            let units = stride(from: 0, to: body.count, by: 2).map { index -> UInt16 in
                let first = UInt16(body[body.startIndex + index]), second = UInt16(body[body.startIndex + index + 1])
                return bigEndian ? first << 8 | second : second << 8 | first
            }
            return String(decoding: units, as: UTF16.self)
        default:
            let body = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? Data(prefix.dropFirst(3)) : prefix
            return String(decoding: body, as: UTF8.self)
        }
    }

    /// The name and start tag of the first element, skipping the XML declaration, processing
    /// instructions, comments and a document type declaration. (Searches with the standard library's
    /// `firstRange(of:)`: Foundation's `range(of:)` bridges the text to UTF-16 first, which cost a tenth of a
    /// small report's annotation in a batch.)
    private static func rootElement(in text: String) -> (name: String, tag: Substring)? {
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[open...]
            if rest.hasPrefix("<?") {
                guard let end = rest.firstRange(of: "?>") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!--") {
                guard let end = rest.firstRange(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!") {
                let subsetEnd = rest.firstRange(of: "]>")
                let plainEnd = rest.firstIndex(of: ">")
                guard let plainEnd else { return nil }
                let hasSubset = rest[..<plainEnd].contains("[")
                rest = hasSubset ? rest[(subsetEnd?.upperBound ?? rest.endIndex)...] : rest[rest.index(after: plainEnd)...]
            } else {
                let tagEnd = rest.firstIndex(of: ">") ?? rest.endIndex
                let tag = rest[..<tagEnd]
                let name = tag.dropFirst().prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" }
                return name.isEmpty ? nil : (String(name), tag)
            }
        }
        return nil
    }
}
