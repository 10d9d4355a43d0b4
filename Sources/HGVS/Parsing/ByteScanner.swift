/// A cursor over the UTF-8 bytes of the text being parsed.
///
/// Every accepted character of an HGVS description is ASCII, so the parser works on bytes and
/// only turns positions into characters when it reports an error.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    var index: Int
    /// One past the last byte that belongs to the text (trailing white space excluded).
    var end: Int
    /// Where the description proper starts, for the context quoted in errors.
    var contextStart: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.index = 0
        self.end = bytes.count
        self.contextStart = 0
    }

    var isAtEnd: Bool { index >= end }

    /// The byte `ahead` places after the cursor, or nil past the end.
    func peek(_ ahead: Int = 0) -> UInt8? {
        let position = index + ahead
        return position < end ? bytes[position] : nil
    }

    func peekIs(_ character: Unicode.Scalar, ahead: Int = 0) -> Bool {
        peek(ahead) == UInt8(ascii: character)
    }

    /// True if the ASCII `literal` starts at the cursor (`ahead` bytes on).
    func hasPrefix(_ literal: StaticString, ahead: Int = 0) -> Bool {
        let count = literal.utf8CodeUnitCount
        let start = index + ahead
        guard start + count <= end else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[start + offset] != pointer[offset] {
            return false
        }
        return true
    }

    /// Consumes the ASCII `literal` if it is next.
    mutating func consume(_ literal: StaticString) -> Bool {
        guard hasPrefix(literal) else { return false }
        index += literal.utf8CodeUnitCount
        return true
    }

    /// Consumes the ASCII `literal` or fails saying `expected`.
    mutating func expect(_ literal: StaticString, _ expected: String) throws(ParseFailure) {
        guard consume(literal) else { throw failure(expected) }
    }

    /// A failure at the cursor (or at `offset`).
    func failure(_ expected: String, found: String? = nil, at offset: Int? = nil) -> ParseFailure {
        ParseFailure(offset: offset ?? index, expected: expected, found: found, contextStart: contextStart)
    }

    /// Reads a run of decimal digits as a number of 1 or more: HGVS counts positions, lengths
    /// and distances from 1. Fails on no digits, on zero and on more than 12 digits.
    mutating func readCount(_ what: String) throws(ParseFailure) -> Int {
        let start = index
        var value = 0
        while let byte = peek(), byte.isASCIIDigit {
            guard index - start < Self.longestNumber else {
                throw failure("\(what) of at most \(Self.longestNumber) digits", at: start)
            }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            index += 1
        }
        guard index > start else { throw failure(what) }
        guard value > 0 else {
            throw failure("\(what) of 1 or more (HGVS counts from 1; there is no 0)", at: start)
        }
        return value
    }

    /// Longer numbers than any genome coordinate are rejected before they could overflow.
    private static let longestNumber = 12
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isASCIIUppercase: Bool { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") }
    var isASCIILowercase: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }
    var isASCIILetter: Bool { isASCIIUppercase || isASCIILowercase }
    var isASCIIWhitespace: Bool {
        self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") || self == UInt8(ascii: "\n")
            || self == UInt8(ascii: "\r")
    }
}
