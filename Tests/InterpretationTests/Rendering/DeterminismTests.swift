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
}
