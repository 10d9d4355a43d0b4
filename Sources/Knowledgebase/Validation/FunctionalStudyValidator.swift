/// Checks `functional-studies.yaml`: known genes and citations, vocabularies, unique ids, and that every
/// variant is a one-letter substitution whose reference residue is the protein's.
enum FunctionalStudyValidator {
    static let file = "functional-studies.yaml"

    /// The verified findings of the file, after checking every study (verified or not).
    static func findings(
        of studiesFile: FunctionalStudiesFile, genes: [String: GeneKnowledge], citations: [String: Citation]
    ) throws(KnowledgebaseError) -> [FunctionalFinding] {
        var seen = Set<String>()
        var findings: [FunctionalFinding] = []
        for study in studiesFile.studies {
            func fail(_ problem: String) -> KnowledgebaseError {
                .invalidFact(file: file, location: "study \(study.id)", problem: problem)
            }
            guard seen.insert(study.id).inserted else { throw fail("duplicate study id") }
            guard let citation = citations[study.citation] else { throw fail("unknown citation id '\(study.citation)'") }
            if study.verified && !citation.verified { throw fail("a verified study needs a verified citation ('\(citation.id)' is not)") }
            guard FunctionalStudy.models.contains(study.model) else {
                throw fail("model must be one of \(FunctionalStudy.models.sorted().joined(separator: ", ")); found '\(study.model)'")
            }
            guard !study.locator.isEmpty, !study.results.isEmpty else { throw fail("needs a locator and at least one result") }
            for (index, result) in study.results.enumerated() {
                let (position, alternate) = try substitution(result, genes: genes, location: "study \(study.id) results[\(index)]")
                if study.verified {
                    findings.append(FunctionalFinding(study: study, result: result, position: position, alternate: alternate))
                }
            }
        }
        return findings
    }

    /// The residue and new residue of a result's `p.X123Y`, checked against the gene's protein.
    private static func substitution(
        _ result: FunctionalResultRecord, genes: [String: GeneKnowledge], location: String
    ) throws(KnowledgebaseError) -> (Int, Character) {
        func fail(_ problem: String) -> KnowledgebaseError { .invalidFact(file: file, location: location, problem: problem) }
        guard let gene = genes[result.gene.uppercased()] else { throw fail("unknown gene '\(result.gene)'") }
        guard FunctionalResultRecord.effects.contains(result.effect) else {
            throw fail("effect must be one of \(FunctionalResultRecord.effects.sorted().joined(separator: ", ")); found '\(result.effect)'")
        }
        let text = Array(result.variant)
        guard text.count >= 5, text[0] == "p", text[1] == ".", let reference = text.dropFirst(2).first, let alternate = text.last,
              let position = Int(String(text[3..<(text.count - 1)])), reference.isLetter, alternate.isLetter || alternate == "*"
        else { throw fail("variant must be a one-letter substitution such as p.G333C; found '\(result.variant)'") }
        guard gene.residue(at: position) == reference else {
            throw fail("\(result.variant): the \(gene.symbol) protein has \(gene.residue(at: position).map(String.init) ?? "no residue") at \(position)")
        }
        return (position, alternate)
    }
}
