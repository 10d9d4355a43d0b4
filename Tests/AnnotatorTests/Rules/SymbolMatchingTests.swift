@testable import RulesEngine
import Testing

/// Gene symbols compared ignoring letter case, as the rules' `gene` tests compare them.
@Suite("Symbol matching")
struct SymbolMatchingTests {
    @Test("ASCII symbols are equal when only the case of A-Z differs; other bytes 0x20 apart are not letters")
    func ascii() {
        #expect("keap1".isSameSymbol(as: "KEAP1"))
        #expect("Nfe2L2".isSameSymbol(as: "NFE2L2"))
        #expect(!"KEAP1".isSameSymbol(as: "KEAP2"))
        #expect(!"KEAP1".isSameSymbol(as: "KEAP"))
        #expect(!"KEAP".isSameSymbol(as: "KEAP1"))
        // "[" and "{", "@" and "`" differ by the case bit but are not letters.
        #expect(!"A[".isSameSymbol(as: "a{"))
        #expect(!"@".isSameSymbol(as: "`"))
        #expect(String.asciiEqualIgnoringCase("", "") == true)
    }

    @Test("text that is not ASCII is compared by its upper-cased forms")
    func unicode() {
        // U+FB00 (the ligature ff) upper-cases to "FF"; "é" to "É".
        #expect("\u{FB00}".isSameSymbol(as: "ff"))
        #expect("é".isSameSymbol(as: "É"))
        #expect(!"é".isSameSymbol(as: "E"))
        #expect(String.asciiEqualIgnoringCase("é", "É") == nil)
        #expect(String.asciiEqualIgnoringCase("ff", "\u{FB00}") == nil)
    }
}
