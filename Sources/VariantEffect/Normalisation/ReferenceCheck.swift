import HGVS

/// The outcome of comparing the reference bases stated in a `c.` description with the model.
public enum ReferenceCheck: Hashable, Sendable {
    /// The stated bases equal the model's CDS.
    case matches
    /// The stated bases differ from the model.
    case mismatch(ReferenceMismatch)
    /// The description states no reference bases (`c.145del`, `c.100_101insT`).
    case notStated
    /// The stated bases lie wholly or partly outside the CDS, where the model holds no sequence;
    /// any coding bases among them agree with the model.
    case notCheckable(reason: String)
}

extension TranscriptModel {
    /// Compares the reference bases that a `c.` description states with the CDS.
    /// - Throws: ``VariantEffectError`` when the description cannot be located on this model.
    public func checkReference(of variant: NucleotideVariant) throws(VariantEffectError) -> ReferenceCheck {
        let (first, last) = try locations(of: variant)
        guard let stated = try Self.statedReference(of: variant.edit) else { return .notStated }
        return referenceCheck(first: first, last: last, stated: stated,
                              positionText: variant.location.codingText)
    }

    /// Compares `stated` (coding strand) with the bases from `first` to `last`.
    func referenceCheck(first: TranscriptLocation, last: TranscriptLocation, stated: [UInt8],
                        positionText: String) -> ReferenceCheck {
        if let range = codingRange(first: first, last: last, isInsertion: false) {
            let expected = codingSequence[range]
            if expected.elementsEqual(stated) { return .matches }
            return .mismatch(ReferenceMismatch(position: positionText, expected: Nucleotides.string(expected),
                                               given: Nucleotides.string(stated), orientation: .codingStrand))
        }
        let start = layout.oriented(of: first)
        let spanLength = layout.oriented(of: last) - start + 1
        guard stated.count == spanLength else {
            return .mismatch(ReferenceMismatch(position: positionText, expected: "\(spanLength) bases",
                                               given: Nucleotides.string(stated), orientation: .codingStrand))
        }
        for (offset, base) in stated.enumerated() {
            if case .coding(let index)? = layout.location(ofOriented: start + offset), codingSequence[index] != base {
                return .mismatch(ReferenceMismatch(position: "c.\(index + 1)",
                                                   expected: Nucleotides.string([codingSequence[index]]),
                                                   given: Nucleotides.string([base]), orientation: .codingStrand))
            }
        }
        return .notCheckable(reason: "\(positionText) lies wholly or partly outside the CDS, where the model holds no sequence")
    }
}
