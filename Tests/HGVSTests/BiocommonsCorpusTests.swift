import Foundation
import HGVS
import Testing
import TestSupport

/// The public test corpora of biocommons hgvs 1.5.7 (`oracles/hgvs_corpus/`).
@Suite("biocommons hgvs test corpora", .requiresSharedData)
struct BiocommonsCorpusTests {
    @Test("Every expected-valid string parses (flat_valid.txt, 505 strings)")
    func validStringsParse() throws {
        let strings = try SharedData.dataLines("oracles/hgvs_corpus/flat_valid.txt")
        #expect(strings.count == 505)
        let failures = strings.compactMap { string -> String? in
            do throws(HGVSParseError) {
                _ = try HGVSParser.parse(string)
                return nil
            } catch {
                return error.description
            }
        }
        print("flat_valid.txt: \(strings.count - failures.count)/\(strings.count) parse")
        #expect(failures == [])
    }

    /// `flat_invalid.txt` lists 3 strings. biocommons itself accepts `AC_01234.5:g.0A>T`
    /// although its own corpus marks it invalid; HGVS numbers positions from 1, so we reject it
    /// (a deliberate difference from biocommons' behaviour, in line with its test data).
    @Test("Every expected-invalid string is rejected (flat_invalid.txt), g.0 included")
    func invalidStringsAreRejected() throws {
        let strings = try SharedData.dataLines("oracles/hgvs_corpus/flat_invalid.txt")
        #expect(strings.count == 3)
        for string in strings {
            #expect(throws: HGVSParseError.self, "\(string)") { try HGVSParser.parse(string) }
        }
    }

    @Test("Every gauntlet string parses; its commented negative examples are rejected")
    func gauntlet() throws {
        let lines = try String(contentsOf: SharedData.url("oracles/hgvs_corpus/biocommons_gauntlet"), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let positives = lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let negatives = lines.filter { $0.hasPrefix("#- ") }.map { String($0.dropFirst(3)) }
        #expect(positives.count == 31)
        #expect(negatives.count == 2)
        for string in positives {
            #expect(throws: Never.self, "\(string)") { try HGVSParser.parse(string) }
        }
        for string in negatives {
            #expect(throws: HGVSParseError.self, "\(string)") { try HGVSParser.parse(string) }
        }
    }

    @Test("Grammar test cases for whole variants and descriptions: valid ones parse, invalid ones are rejected")
    func grammarCasesAcceptOrReject() throws {
        let cases = try GrammarTestCase.loadAll()
        var agreements = 0
        for testCase in cases {
            let parsed = (try? HGVSParser.parse(testCase.input)) != nil
            #expect(parsed == testCase.isValid, "\(testCase)")
            if parsed == testCase.isValid { agreements += 1 }
        }
        print("biocommons_grammar_test.tsv: \(agreements)/\(cases.count) whole-variant and description cases agree")
        #expect(cases.count == 106)
    }

    /// biocommons' normalised forms, compared with ours for valid protein cases. The one
    /// deliberate difference: biocommons writes a frameshift without a stop distance as
    /// `ArgfsTer`; we keep HGVS's short form `Argfs` (both parse to the same value).
    @Test("Valid protein grammar cases format as biocommons normalises them")
    func grammarProteinNormalisation() throws {
        let proteinCases = try GrammarTestCase.loadAll().filter { $0.isValid && $0.input.contains("p.") }
        var compared = 0
        for testCase in proteinCases {
            guard let expected = testCase.expected else { continue }
            let formatted = try HGVSParser.parse(testCase.input).formatted()
            let expectedHere = expected.replacingOccurrences(of: "fsTer", with: "fs", options: [.anchored, .backwards])
            compared += 1
            #expect(formatted == expected || (expected.hasSuffix("fsTer") && formatted == expectedHere), "\(testCase)")
        }
        print("biocommons_grammar_test.tsv: \(compared) valid protein cases compared with biocommons' normal form")
        #expect(compared == 42)
    }
}
