import Foundation
import TestSupport

/// One sub-case of biocommons' rule-level grammar test (`oracles/hgvs_corpus/biocommons_grammar_test.tsv`,
/// columns Func, Test, Valid, InType, Expected), restricted to rules that describe a whole
/// variant or a whole description, which this parser reads as a whole string.
struct GrammarTestCase: CustomStringConvertible {
    let rule: String
    /// The string given to ``HGVSParser``: the test input, prefixed with its coordinate type for
    /// `*_posedit` rules (`p_posedit` `A3F` → `p.A3F`).
    let input: String
    let isValid: Bool
    /// biocommons' normalised form in the same shape as `input`, when it states one.
    let expected: String?

    var description: String { "\(rule) \(input) valid=\(isValid)" }

    /// Rules whose input is a whole variant (`AC_01234.5:c.1A>T`) or typed description (`c.76+3A>T`).
    static let wholeRules: Set<String> = [
        "hgvs_variant", "c_variant", "g_variant", "m_variant", "n_variant", "p_variant", "r_variant",
        "c_typed_posedit", "g_typed_posedit", "m_typed_posedit", "n_typed_posedit", "p_typed_posedit",
        "r_typed_posedit",
    ]
    /// Rules whose input is a description without its type, mapped to that type.
    static let posEditRules: [String: String] = [
        "c_posedit": "c", "g_posedit": "g", "m_posedit": "m", "n_posedit": "n", "r_posedit": "r",
        "p_posedit": "p", "p_posedit_special": "p",
    ]

    static func loadAll() throws -> [GrammarTestCase] {
        let text = try String(contentsOf: SharedData.url("oracles/hgvs_corpus/biocommons_grammar_test.tsv"), encoding: .utf8)
        var cases: [GrammarTestCase] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 4, !columns[0].isEmpty, !columns[0].hasPrefix("#") else { continue }
            let rule = columns[0]
            let prefix: String
            if wholeRules.contains(rule) {
                prefix = ""
            } else if let type = posEditRules[rule] {
                prefix = type + "."
            } else {
                continue
            }
            let inputs = split(columns[1], columns[3])
            let expectedColumn = columns.count > 4 ? columns[4].trimmingCharacters(in: .whitespaces) : ""
            let expected = expectedColumn.isEmpty ? inputs : split(expectedColumn, columns[3])
            let isValid = columns[2].trimmingCharacters(in: .whitespaces).lowercased() == "true"
            for (input, normalised) in zip(inputs, expected) {
                cases.append(GrammarTestCase(
                    rule: rule, input: prefix + input, isValid: isValid,
                    expected: normalised == "None" ? nil : prefix + normalised))
            }
        }
        return cases
    }

    /// The InType column: `list` is `|`-separated, `string` one case per character, `one` a single case.
    private static func split(_ field: String, _ inType: String) -> [String] {
        switch inType {
        case "list": field.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        case "string": field.map(String.init)
        default: [field]
        }
    }
}
