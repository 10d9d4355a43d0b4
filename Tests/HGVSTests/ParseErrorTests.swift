import HGVS
import Testing

/// Malformed inputs are rejected with an error that says where (1-based character position,
/// counted by hand for each case below) and what was expected.
@Suite("Parse errors")
struct ParseErrorTests {
    struct Case: CustomStringConvertible, Sendable {
        let input: String
        let position: Int
        let expected: String
        var description: String { input }
    }

    static let cases: [Case] = [
        Case(input: "", position: 1, expected: "an HGVS variant description"),
        Case(input: "   ", position: 1, expected: "an HGVS variant description"),
        // 'C' of 'Cyz' is the 21st character.
        Case(input: "NP_203500.1:p.Gly333Cyz", position: 21, expected: "an amino acid"),
        // The input ends after '>' (19 characters).
        Case(input: "NM_203500.2:c.997G>", position: 20, expected: "the alternate base"),
        Case(input: "AC_01234.5:g.0A>T", position: 14, expected: "1 or more"),
        Case(input: "AC_01234.5:g.*1A>T", position: 14, expected: "g. positions have no '*' form"),
        Case(input: "NC_000001.10:g.155208383_155208384dup2", position: 38, expected: "'dupN' is not HGVS"),
        Case(input: "%%%", position: 1, expected: "a coordinate type such as 'c.' or 'p.'"),
        Case(input: "hello", position: 1, expected: "a coordinate type such as 'c.' or 'p.'"),
        Case(input: "KEAP1 G333C", position: 6, expected: "without spaces"),
        Case(input: "NM_006164.5(NFE2L2):c.235G>A (p.Glu79Lys)", position: 29, expected: "without spaces"),
        Case(input: "NM_203500.2:997G>T", position: 13, expected: "a coordinate type ('c.'"),
        Case(input: "C.997G>T", position: 1, expected: "a lower-case coordinate type such as 'c.'"),
        Case(input: "p.Lys2insGln", position: 7, expected: "two flanking residues"),
        Case(input: "c.76insT", position: 5, expected: "two flanking positions"),
        Case(input: "p.Arg34_Ser30del", position: 9, expected: "a residue beyond position 34"),
        Case(input: "p.Gly333fs12", position: 11, expected: "'*' or 'Ter'"),
        Case(input: "c.100+0G>A", position: 7, expected: "1 or more"),
        Case(input: "p.Arg0Ter", position: 6, expected: "1 or more"),
        Case(input: "p.Gly333CysTer", position: 12, expected: "the end of the description"),
        Case(input: "r.5G>T", position: 6, expected: "the alternate base (a, c, g, u or an IUPAC code"),
        Case(input: "NC_000019.10(NM_203500.2):c.1A>T", position: 14, expected: "a gene symbol in parentheses"),
        Case(input: "p.(Gly333Cys", position: 13, expected: "')' closing the predicted change"),
        Case(input: "c.1234567890123A>G", position: 3, expected: "at most 12 digits"),
        Case(input: "p.Arg34_Ser40delRSQ", position: 17, expected: "names no residues"),
        Case(input: "p.Gly12_Gly13insTerGly", position: 20, expected: "nothing may follow a stop"),
        Case(input: "NM_12345.:c.1A>T", position: 10, expected: "a version number"),
        Case(input: "NM_1():c.1A>T", position: 6, expected: "a gene symbol in the parentheses"),
        Case(input: "KEAP1(KEAP1):p.G333C", position: 6, expected: "a gene symbol alone takes nothing in parentheses"),
        Case(input: "=", position: 1, expected: "a coordinate type such as 'c.' or 'p.'"),
    ]

    @Test("Each malformed input gives the expected error", arguments: cases)
    func malformedInput(_ testCase: Case) {
        do {
            let variant = try HGVSParser.parse(testCase.input)
            Issue.record("accepted as \(variant.formatted())")
        } catch {
            #expect(error.position == testCase.position, "\(error)")
            #expect(error.expected.contains(testCase.expected), "\(error)")
            #expect(error.input == testCase.input)
        }
    }

    @Test("The message names what was expected, what was found, the context and the position")
    func messageWording() {
        #expect(throws: HGVSParseError(
            input: "NP_203500.1:p.Gly333Cyz", position: 21,
            expected: "an amino acid (three-letter like 'Gly' or one-letter like 'G')",
            found: "'Cyz'", context: "p.Gly333")) { try HGVSParser.parse("NP_203500.1:p.Gly333Cyz") }
        let error = HGVSParseError(
            input: "NP_203500.1:p.Gly333Cyz", position: 21, expected: "an amino acid", found: "'Cyz'", context: "p.Gly333")
        #expect(error.description
            == "expected an amino acid after 'p.Gly333', found 'Cyz' (position 21 in 'NP_203500.1:p.Gly333Cyz')")
    }

    @Test("Input over the 10,000-character limit is refused before parsing, with its length")
    func overlongInput() {
        let input = "p.Gly12_Gly13ins" + String(repeating: "Ala", count: 3_400)
        do {
            _ = try HGVSParser.parse(input)
            Issue.record("accepted an input of \(input.count) characters")
        } catch {
            #expect(error.expected == "at most 10000 characters")
            #expect(error.found == "\(input.count) characters")
            #expect(error.description.count < 300)
        }
        // Just under the limit, a long insertion still parses.
        let longest = "p.Gly12_Gly13ins" + String(repeating: "Ala", count: 3_328)
        #expect(longest.count <= HGVSParser.maximumLength)
        #expect(throws: Never.self) { try HGVSParser.parse(longest) }
    }

    @Test("Arbitrary bytes never crash the parser", arguments: [
        "p.", "c.", "p.(", "c.(", "c.(1", "c.(1_", "c.(1_2", "c.(1_2)_(", "p.X", "p.X1_", "p.Gly1ext", "p.Gly1ext-",
        "p.*", "::", ":c.1A>T", "NM_1(:c.1A>T", "c.1A>", "c.1del9999999999999", "p.Gly1fsTer", "r.((1_2)a>u",
        "\u{0}", "p.Gly333Cys\u{0}", "ｐ.Gly333Cys", "p.Gly333Cys\u{2019}", "c.-", "c.*", "c.+1A>G", "n.*1A>T",
    ])
    func strayInputs(_ input: String) {
        // Each must either parse or throw an HGVSParseError; reaching here without a trap is the test.
        let result = Result { () throws(HGVSParseError) in try HGVSParser.parse(input) }
        if case .failure(let error) = result {
            #expect(error.position >= 1 && error.position <= input.count + 1, "\(error)")
        }
    }
}
