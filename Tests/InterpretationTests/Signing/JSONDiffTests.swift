import Interpretation
import StrictDecoding
import Testing

/// The locations `keapnrf verify` prints: written out by hand for small documents.
@Suite("JSON differences as JSONPath locations")
struct JSONDiffTests {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test("identical documents, whitespace and member order aside, have no differences")
    func identical() throws {
        let old = try parse(#"{"a": [1, {"b": "x"}], "c": null, "d": true}"#)
        let new = try parse(#"{"d":true,"c":null,"a":[1,{"b":"x"}]}"#)
        #expect(JSONDiff.differences(old, new).isEmpty)
    }

    @Test("a number compares by value: a parsed 7 and a built 7.0 are the same; 7 and 7.5 are not")
    func numbers() throws {
        #expect(JSONDiff.differences(.object(["n": .int(7)]), .object(["n": .double(7)])).isEmpty)
        #expect(JSONDiff.differences(.object(["n": .double(7)]), .object(["n": .int(7)])).isEmpty)
        #expect(JSONDiff.differences(.object(["n": .int(7)]), .object(["n": .double(7.5)])) == ["$.n"])
        #expect(JSONDiff.differences(.object(["n": .int(7)]), .object(["n": .string("7")])) == ["$.n"])
    }

    @Test("changed scalars, members on one side only and extra elements are each reported at their own location, in order")
    func locations() throws {
        let old = try parse(#"{"alterations": [{"oncogenicity": "VUS", "prognosis": [1, 2]}], "gone": 1, "same": "s"}"#)
        let new = try parse(#"{"added": {}, "alterations": [{"oncogenicity": "Oncogenic", "prognosis": [1, 2, 3]}], "same": "s"}"#)
        #expect(JSONDiff.differences(old, new) == ["$.added", "$.alterations[0].oncogenicity", "$.alterations[0].prognosis[2]", "$.gone"])
    }

    @Test("a value of another kind is one difference at its location, not a walk into it")
    func kinds() throws {
        #expect(JSONDiff.differences(try parse(#"{"a": {"b": 1}}"#), try parse(#"{"a": [1]}"#)) == ["$.a"])
        #expect(JSONDiff.differences(try parse(#"{"a": null}"#), try parse(#"{"a": false}"#)) == ["$.a"])
    }

    @Test("names that are not identifiers are written as JSON strings in brackets")
    func memberNames() throws {
        let old = try parse(#"{"evidence": {"ccat2024-freq": {"n": 1}, "x\"y": 1, "ok_1": 1}}"#)
        let new = try parse(#"{"evidence": {"ccat2024-freq": {"n": 2}, "x\"y": 2, "ok_1": 2}}"#)
        #expect(JSONDiff.differences(old, new) == [#"$.evidence["ccat2024-freq"].n"#, "$.evidence.ok_1", #"$.evidence["x\"y"]"#])
    }
}
