import Foundation
import Knowledgebase

/// Text that holds a coding and a protein change together, as ClinVar and database dumps write them.
enum CombinedDescription {
    /// Splits `c.235G>A (p.Glu79Lys)` or `c.235G>A p.E79K` (a coding change, a space, the protein change, in
    /// parentheses or not) into its parts; nil for any other text.
    static func split(_ text: String) -> (coding: String, protein: String)? {
        let trimmed = text.trimmingWhitespace()
        let words = trimmed.split(separator: " ")
        if words.count == 2, words[1].hasPrefix("p."), words[0].contains("c.") {
            return (String(words[0]), String(words[1]))
        }
        guard trimmed.hasSuffix(")"), let open = trimmed.range(of: " (p.", options: .backwards) else { return nil }
        let coding = trimmed[..<open.lowerBound].trimmingWhitespace()
        let protein = String(trimmed[trimmed.index(open.lowerBound, offsetBy: 2)..<trimmed.index(before: trimmed.endIndex)])
        guard !coding.isEmpty, !protein.isEmpty else { return nil }
        return (coding, protein)
    }

    /// The coding change of FoundationOne's protein-effect spelling for splice changes, `splice site 1708+1G>A`
    /// (any letter case); nil for any other text.
    static func spliceSiteCoding(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard words.count == 3, words[0].lowercased() == "splice", words[1].lowercased() == "site" else { return nil }
        return String(words[2])
    }
}
