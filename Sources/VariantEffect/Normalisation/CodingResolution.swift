import HGVS

extension TranscriptModel {
    /// Resolves a `c.` description against this transcript, checking any stated reference bases.
    func resolve(_ variant: NucleotideVariant) throws(VariantEffectError) -> Resolution {
        let (first, last) = try locations(of: variant)
        let positionText = variant.location.codingText
        let stated = try Self.statedReference(of: variant.edit)
        if let stated, case .mismatch(let mismatch) = referenceCheck(first: first, last: last, stated: stated,
                                                                     positionText: positionText) {
            throw .referenceMismatch(mismatch)
        }
        let codingBases = codingRange(first: first, last: last, isInsertion: false).map { codingSequence[$0] }

        switch variant.edit {
        case .substitution(_, let alternate), .deletionInsertion(_, let alternate):
            return try replacing(first: first, last: last, with: Self.bases(alternate, role: "inserted"), as: variant.edit)
        case .deletion(_, let length):
            if let length, length != layout.oriented(of: last) - layout.oriented(of: first) + 1 {
                throw .invalidEdit(reason: "del\(length) does not match the length of \(positionText)")
            }
            return try replacing(first: first, last: last, with: [], as: variant.edit)
        case .inversion:
            guard let bases = codingBases.map(Array.init) ?? stated else {
                throw .unsupportedDescription(reason: "the inversion \(positionText) lies outside the CDS and states no bases")
            }
            return try replacing(first: first, last: last, with: Nucleotides.reverseComplement(bases), as: variant.edit)
        case .duplication:
            return try duplicating(first: first, last: last, bases: codingBases.map(Array.init), as: variant.edit)
        case .insertion(let inserted):
            guard layout.oriented(of: last) == layout.oriented(of: first) + 1 else {
                throw .invalidEdit(reason: "the flanks of the insertion \(positionText) are not adjacent bases")
            }
            let bases = try Self.bases(inserted, role: "inserted")
            if let range = codingRange(first: first, last: last, isInsertion: true) {
                return try coding(deleted: range, inserted: bases)
            }
            return positioned(first: first, last: last, isInsertion: true, edit: variant.edit)
        case .identity:
            throw .unsupportedDescription(reason: "\(positionText)= describes no change")
        case .repeated:
            throw .unsupportedDescription(reason: "repeat notation at \(positionText) is not predicted; write the change as del, dup or delins")
        }
    }

    /// Replaces the bases from `first` to `last` with `inserted`.
    private func replacing(first: TranscriptLocation, last: TranscriptLocation, with inserted: [UInt8],
                           as edit: NucleotideEdit) throws(VariantEffectError) -> Resolution {
        if let range = codingRange(first: first, last: last, isInsertion: false) {
            return try coding(deleted: range, inserted: inserted)
        }
        return positioned(first: first, last: last, isInsertion: false, edit: edit)
    }

    /// Duplicates the bases from `first` to `last`: inside one coding exon, an insertion of them after
    /// `last` (then normalised); elsewhere the duplication is kept as written and its consequences are
    /// judged on the duplicated bases' positions.
    private func duplicating(first: TranscriptLocation, last: TranscriptLocation, bases: [UInt8]?,
                             as edit: NucleotideEdit) throws(VariantEffectError) -> Resolution {
        if let bases, let range = codingRange(first: first, last: last, isInsertion: false) {
            return try coding(deleted: range.upperBound..<range.upperBound, inserted: bases)
        }
        return positioned(first: first, last: last, isInsertion: false, edit: edit)
    }

    private func coding(deleted: Range<Int>, inserted: [UInt8]) throws(VariantEffectError) -> Resolution {
        guard let normalised = normalisedEdit(deleted: deleted, inserted: inserted) else {
            throw .invalidEdit(reason: "the edit leaves the sequence unchanged")
        }
        return Resolution(change: .coding(normalised.edit),
                          caveats: normalised.reachedExonEnd ? [.notShiftedBeyondCodingSequence] : [])
    }

    private func positioned(first: TranscriptLocation, last: TranscriptLocation, isInsertion: Bool,
                            edit: NucleotideEdit) -> Resolution {
        let isIndel: Bool
        switch edit {
        case .deletion, .insertion, .duplication: isIndel = true
        default: isIndel = false
        }
        return Resolution(change: .positioned(PositionedChange(first: first, last: last, isInsertion: isInsertion, edit: edit)),
                          caveats: isIndel ? [.notShiftedBeyondCodingSequence] : [])
    }
}
