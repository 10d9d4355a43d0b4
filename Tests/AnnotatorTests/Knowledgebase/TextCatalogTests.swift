import Knowledgebase
import Testing

@Suite("Text catalog placeholders")
struct TextCatalogTests {
    let catalog = TextCatalog(texts: [
        "t": LocalizedText(en: "{gene} {change} in {n} of {total}", ja: "{total} 例中 {n} 例に {gene} {change}"),
        "braces": LocalizedText(en: "set {a} and {unknown} and {", ja: "{a}"),
    ])

    @Test("every placeholder is filled once, in either language")
    func filled() {
        let values = ["gene": "KEAP1", "change": "p.G333C", "n": "7", "total": "24,592"]
        #expect(catalog.text("t", .en, values) == "KEAP1 p.G333C in 7 of 24,592")
        #expect(catalog.text("t", .ja, values) == "24,592 例中 7 例に KEAP1 p.G333C")
    }

    @Test("a value containing a placeholder name is not substituted again; unknown and unclosed braces stay")
    func onePass() {
        #expect(catalog.text("t", .en, ["gene": "{change}", "change": "X", "n": "1", "total": "2"]) == "{change} X in 1 of 2")
        #expect(catalog.text("braces", .en, ["a": "A"]) == "set A and {unknown} and {")
        #expect(catalog.text("missing", .en) == "missing")
    }

    @Test("a brace joined to a combining mark is text, not a placeholder; one after a combined letter is a placeholder")
    func graphemes() {
        // U+0301 (combining acute) makes "{\u{301}" one Character, which is not a brace; "e\u{301}" ends before "{".
        let combined = TextCatalog(texts: [
            "t": LocalizedText(en: "{\u{301}a} e\u{301}{a}", ja: "（{a}）{a\u{301}}{a}\u{301}"),
        ])
        #expect(combined.text("t", .en, ["a": "A"]) == "{\u{301}a} e\u{301}A")
        // "}\u{301}" is not a closing brace either, so "{a}\u{301}" after the first two stays as written.
        #expect(combined.text("t", .ja, ["a": "A", "a\u{301}": "B"]) == "（A）B{a}\u{301}")
    }

    /// The catalog's filling as first written, before templates were split: one pass over the Characters, a `{`
    /// followed by a `}` whose name has a value replaced, any other Character copied.
    private static func referenceFill(_ template: String, _ values: [String: String]) -> String {
        let characters = Array(template)
        var result = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "{", let close = characters[(index + 1)...].firstIndex(of: "}"),
               let value = values[String(characters[(index + 1)..<close])] {
                result += value
                index = close + 1
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    @Test("the catalog and a template split once fill as the first one-pass filling did: the cases above and 20,000 random templates")
    func splitTemplate() {
        let values = ["a": "A", "b": "{a}", "a\u{301}": "B", "gene": "KEAP1"]
        var templates = [
            "{gene} {change} in {n} of {total}", "set {a} and {unknown} and {", "{\u{301}a} e\u{301}{a}", "（{a}）{a\u{301}}{a}\u{301}",
            "{x{a}", "{{a}}", "}{a}{", "", "no braces",
        ]
        // Deterministic pseudo-random templates over braces, names, a combining mark, CR LF, an emoji and Japanese.
        let alphabet = ["{", "}", "a", "b", "gene", "\u{301}", "e", "\r\n", "👍🏽", "例", " "]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            var template = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) + 1 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                template += alphabet[Int(state >> 33) % alphabet.count]
            }
            templates.append(template)
        }
        for template in templates {
            let catalog = TextCatalog(texts: ["t": LocalizedText(en: template, ja: template)])
            let expected = Self.referenceFill(template, values)
            let scalars = template.unicodeScalars.map { String($0.value, radix: 16) }
            #expect(TextTemplate(template).filled(values) == expected, "\(scalars)")
            #expect(catalog.text("t", .en, values) == expected, "\(scalars)")
        }
    }

    @Test("a data value is translated when the catalog has a text for it, else shown as written")
    func term() {
        let terms = TextCatalog(texts: ["direction.worse": LocalizedText(en: "worse", ja: "不良")])
        #expect(terms.term("direction.", "worse", .ja) == "不良")
        #expect(terms.term("direction.", "better", .ja) == "better")
    }
}
