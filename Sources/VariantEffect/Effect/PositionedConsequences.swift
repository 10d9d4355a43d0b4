import HGVS

extension TranscriptModel {
    /// Consequences of a change outside the CDS or across an exon boundary, decided from its position
    /// alone (the model holds no sequence there): splice sites and regions by VEP's rules, UTR and
    /// intron terms, and start or stop codon loss when the change reaches into them.
    /// The protein is `p.(Met1?)` when the start codon is hit, `p.?` when coding bases or a splice
    /// site are hit, and absent otherwise.
    func positionedEffect(of change: PositionedChange) -> (terms: [SequenceOntologyTerm], protein: ProteinVariant?, caveats: [EffectCaveat]) {
        let firstOriented = layout.oriented(of: change.first), lastOriented = layout.oriented(of: change.last)
        // VEP's convention: an insertion runs from the base after it to the base before it.
        let (start, end) = change.isInsertion ? (lastOriented, firstOriented) : (firstOriented, lastOriented)
        let splice = SpliceSiteEffects(start: start, end: end, layout: layout)
        var terms = splice.terms

        func covers(codingIndices indices: [Int]) -> Bool {
            !change.isInsertion && indices.contains { (start...end).contains(layout.oriented(of: .coding(index: $0))) }
        }
        let touchesCoding = !change.isInsertion && layout.segments.contains { end >= $0.orientedStart && start <= $0.orientedEnd }
        let cdsLength = codingSequence.count
        let hitsStart = covers(codingIndices: [0, 1, 2])
        let hitsStop = covers(codingIndices: [cdsLength - 3, cdsLength - 2, cdsLength - 1])
        let inFivePrimeUTR = Self.isFivePrimeUTR(change.first) || Self.isFivePrimeUTR(change.last)
        let inThreePrimeUTR = Self.isThreePrimeUTR(change.first) || Self.isThreePrimeUTR(change.last)

        if hitsStart { terms.append(.startLost) }
        if hitsStop { terms.append(.stopLost) }
        if touchesCoding && !hitsStart && !hitsStop { terms.append(.codingSequenceVariant) }
        if inFivePrimeUTR { terms.append(.fivePrimeUTRVariant) }
        if inThreePrimeUTR { terms.append(.threePrimeUTRVariant) }

        var caveats: [EffectCaveat] = []
        if (hitsStart && inFivePrimeUTR) || (hitsStop && inThreePrimeUTR) { caveats.append(.proteinDependsOnUntranslatedRegion) }
        let protein: ProteinVariant?
        if hitsStart {
            protein = .change(ProteinChange(start: residue(0), edit: .substitution(alternate: "?"), isPredicted: true))
        } else if touchesCoding || splice.donor || splice.acceptor {
            protein = .unknown
        } else {
            protein = nil
        }
        return (terms.sorted(), protein, caveats)
    }

    private static func isFivePrimeUTR(_ location: TranscriptLocation) -> Bool {
        if case .fivePrimeUTR = location { return true }
        return false
    }

    private static func isThreePrimeUTR(_ location: TranscriptLocation) -> Bool {
        if case .threePrimeUTR = location { return true }
        return false
    }
}
