import Foundation
import Interpretation
import Knowledgebase
import Testing

/// Repeated rendering gives the same bytes. In one process this catches state carried between renders; the
/// CI script `scripts/determinism_check.sh` repeats whole `keapnrf` runs, which also catches hash-order effects.
@Suite("Deterministic outputs")
struct DeterminismTests {
    @Test("100 renders in each format, cycling through the examples and languages, are byte-identical")
    func repeatedRenders() throws {
        let knowledgebase = try Examples.knowledgebase()
        let interpretations = try Examples.names.map(Examples.interpretation)
        let combinations = interpretations.indices.flatMap { index in OutputLanguage.allCases.map { (index, $0) } }
        for format in OutputFormat.allCases {
            var first: [String: String] = [:]
            for run in 0..<100 {
                let (index, language) = combinations[run % combinations.count]
                let text = try format.text(interpretations[index], knowledgebase: knowledgebase, language: language)
                let key = "\(index)-\(language)"
                if let earlier = first[key] {
                    #expect(text == earlier, "\(Examples.names[index]) \(format) \(language) differs at run \(run)")
                } else {
                    first[key] = text
                }
            }
        }
    }

    /// Comparing renders of one value with each other cannot see an output that follows a dictionary's order,
    /// which is the same for the same dictionary within a process. Here the interpretation's dictionaries are
    /// rebuilt with another capacity and insertion order, so that they iterate in another order; every format
    /// must still give the same bytes.
    @Test("the order in which the interpretation's dictionaries iterate does not reach any output", arguments: Examples.names)
    func dictionaryOrder(_ name: String) throws {
        let knowledgebase = try Examples.knowledgebase()
        let interpretation = try Examples.interpretation(name)
        var reordered = interpretation
        reordered.evidence = Self.rebuilt(interpretation.evidence)
        for index in reordered.alterations.indices {
            var annotated = reordered.alterations[index].annotated
            annotated.alteration.genomic = Self.rebuilt(annotated.alteration.genomic)
            for match in annotated.hotspot.matches.indices {
                annotated.hotspot.matches[match].variantCounts = Self.rebuilt(annotated.hotspot.matches[match].variantCounts)
            }
            reordered.alterations[index].annotated = annotated
        }
        // The rebuilt evidence dictionary does iterate in another order, so the comparison below tests something.
        #expect(Array(reordered.evidence.keys) != Array(interpretation.evidence.keys))
        for format in OutputFormat.allCases {
            for language in OutputLanguage.allCases {
                let expected = try format.text(interpretation, knowledgebase: knowledgebase, language: language)
                let actual = try format.text(reordered, knowledgebase: knowledgebase, language: language)
                #expect(actual == expected, "\(name) \(format) \(language)")
            }
        }
    }

    /// The same entries in a dictionary of much larger capacity, inserted in reverse order.
    private static func rebuilt<Key: Hashable, Value>(_ dictionary: [Key: Value]) -> [Key: Value] {
        var result: [Key: Value] = Dictionary(minimumCapacity: 64 * max(dictionary.count, 1))
        for (key, value) in dictionary.reversed() { result[key] = value }
        return result
    }
}
