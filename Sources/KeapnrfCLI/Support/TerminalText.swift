/// Text from the input made safe to write to a terminal as part of a one-line message.
enum TerminalText {
    /// `text` with every control character (C0, DEL, C1) and line or paragraph separator written as an escape
    /// (`\n`, `\r`, `\t`, `\u{1B}`), so that a value from a report can neither split a message nor send a
    /// terminal escape sequence.
    static func escapingControlCharacters(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
