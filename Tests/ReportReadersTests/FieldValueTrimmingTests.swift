@testable import ReportReaders
import Testing

/// `FieldValues.trimmed` and `geneSymbol` take a shortcut on ASCII bytes; they must answer exactly as the
/// definition by characters (`Character.isWhitespace` at either end, 1–40 characters) answers.
@Suite struct FieldValueTrimmingTests {
    /// The definition: white-space characters dropped from both ends.
    static func trimmedByCharacters(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    static func geneSymbolByCharacters(_ text: String) -> String? {
        let symbol = trimmedByCharacters(text)
        guard !symbol.isEmpty, symbol.count <= 40, !symbol.contains(where: \.isWhitespace) else { return nil }
        return symbol
    }

    @Test("every scalar of the Basic Multilingual Plane, alone, around, before and after a letter")
    func everyScalar() {
        var differing: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = String(Character(scalar))
            for text in [character, "\(character)x\(character)", "x\(character)", "\(character)x", "\(character)KEAP1", "KEAP1\(character)",
                         "x \(character)", "\(character)\u{0301}x", "x\(character)\u{0301}"] {
                if FieldValues.trimmed(text) != Self.trimmedByCharacters(text) || FieldValues.trimmed(text[...]) != Self.trimmedByCharacters(text)
                    || FieldValues.geneSymbol(text) != Self.geneSymbolByCharacters(text) {
                    differing.append(text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
                }
            }
        }
        #expect(differing.isEmpty, "differ from the definition: \(differing.prefix(20))")
    }

    @Test("ASCII ends that join a longer character: Prepend scalars, CR LF, combining marks", arguments: [
        "\u{0600}x", "x\u{0600}", "\u{0600} x", "\r\n", "x\r\n", "\r\nx", " \u{0301}x", "x \u{0301}", "\u{200D}x", "KEAP1 ", "\tNFE2L2",
        String(repeating: "A", count: 40), String(repeating: "A", count: 41), "é" + String(repeating: "A", count: 39),
        "e\u{0301}" + String(repeating: "A", count: 39), "e\u{0301}" + String(repeating: "A", count: 40), "",
    ])
    func joiningCharacters(_ text: String) {
        #expect(FieldValues.trimmed(text) == Self.trimmedByCharacters(text))
        #expect(FieldValues.geneSymbol(text) == Self.geneSymbolByCharacters(text))
    }
}
