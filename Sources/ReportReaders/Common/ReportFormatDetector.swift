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
        // Reports show their format in their first kilobytes: only those are decoded, and the first 64 KB when
        // they do not settle it (a root element or MAF header cut at their end, a long comment before them).
        if data.count > firstWindow, let format = try decide(text(ofFirst: firstWindow, in: data), data, isLastWindow: false, file: file) {
            return format
        }
        guard let format = try decide(text(ofFirst: lastWindow, in: data), data, isLastWindow: true, file: file) else {
            throw unknown(file, "the content is not JSON, XML, VCF (##fileformat=VCF…) or MAF (a Hugo_Symbol column)")
        }
        return format
    }

    private static let firstWindow = 4_096
    private static let lastWindow = 65_536

    /// The format `head` (the first bytes of `data` as text) shows; nil when a window other than the last does not
    /// settle it, which the last turns into an error.
    private static func decide(_ head: String, _ data: Data, isLastWindow: Bool, file: String) throws(ReportReadError) -> ReportFormat? {
        let trimmed = head.drop { $0.isWhitespace }
        if trimmed.hasPrefix("{") {
            return data.range(of: Data("\"resourceType\"".utf8)) != nil ? .fhirJSON : .keapnrfJSON
        }
        if trimmed.hasPrefix("<") {
            let root = rootElement(in: String(trimmed))
            // A start tag cut by the window's end may hold the FHIR namespace further on.
            if !isLastWindow, root?.isCut ?? true { return nil }
            guard let root else {
                throw unknown(file, "the document starts like XML but no root element was found in its first 64 KB")
            }
            let local = root.name.split(separator: ":").last.map(String.init) ?? root.name
            if local == "ResultsReport" || local == "variant-report" { return .foundationOneXML }
            if fhirRootNames.contains(local) || root.tag.firstRange(of: "\"http://hl7.org/fhir\"") != nil { return .fhirXML }
            throw unknown(file, "the XML root element <\(root.name)> is neither a FoundationOne ResultsReport nor a FHIR resource")
        }
        if trimmed.hasPrefix("##fileformat=VCF") { return .vcf }
        for line in trimmed.split(whereSeparator: \.isNewline).prefix(200) where !line.hasPrefix("#") {
            // A header line running to the window's end may be cut before its Hugo_Symbol column.
            if !isLastWindow, line.endIndex == trimmed.endIndex { return nil }
            let columns = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if columns.count > 1, columns.contains("hugo_symbol") { return .maf }
            break
        }
        if !isLastWindow { return nil }
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

    /// The name and start tag of the first element, and whether the text ends inside that tag, skipping the XML
    /// declaration, processing instructions, comments and a document type declaration. (Searches with the standard library's
    /// `firstRange(of:)`: Foundation's `range(of:)` bridges the text to UTF-16 first, which cost a tenth of a
    /// small report's annotation in a batch.)
    private static func rootElement(in text: String) -> (name: String, tag: Substring, isCut: Bool)? {
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
                let tagEnd = rest.firstIndex(of: ">")
                let tag = rest[..<(tagEnd ?? rest.endIndex)]
                let name = tag.dropFirst().prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" }
                return name.isEmpty ? nil : (String(name), tag, tagEnd == nil)
            }
        }
        return nil
    }
}
