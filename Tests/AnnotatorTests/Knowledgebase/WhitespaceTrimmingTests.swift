import Foundation
import Knowledgebase
import Testing

/// `trimmingWhitespace` removes exactly what Foundation's `trimmingCharacters(in:)` removes with `.whitespaces`
/// and `.whitespacesAndNewlines`: Foundation is the reference here.
@Suite struct WhitespaceTrimmingTests {
    static let texts = [
        "", " ", "\t", "\n", "LUAD", "  LUAD  ", "\tNM_203500.2 \t", "\nLung adenocarcinoma\r\n", "\u{00A0}NSCLC\u{3000}",
        "\u{2003}肺腺癌\u{2009}", "\u{2028}x\u{2029}", "\u{0085}x\u{000B}\u{000C}", " \u{0301}x", "x\u{200B}", "\u{FEFF}x",
        "a b", " a\u{00A0}b ", "\u{1680}\u{202F}\u{205F}c.235G>A (p.Glu79Lys)\u{2000}", "e\u{0301} ", "\r\n\r\n",
    ]

    @Test(arguments: texts)
    func equalsFoundation(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespace(newlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text[...].trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }

    @Test("every scalar of the Basic Multilingual Plane, alone and around a letter")
    func everyScalar() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(Character(scalar))x\(Character(scalar))"
            if text.trimmingWhitespace() != text.trimmingCharacters(in: .whitespaces)
                || text.trimmingWhitespace(newlines: true) != text.trimmingCharacters(in: .whitespacesAndNewlines) {
                differing.append(value)
            }
        }
        #expect(differing.isEmpty, "differ from Foundation: \(differing.prefix(20).map { String($0, radix: 16) })")
    }
}
