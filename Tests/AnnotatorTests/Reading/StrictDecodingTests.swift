import Foundation
import StrictDecoding
import Testing

/// The strict JSON parser and the tree decoder: what plain `Codable` or a lenient parser would let through
/// must be an error naming the file, the path and the problem.
@Suite("Strict JSON and YAML decoding")
struct StrictDecodingTests {
    struct Sample: Decodable, Equatable {
        var name: String
        var count: Int
        var ratio: Double?
        var flag: Bool?
        var items: [Item]?

        struct Item: Decodable, Equatable {
            var id: Int
            var label: String?
        }
    }

    /// The error decoding `json` as a ``Sample`` ends in, or a recorded issue when it succeeds.
    static func jsonError(_ json: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> StrictDecodingError? {
        jsonError(Data(json.utf8), sourceLocation: sourceLocation)
    }

    static func jsonError(_ bytes: Data, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> StrictDecodingError? {
        do {
            let value = try StrictDecoder.decodeJSON(Sample.self, from: bytes, file: "f.json")
            Issue.record("expected an error, decoded \(value)", sourceLocation: sourceLocation)
            return nil
        } catch {
            #expect(error.file == "f.json", sourceLocation: sourceLocation)
            return error
        }
    }

    static func yamlError(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> StrictDecodingError? {
        do {
            let value = try StrictDecoder.decodeYAML(Sample.self, from: yaml, file: "f.yaml")
            Issue.record("expected an error, decoded \(value)", sourceLocation: sourceLocation)
            return nil
        } catch {
            #expect(error.file == "f.yaml", sourceLocation: sourceLocation)
            return error
        }
    }

    @Test("a well-formed document decodes, escapes and surrogate pairs included")
    func wellFormed() throws {
        let json = #"{"name": "a\"b\\c\/d\u00e9\uD83D\uDE00\n", "count": -0, "ratio": 1.5e2, "flag": false, "items": [{"id": 2}, {"id": 3, "label": null}]}"#
        let value = try StrictDecoder.decodeJSON(Sample.self, from: Data(json.utf8), file: "f.json")
        #expect(value == Sample(name: "a\"b\\c/dé😀\n", count: 0, ratio: 150, flag: false, items: [.init(id: 2), .init(id: 3)]))
        let yaml = "name: a\ncount: 7\nratio: 0.25\nflag: true\nitems:\n  - id: 1\n    label: x\n"
        #expect(try StrictDecoder.decodeYAML(Sample.self, from: yaml, file: "f.yaml")
            == Sample(name: "a", count: 7, ratio: 0.25, flag: true, items: [.init(id: 1, label: "x")]))
    }

    @Test("a string of many escapes between characters decodes to those characters")
    func manyEscapes() throws {
        let escaped = String(repeating: #"\n\u00e9x\uD83D\uDE00"#, count: 20_000) + "é"
        let value = try StrictDecoder.decodeJSON(Sample.self, from: Data((#"{"name": ""# + escaped + #"", "count": 1}"#).utf8), file: "f.json")
        #expect(value.name == String(repeating: "\néx😀", count: 20_000) + "é")
    }

    @Test("a JSON value of the wrong type is an error at its path, never converted", arguments: [
        (#"{"name": 5, "count": 1}"#, "$.name", "expected a string, found a number"),
        (#"{"name": true, "count": 1}"#, "$.name", "expected a string, found true or false"),
        (#"{"name": "a", "count": "1"}"#, "$.count", "expected an integer, found a string"),
        (#"{"name": "a", "count": 1.5}"#, "$.count", "expected an integer, found '1.5'"),
        (#"{"name": "a", "count": 1.0}"#, "$.count", "expected an integer, found '1.0'"),
        (#"{"name": "a", "count": 1e2}"#, "$.count", "expected an integer, found '100.0'"),
        (#"{"name": "a", "count": 99999999999999999999}"#, "$.count", "expected an integer, found '1e+20'"),
        (#"{"name": "a", "count": 1, "ratio": "0.5"}"#, "$.ratio", "expected a number, found a string"),
        (#"{"name": "a", "count": 1, "ratio": false}"#, "$.ratio", "expected a number, found true or false"),
        (#"{"name": "a", "count": 1, "flag": "true"}"#, "$.flag", "expected true or false, found a string"),
        (#"{"name": "a", "count": 1, "flag": 1}"#, "$.flag", "expected true or false, found a number"),
        (#"{"name": "a", "count": 1, "items": {"id": 1}}"#, "$.items", "expected a list, found an object"),
        (#"{"name": "a", "count": 1, "items": [1]}"#, "$.items[0]", "expected an object, found a number"),
        (#"{"name": "a", "count": 1, "items": [{"id": "1"}]}"#, "$.items[0].id", "expected an integer, found a string"),
        (#"{"name": null, "count": 1}"#, "$.name", "expected a string, found null"),
        (#"{"count": 1}"#, "$", "missing required field 'name'"),
        (#"[]"#, "$", "expected an object, found a list"),
    ])
    func wrongTypes(_ json: String, path: String, problem: String) {
        let error = Self.jsonError(json)
        #expect(error?.path == path)
        #expect(error?.problem == problem)
    }

    @Test("an unknown key is an error naming the object that holds it; the check can be skipped for verified files")
    func unknownKeys() throws {
        #expect(Self.jsonError(#"{"name": "a", "count": 1, "extra": 2}"#) == StrictDecodingError(file: "f.json", path: "$", problem: "unknown field 'extra'"))
        #expect(Self.jsonError(#"{"name": "a", "count": 1, "items": [{"id": 1}, {"id": 2, "lable": "x"}]}"#)
            == StrictDecodingError(file: "f.json", path: "$.items[1]", problem: "unknown field 'lable'"))
        // JSON keeps no member order: the first unknown key in sorted order is named, the same on every run.
        #expect(Self.jsonError(#"{"zeta": 1, "name": "a", "beta": {"x": 1}, "count": 1}"#)?.problem == "unknown field 'beta'")
        // YAML names the first in document order.
        #expect(Self.yamlError("zeta: 1\nname: a\nbeta: 2\ncount: 1\n") == StrictDecodingError(file: "f.yaml", path: "$", problem: "unknown field 'zeta'"))
        #expect(Self.yamlError("name: a\ncount: 1\nitems:\n  - id: 1\n    lable: x\n")?.path == "$.items[0]")
        let skipped = try StrictDecoder.decodeJSON(Sample.self, from: Data(#"{"name": "a", "count": 1, "extra": 2}"#.utf8), file: "f.json", checkingUnknownKeys: false)
        #expect(skipped == Sample(name: "a", count: 1))
    }

    @Test("a repeated key is an error, however it is spelt", arguments: [
        (#"{"name": "a", "name": "b", "count": 1}"#, "line 1, column 21: duplicate member name 'name'"),
        (#"{"name": "a", "n\u0061me": "b", "count": 1}"#, "line 1, column 26: duplicate member name 'name'"),
        ("{\"name\": \"a\", \"count\": 1,\n \"items\": [{\"id\": 1, \"id\": 2}]}", "line 2, column 26: duplicate member name 'id'"),
    ])
    func duplicateJSONKeys(_ json: String, problem: String) {
        let error = Self.jsonError(json)
        #expect(error?.path == "$")
        #expect(error?.problem == "not valid JSON: \(problem)")
    }

    @Test("a repeated YAML key is an error on one line, at the first occurrence, compared by its text whatever its tag or quoting")
    func duplicateYAMLKeys() {
        for (yaml, location, key) in [
            ("name: a\ncount: 1\nname: b\n", "line 1, column 1", "name"), ("name: a\ncount: 1\n!!str name: b\n", "line 1, column 1", "name"),
            ("name: a\ncount: 1\n1: x\n'1': y\n", "line 3, column 1", "1"),
        ] {
            let error = Self.yamlError(yaml)
            #expect(error?.path == location, "\(String(describing: error))")
            #expect(error?.problem == "not valid YAML: duplicate key(s) '\(key)' in one mapping", "\(String(describing: error))")
        }
    }

    @Test("invalid UTF-8 is an error, in plain strings, after escapes and outside strings", arguments: [
        ([0xC3, 0x28], "invalid UTF-8 in a string"),  // a lead byte without its continuation
        ([0xC0, 0xAF], "invalid UTF-8 in a string"),  // an overlong encoding of '/'
        ([0xED, 0xA0, 0x80], "invalid UTF-8 in a string"),  // a surrogate encoded in UTF-8
        ([0xF4, 0x90, 0x80, 0x80], "invalid UTF-8 in a string"),  // beyond U+10FFFF
        ([0x5C, 0x6E, 0xE2, 0x82], "invalid UTF-8 in a string"),  // \n, then a truncated sequence
        ([0x61, 0xFF], "invalid UTF-8 in a string"),
        ([0xE2, 0x82, 0x5C, 0x6E], "invalid UTF-8 in a string"),  // a truncated sequence, then \n
        ([0x5C, 0x6E, 0x82, 0x61], "invalid UTF-8 in a string"),  // \n, then a stray continuation byte
    ] as [([UInt8], String)])
    func invalidUTF8(_ content: [UInt8], problem: String) {
        var bytes = Data(#"{"count": 1, "name": ""#.utf8)
        bytes.append(contentsOf: content)
        bytes.append(contentsOf: Array(#""}"#.utf8))
        let error = Self.jsonError(bytes)
        #expect(error?.path == "$")
        #expect(error?.problem.hasPrefix("not valid JSON: line 1, column ") == true, "\(String(describing: error))")
        #expect(error?.problem.hasSuffix(": \(problem)") == true, "\(String(describing: error))")
    }

    @Test("a byte that is not JSON outside a string is an error")
    func invalidByteOutsideString() {
        var bytes = Data(#"{"name": "a", "count": 1"#.utf8)
        bytes.append(0xC3)
        bytes.append(contentsOf: Array("}".utf8))
        #expect(Self.jsonError(bytes)?.problem == "not valid JSON: line 1, column 25: expected ',' or '}'")
    }

    @Test("escapes: lone or broken surrogates, unknown escapes and raw control characters are errors", arguments: [
        (#"\uD800"#, "unpaired surrogate"),
        (#"\uD800x"#, "unpaired surrogate"),
        (#"\uD800\u0041"#, "invalid low surrogate"),
        (#"\uDC00"#, "invalid Unicode escape"),
        (#"\u12G4"#, #"invalid hex digit in \u escape"#),
        (#"\x41"#, "invalid escape"),
        (#"\'"#, "invalid escape"),
        ("a\tb", "control character in a string"),
        ("a\u{0}b", "control character in a string"),
    ])
    func escapes(_ content: String, problem: String) {
        let error = Self.jsonError(#"{"count": 1, "name": ""# + content + #""}"#)
        #expect(error?.problem.hasPrefix("not valid JSON: line 1, column ") == true, "\(String(describing: error))")
        #expect(error?.problem.hasSuffix(": \(problem)") == true, "\(String(describing: error))")
    }

    @Test("text that lenient parsers accept is refused", arguments: [
        (#"{"name": "a", "count": 1,}"#, "expected a member name"),
        (#"{"name": "a", "count": 1} x"#, "unexpected text after the value"),
        (#"{"name": "a", "count": 1}{}"#, "unexpected text after the value"),
        (#"{"name": "a", "count": 01}"#, "expected ',' or '}'"),
        (#"{"name": "a", "count": +1}"#, "expected a value"),
        (#"{"name": "a", "count": .5}"#, "expected a value"),
        (#"{"name": "a", "count": 1.}"#, "expected digits after '.'"),
        (#"{"name": "a", "count": 1e}"#, "expected exponent digits"),
        (#"{"name": "a", "count": -}"#, "expected a value"),
        (#"{"name": "a", "count": NaN}"#, "expected a value"),
        (#"{"name": "a", "count": Infinity}"#, "expected a value"),
        (#"{"name": "a", "count": 1e400}"#, "number out of range"),
        (#"{"name": "a", "count": -1e400}"#, "number out of range"),
        (#"{"name": 'a', "count": 1}"#, "expected a value"),
        (#"{name: "a", "count": 1}"#, "expected a member name"),
        (#"{"name": "a", "count": 1 /* c */}"#, "expected ',' or '}'"),
        (#"{"name": "a", "count": tru}"#, "expected 'true'"),
        (#"{"name": "a" "count": 1}"#, "expected ',' or '}'"),
        (#"{"name": "a", "count": 1"#, "unexpected end of input in an object"),
        (#"{"name": "a"#, "unterminated string"),
        ("", "unexpected end of input"),
    ])
    func lenientSyntax(_ json: String, problem: String) {
        let error = Self.jsonError(json)
        #expect(error?.path == "$")
        #expect(error?.problem.hasPrefix("not valid JSON: line 1, column ") == true, "\(String(describing: error))")
        #expect(error?.problem.hasSuffix(": \(problem)") == true, "\(String(describing: error))")
    }

    @Test("a syntax error names its line and column")
    func lineAndColumn() {
        #expect(Self.jsonError("{\n  \"name\": \"a\",\n  \"count\": 1,,\n}")?.problem == "not valid JSON: line 3, column 14: expected a member name")
    }

    @Test("nesting is accepted to 512 levels and refused beyond")
    func nestingLimit() throws {
        func nested(_ depth: Int) -> Data { Data((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8) }
        _ = try StrictDecoder.parseJSON(nested(512), file: "deep.json")
        #expect(throws: StrictDecodingError(file: "deep.json", path: "$", problem: "not valid JSON: line 1, column 513: nesting deeper than 512")) {
            try StrictDecoder.parseJSON(nested(513), file: "deep.json")
        }
        let objects = String(repeating: #"{"a":"#, count: 513) + "1" + String(repeating: "}", count: 513)
        #expect(throws: StrictDecodingError(file: "deep.json", path: "$", problem: "not valid JSON: line 1, column 2561: nesting deeper than 512")) {
            try StrictDecoder.parseJSON(Data(objects.utf8), file: "deep.json")
        }
    }

    @Test("a document over the size limit is refused by its byte count before parsing")
    func sizeLimit() {
        let size = StrictDecoder.maximumDocumentSize + 1
        #expect(throws: StrictDecodingError(file: "big.json", path: "$", problem: "document is \(size) bytes; the limit is 67108864")) {
            try StrictDecoder.parseJSON(Data(repeating: 0x20, count: size), file: "big.json")
        }
    }

    @Test("YAML anchors and aliases are refused quickly, so nested aliases cannot expand a small file")
    func yamlAliases() throws {
        var bomb = "z: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 { bomb += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let start = Date()
        let error = Self.yamlError(bomb)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(error == StrictDecodingError(
            file: "f.yaml", path: "$",
            problem: "not accepted YAML: line 1, column 4: the anchor 'l0' is refused: YAML anchors and aliases are not accepted, since an alias can make a small document expand without bound"))
        #expect(Self.yamlError("name: &n a\ncount: 1\nother: *n\n")?.problem.contains("the anchor 'n' is refused") == true)
        #expect(Self.yamlError("? [a, b]\n: 1\nname: a\ncount: 1\n")?.problem == "not accepted YAML: line 1, column 3: a mapping key must be a single value, not a list or mapping")
    }

    @Test("YAML scalars are read as the target type asks; text that is not that type is an error")
    func yamlTypes() {
        #expect(Self.yamlError("name: a\ncount: many\n") == StrictDecodingError(file: "f.yaml", path: "$.count", problem: "expected an integer, found 'many'"))
        #expect(Self.yamlError("name: a\ncount: 1\nflag: maybe\n")?.problem == "expected true or false, found 'maybe'")
        #expect(Self.yamlError("name: a\ncount: 1\nratio: .nan\n")?.problem == "expected a number, found '.nan'")
        #expect(Self.yamlError("name: ~\ncount: 1\n") == StrictDecodingError(file: "f.yaml", path: "$.name", problem: "expected a string, found null"))
        #expect(Self.yamlError("")?.problem == "the document is empty")
    }
}
