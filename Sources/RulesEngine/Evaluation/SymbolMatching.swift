extension String {
    /// Whether two gene symbols are equal ignoring letter case, exactly as comparing their `uppercased()` forms:
    /// byte by byte when both are ASCII (every symbol the rules name), so that a test of a rule's gene list makes
    /// no upper-cased copies; otherwise by the `uppercased()` forms.
    func isSameSymbol(as other: String) -> Bool {
        Self.asciiEqualIgnoringCase(self, other) ?? (uppercased() == other.uppercased())
    }

    /// Whether two ASCII strings are equal ignoring the case of the letters A–Z (which is how `uppercased()` and
    /// `caseInsensitiveCompare` both compare ASCII text); nil when either is not ASCII.
    static func asciiEqualIgnoringCase(_ lhs: String, _ rhs: String) -> Bool? {
        let (left, right) = (lhs.utf8, rhs.utf8)
        guard left.allSatisfy({ $0 < 0x80 }), right.allSatisfy({ $0 < 0x80 }) else { return nil }
        return left.count == right.count && zip(left, right).allSatisfy { asciiLowercase($0) == asciiLowercase($1) }
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
    }
}
