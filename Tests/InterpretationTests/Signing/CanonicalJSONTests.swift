import Foundation
import Interpretation
import StrictDecoding
import Testing

/// The canonical form against RFC 8785 (JSON Canonicalization Scheme). Expected values are the RFC's own
/// examples: the number serialisation table of Appendix B, the whole-transformation example of section 3.2.4
/// and the member-sorting example of section 3.2.3.
@Suite("RFC 8785 canonical JSON")
struct CanonicalJSONTests {
    /// RFC 8785 Appendix B: IEEE 754 bit patterns and the JSON text each must become (NaN and Infinity, which
    /// the RFC lists as errors, cannot occur: the parser rejects them).
    static let appendixB: [(UInt64, String)] = [
        (0x0000000000000000, "0"), (0x8000000000000000, "0"), (0x0000000000000001, "5e-324"), (0x8000000000000001, "-5e-324"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"), (0xffefffffffffffff, "-1.7976931348623157e+308"),
        (0x4340000000000000, "9007199254740992"), (0xc340000000000000, "-9007199254740992"),
        (0x4430000000000000, "295147905179352830000"), (0x44b52d02c7e14af5, "9.999999999999997e+22"),
        (0x44b52d02c7e14af6, "1e+23"), (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
        (0x444b1ae4d6e2ef4e, "999999999999999700000"), (0x444b1ae4d6e2ef4f, "999999999999999900000"),
        (0x444b1ae4d6e2ef50, "1e+21"), (0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"), (0x3eb0c6f7a0b5ed8d, "0.000001"),
        (0x41b3de4355555553, "333333333.3333332"), (0x41b3de4355555554, "333333333.33333325"),
        (0x41b3de4355555555, "333333333.3333333"), (0x41b3de4355555556, "333333333.3333334"),
        (0x41b3de4355555557, "333333333.33333343"), (0xbecbf647612f3696, "-0.0000033333333333333333"),
        (0x43143ff3c1cb0959, "1424953923781206.2"),
    ]

    @Test("Appendix B: every number is written as ECMAScript writes it")
    func appendixBNumbers() {
        for (bits, expected) in Self.appendixB {
            #expect(JSONSerializer.format(Double(bitPattern: bits)) == expected, "0x\(String(bits, radix: 16))")
            #expect(JSONSerializer.canonical(.double(Double(bitPattern: bits))) == expected)
        }
    }

    /// Around the bounds where Swift's own text has an exponent (below 1e-4, above 2^53) or a ".0", and
    /// ECMAScript's (below 1e-6, from 1e21 up) does not: what ECMAScript's Number::toString writes.
    @Test("whole numbers and the bounds of the plain notation are written as ECMAScript writes them")
    func plainNotationBounds() {
        let expected: [(Double, String)] = [
            (100, "100"), (-123, "-123"), (-2.5, "-2.5"), (0.5, "0.5"), (0.0001, "0.0001"), (0.00001, "0.00001"),
            (-0.00001, "-0.00001"), (0.0000001, "1e-7"), (1e16, "10000000000000000"), (1e20, "100000000000000000000"),
            (1e21, "1e+21"), (9007199254740991, "9007199254740991"), (1.5e300, "1.5e+300"),
        ]
        for (number, text) in expected {
            #expect(JSONSerializer.format(number) == text, "\(number)")
        }
    }

    @Test("section 3.2.4: the whole transformation of the RFC's example")
    func wholeTransformation() throws {
        let input = #"""
        {
          "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
          "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
          "literals": [null, true, false]
        }
        """#
        let expected = #"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
        #expect(try InterpretationDigest.canonicalText(ofJSON: Array(input.utf8)) == expected)
    }

    @Test("section 3.2.3: members are sorted by UTF-16 code units, not by UTF-8 bytes or scalars")
    func memberSorting() throws {
        let input = #"{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}"#
        let canonical = try InterpretationDigest.canonicalText(ofJSON: Array(input.utf8))
        // The RFC's order: \r, 1, U+0080, ö, €, 😀 (surrogates D83D DE00), U+FB33.
        let values = ["Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis", "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh"]
        let positions = values.compactMap { canonical.range(of: $0)?.lowerBound }
        #expect(positions.count == values.count && positions == positions.sorted())
    }

    @Test("both forms written at once: the RFC's example, and strings holding spaces, quotes, backslashes and newlines")
    func prettyAndCanonicalTogether() throws {
        let rfcExample = try JSONParser.parse(Array(#"{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]}"#.utf8))
        let texts = JSONSerializer.prettyAndCanonical(rfcExample)
        #expect(String(decoding: texts.canonical, as: UTF8.self) == #"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#)
        #expect(String(decoding: texts.pretty, as: UTF8.self) == JSONSerializer.pretty(rfcExample))
        let awkward = JSONValue.object(["a b": .array([.string(" \" x \\"), .string("\\"), .string("line\nnext  ")]), "c": .object([:])])
        let both = JSONSerializer.prettyAndCanonical(awkward)
        #expect(String(decoding: both.canonical, as: UTF8.self) == #"{"a b":[" \" x \\","\\","line\nnext  "],"c":{}}"#)
        // Name-like text inside strings, and names ending in an escape, keep their spaces.
        let lookalikes = JSONValue.object([
            "n\\": .string("v\": w"), "q\"\": x": .array([.string("e\": f"), .string(": "), .object(["k": .string("\\\": ")])]),
        ])
        let lookalikeForms = JSONSerializer.prettyAndCanonical(lookalikes)
        #expect(String(decoding: lookalikeForms.canonical, as: UTF8.self) == #"{"n\\":"v\": w","q\"\": x":["e\": f",": ",{"k":"\\\": "}]}"#)
        #expect(String(decoding: lookalikeForms.canonical, as: UTF8.self) == JSONSerializer.canonical(lookalikes))
        #expect(String(decoding: both.pretty, as: UTF8.self) == JSONSerializer.pretty(awkward))
    }

    @Test("member names sorted past the first eight bytes, prefixes of one another and non-ASCII after a shared start; escapes past the first eight bytes")
    func sortingAndEscapingEdges() {
        let value = JSONValue.object([
            "abcdefghB": .int(1), "abcdefghA": .int(2), "abcdefgh": .int(3), "a": .int(4), "a\u{0}": .int(5),
            "a\u{E000}x": .int(6), "a\u{1F600}": .int(7), "é": .string("naïve \"quoted\"\tand tabbed"),
            "s": .array([.string("12345678\"9"), .string("1234567\u{1F}"), .string("\u{7F} is not escaped"), .string("日本語のテキスト"), .string("C:\\ a path")]),
        ])
        // UTF-16 order: "a" before "a" U+0000 before "abcdefgh" (0x62) before its extensions; "a" U+1F600
        // (surrogates D83D DE00) before "a" U+E000; "s" (0x73) before "é" (0xE9).
        let canonical = "{\"a\":4,\"a\\u0000\":5,\"abcdefgh\":3,\"abcdefghA\":2,\"abcdefghB\":1,\"a\u{1F600}\":7,\"a\u{E000}x\":6,"
            + "\"s\":[\"12345678\\\"9\",\"1234567\\u001f\",\"\u{7F} is not escaped\",\"日本語のテキスト\",\"C:\\\\ a path\"],\"é\":\"naïve \\\"quoted\\\"\\tand tabbed\"}"
        #expect(JSONSerializer.canonical(value) == canonical)
        let pretty = """
            {
              "a": 4,
              "a\\u0000": 5,
              "abcdefgh": 3,
              "abcdefghA": 2,
              "abcdefghB": 1,
              "a\u{1F600}": 7,
              "a\u{E000}x": 6,
              "s": [
                "12345678\\"9",
                "1234567\\u001f",
                "\u{7F} is not escaped",
                "日本語のテキスト",
                "C:\\\\ a path"
              ],
              "é": "naïve \\"quoted\\"\\tand tabbed"
            }

            """
        #expect(JSONSerializer.pretty(value) == pretty)
        let both = JSONSerializer.prettyAndCanonical(value)
        #expect(both.pretty == Array(pretty.utf8))
        #expect(both.canonical == Array(canonical.utf8))
    }

    @Test("indentation deeper than 32 levels")
    func deepIndentation() {
        let depth = 40
        var value = JSONValue.int(1)
        for _ in 0..<depth { value = .array([value]) }
        func line(_ level: Int, _ text: String) -> String { String(repeating: " ", count: 2 * level) + text + "\n" }
        let expected = (0..<depth).map { line($0, "[") }.joined() + line(depth, "1") + (0..<depth).reversed().map { line($0, "]") }.joined()
        #expect(JSONSerializer.pretty(value) == expected)
        #expect(JSONSerializer.canonical(value) == String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth))
    }

    @Test("integers beyond 2^53 are written as the double a JCS implementation reads them as")
    func largeIntegers() throws {
        // 2^53 + 1 is not a double; ECMAScript reads it as 2^53 (9007199254740992).
        #expect(try InterpretationDigest.canonicalText(ofJSON: Array("[9007199254740993, 9007199254740992, -1, 100e-2]".utf8)) == "[9007199254740992,9007199254740992,-1,1]")
    }

    @Test("whitespace and member order do not change the digest; a changed value does")
    func digestInvariance() throws {
        let a = try InterpretationDigest.sha256(ofJSON: Array(#"{"b": [1, 2.50], "a": "x"}"#.utf8))
        let b = try InterpretationDigest.sha256(ofJSON: Array("{\n  \"a\" : \"x\",\n  \"b\" : [1.0, 2.5]\n}".utf8))
        let c = try InterpretationDigest.sha256(ofJSON: Array(#"{"b": [1, 2.51], "a": "x"}"#.utf8))
        #expect(a == b)
        #expect(a != c)
        // SHA-256 of the canonical text {"a":"x","b":[1,2.5]}, computed with `printf '%s' '{"a":"x","b":[1,2.5]}' | sha256sum`.
        #expect(a == "66efddae6a97500318e4c6cdc4bc04149f340a165a7ef2d830393048b67b7a31")
    }

    @Test("non-UTF-8 bytes and invalid JSON are errors")
    func invalidInput() {
        #expect(throws: InterpretationDigest.Failure.notUTF8) { try InterpretationDigest.sha256(ofJSON: [0x22, 0xFF, 0x22]) }
        #expect(throws: InterpretationDigest.Failure.self) { try InterpretationDigest.sha256(ofJSON: Array(#"{"a":1,"a":2}"#.utf8)) }
    }
}
