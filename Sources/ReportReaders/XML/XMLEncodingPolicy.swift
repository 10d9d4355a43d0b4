#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The encoding policy for XML input.
///
/// The encoding is detected from the first bytes as XML 1.0 (Fifth Edition) appendix F describes:
/// - UTF-8, with or without a byte order mark, is read as is; the declaration may say `UTF-8`, `US-ASCII`
///   or nothing.
/// - UTF-16 (a byte order mark, or `<?` as two-byte units) is converted to UTF-8 before parsing; a declaration
///   naming another encoding (e.g. UTF-8) is ignored, and a notice says so.
/// - A declaration that says UTF-16 (or UCS-2) on bytes that are single-byte ASCII/UTF-8 — as in the OSTOR
///   FoundationOne XSDs and some real FMI exports — contradicts the bytes: the declaration is ignored,
///   the document is read as UTF-8 (invalid UTF-8 is then an error) and a notice says so.
/// - Any other declared encoding (ISO-8859-1, Shift_JIS, …), UCS-4 and EBCDIC are refused with a
///   message asking for UTF-8.
enum XMLEncodingPolicy {
    /// The document ready for libxml2: UTF-8 bytes, and whether libxml2 must ignore the declared encoding.
    struct Prepared {
        var bytes: Data
        var ignoresDeclaredEncoding: Bool
        var notices: [String]
    }

    /// The encodings the first bytes can reveal.
    enum ByteEncoding: Equatable {
        case utf8WithByteOrderMark
        case asciiCompatible
        case utf16(bigEndian: Bool, byteOrderMark: Bool)
        case ucs4
        case ebcdic
    }

    static func prepare(_ data: Data, file: String) throws(ReportReadError) -> Prepared {
        let fail = { (problem: String) in ReportReadError(file: file, location: "line 1", problem: problem) }
        switch detect(data) {
        case .ucs4:
            throw fail("the document is UCS-4 (UTF-32) encoded; convert it to UTF-8")
        case .ebcdic:
            throw fail("the document is EBCDIC encoded; convert it to UTF-8")
        case .utf16(let bigEndian, let byteOrderMark):
            let body = byteOrderMark ? data.dropFirst(2) : data[...]
            guard let text = String(data: Data(body), encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian) else {
                throw fail("the document starts as UTF-16 but is not valid UTF-16")
            }
            let bytes = Data(text.utf8)
            return Prepared(bytes: bytes, ignoresDeclaredEncoding: true, notices: utf16Notices(declared: declaredEncoding(in: bytes), file: file))
        case .utf8WithByteOrderMark, .asciiCompatible:
            guard let declared = declaredEncoding(in: data) else {
                return Prepared(bytes: data, ignoresDeclaredEncoding: false, notices: [])
            }
            let name = declared.lowercased()
            if ["utf-8", "utf8", "us-ascii", "ascii"].contains(name) {
                return Prepared(bytes: data, ignoresDeclaredEncoding: false, notices: [])
            }
            if utf16Names.contains(name) {
                let notice = "\(file): the XML declaration says encoding=\"\(declared)\" but the bytes are single-byte ASCII/UTF-8 "
                    + "(no UTF-16 byte order mark); the declaration was ignored and the document read as UTF-8"
                return Prepared(bytes: data, ignoresDeclaredEncoding: true, notices: [notice])
            }
            throw fail("the XML declaration names encoding \"\(declared)\"; keapnrf reads XML in UTF-8 (with or without a byte order mark), US-ASCII or UTF-16: convert the file to UTF-8")
        }
    }

    /// A notice when the declaration of a UTF-16 document names another encoding (e.g. UTF-8): the bytes
    /// decide, as for the reverse case.
    private static func utf16Notices(declared: String?, file: String) -> [String] {
        guard let declared, !utf16Names.contains(declared.lowercased()) else { return [] }
        return ["\(file): the XML declaration says encoding=\"\(declared)\" but the bytes are UTF-16; the declaration was ignored and the document read as UTF-16"]
    }

    /// The declared encoding names that mean UTF-16.
    static let utf16Names: Set = ["utf-16", "utf16", "utf-16le", "utf-16be", "ucs-2", "iso-10646-ucs-2", "unicode"]

    /// The encoding family of the first four bytes (XML 1.0 appendix F).
    static func detect(_ data: Data) -> ByteEncoding {
        let first = Array(data.prefix(4)) + Array(repeating: 0xFF, count: max(0, 4 - data.count))
        switch (first[0], first[1], first[2], first[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0xFF, 0xFE, 0x00, 0x00), (0x00, 0x00, 0xFF, 0xFE), (0xFE, 0xFF, 0x00, 0x00),
             (0x00, 0x00, 0x00, 0x3C), (0x3C, 0x00, 0x00, 0x00), (0x00, 0x00, 0x3C, 0x00), (0x00, 0x3C, 0x00, 0x00):
            return .ucs4
        case (0xFE, 0xFF, _, _): return .utf16(bigEndian: true, byteOrderMark: true)
        case (0xFF, 0xFE, _, _): return .utf16(bigEndian: false, byteOrderMark: true)
        case (0xEF, 0xBB, 0xBF, _): return .utf8WithByteOrderMark
        case (0x00, 0x3C, 0x00, 0x3F): return .utf16(bigEndian: true, byteOrderMark: false)
        case (0x3C, 0x00, 0x3F, 0x00): return .utf16(bigEndian: false, byteOrderMark: false)
        case (0x4C, 0x6F, 0xA7, 0x94): return .ebcdic
        default: return .asciiCompatible
        }
    }

    /// The `encoding` pseudo-attribute of the XML declaration, if the document starts with one.
    static func declaredEncoding(in data: Data) -> String? {
        var bytes = data.prefix(512)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let head = String(decoding: bytes, as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>") else { return nil }
        let declaration = head[head.startIndex..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        var rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return String(value)
    }
}
