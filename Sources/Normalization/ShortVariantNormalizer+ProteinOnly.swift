import HGVS
import Knowledgebase

/// A protein change given without a coding or genomic change: its residues are checked against the
/// knowledgebase protein and its consequence is read from the description.
extension ShortVariantNormalizer {
    func applyProteinOnly(_ protein: ProteinVariant, into result: inout NormalizedAlteration) {
        let term = protein.sequenceOntologyTerm
        switch protein {
        case .unknown, .noProtein:
            result.markUninterpretable(.unsupportedDescription, "\(HGVSFormatter.canonical.string(for: .protein(protein.withoutPrediction))) gives no position or change to interpret")
            return
        case .noChange:
            result.markUninterpretable(.unsupportedDescription, "p.= states that the protein is unchanged but not where; give the coding change")
            return
        case .spliceSite(let position, _):
            guard position >= 1, position <= gene.proteinLength + 1 else {
                result.markUninterpretable(.positionOutOfRange, "codon \(position) lies outside \(gene.symbol) (1-\(gene.proteinLength + 1))")
                return
            }
        case .change(let change):
            if let problem = referenceProblem(change) {
                result.markUninterpretable(problem.0, problem.1)
                return
            }
        }
        setProtein(protein, into: &result)
        result.consequence = term.name
        result.consequences = [term.name]
    }

    /// Records a protein change with the reference residues it covers, read from the knowledgebase protein.
    func setProtein(_ protein: ProteinVariant, into result: inout NormalizedAlteration) {
        result.record(protein: protein)
        if case .change = protein, let range = result.proteinRange {
            result.referenceResidues = gene.residues(range)
        }
    }

    /// Checks the residues a protein change names against the knowledgebase protein.
    private func referenceProblem(_ change: ProteinChange) -> (UninterpretableReason, String)? {
        for residue in [change.start] + (change.end.map { [$0] } ?? []) {
            let stopPosition = gene.proteinLength + 1
            guard residue.position >= 1, residue.position <= stopPosition else {
                return (.positionOutOfRange, "residue \(residue.position) lies outside \(gene.symbol) (1-\(gene.proteinLength), stop at \(stopPosition))")
            }
            let expected: Character = residue.position == stopPosition ? "*" : (gene.residue(at: residue.position) ?? "?")
            if residue.aminoAcid != "X", residue.aminoAcid != expected {
                return (.referenceMismatch, "\(gene.symbol) residue \(residue.position) is \(AminoAcidCode.threeLetterCode(for: expected) ?? String(expected)) in \(gene.file.maneSelect.refseqProtein), but the report gives \(AminoAcidCode.threeLetterCode(for: residue.aminoAcid) ?? String(residue.aminoAcid))")
            }
        }
        return nil
    }
}
