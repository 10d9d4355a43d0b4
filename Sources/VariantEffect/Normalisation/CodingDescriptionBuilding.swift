import HGVS

extension TranscriptModel {
    /// The `c.` description of a resolved change.
    func codingVariant(of change: ResolvedChange) -> NucleotideVariant {
        switch change {
        case .coding(let edit):
            return codingVariant(of: edit)
        case .positioned(let change):
            let start = layout.codingPosition(of: change.first)
            let end = layout.codingPosition(of: change.last)
            return NucleotideVariant(coordinateSystem: .coding,
                                     location: NucleotideInterval(start: start, end: end),
                                     edit: change.edit)
        }
    }

    private func codingVariant(of edit: CodingSequenceEdit) -> NucleotideVariant {
        let inserted = Nucleotides.string(edit.inserted)
        let deleted = edit.deleted
        let location: NucleotideInterval
        let nucleotideEdit: NucleotideEdit
        if edit.isDuplication {
            location = Self.interval(deleted.lowerBound - edit.inserted.count..<deleted.lowerBound)
            nucleotideEdit = .duplication(reference: inserted)
        } else if deleted.isEmpty {
            location = NucleotideInterval(start: Self.position(deleted.lowerBound - 1), end: Self.position(deleted.lowerBound))
            nucleotideEdit = .insertion(inserted: inserted)
        } else {
            location = Self.interval(deleted)
            let reference = Nucleotides.string(codingSequence[deleted])
            if edit.inserted.isEmpty {
                nucleotideEdit = .deletion(reference: reference, length: nil)
            } else if deleted.count == 1 && edit.inserted.count == 1 {
                nucleotideEdit = .substitution(reference: reference, alternate: inserted)
            } else {
                nucleotideEdit = .deletionInsertion(reference: reference, inserted: inserted)
            }
        }
        return NucleotideVariant(coordinateSystem: .coding, location: location, edit: nucleotideEdit)
    }

    /// `c.` position of 0-based CDS index `index`.
    private static func position(_ index: Int) -> NucleotidePosition {
        NucleotidePosition(base: index + 1, offset: 0, datum: .cdsStart)
    }

    /// `c.` interval of a non-empty range of CDS indices (a single position when it holds one base).
    private static func interval(_ range: Range<Int>) -> NucleotideInterval {
        NucleotideInterval(start: position(range.lowerBound),
                           end: range.count > 1 ? position(range.upperBound - 1) : nil)
    }
}
