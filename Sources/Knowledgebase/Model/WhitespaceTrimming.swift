extension StringProtocol {
    /// The text without the white space at its ends that Foundation's `trimmingCharacters(in: .whitespaces)`
    /// removes (U+0009, the space separators and U+200B), and with `newlines` also what `.whitespacesAndNewlines`
    /// adds (U+000A–U+000D, U+0085, U+2028 and U+2029). Scalar by scalar like Foundation, but without its
    /// character sets, whose first use in a process searched the Swift runtime's conformance tables (0.2 ms of a
    /// one-report `annotate`).
    public func trimmingWhitespace(newlines: Bool = false) -> String {
        let scalars = unicodeScalars
        func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return newlines
            default: return false
            }
        }
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }), let last = scalars.lastIndex(where: { !isTrimmed($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
