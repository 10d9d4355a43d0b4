import HGVS

/// A change resolved against a transcript model, in transcript orientation.
enum ResolvedChange: Hashable, Sendable {
    /// Entirely inside one coding exon: an edit of the CDS, already normalised.
    case coding(CodingSequenceEdit)
    /// Touching an intron or a UTR, or spanning an exon boundary: described by position only,
    /// since the model holds no sequence there.
    case positioned(PositionedChange)
}

/// A normalised edit of the CDS: `deleted` (0-based indices) is replaced by `inserted`.
/// An insertion has an empty `deleted` range at the index it is inserted before.
struct CodingSequenceEdit: Hashable, Sendable {
    var deleted: Range<Int>
    var inserted: [UInt8]
    /// True when the insertion repeats the bases just before it and is written `dup`.
    var isDuplication: Bool

    /// Inserted minus deleted bases.
    var lengthChange: Int { inserted.count - deleted.count }
}

/// A change outside the CDS or across an exon boundary, described by its end positions.
struct PositionedChange: Hashable, Sendable {
    /// The first changed base; for an insertion, the base 5′ of it.
    var first: TranscriptLocation
    /// The last changed base; for an insertion, the base 3′ of it.
    var last: TranscriptLocation
    /// True for an insertion between `first` and `last`.
    var isInsertion: Bool
    /// The edit as it is described.
    var edit: NucleotideEdit
}

/// A resolved change with the limits of its normalisation.
struct Resolution: Hashable, Sendable {
    var change: ResolvedChange
    var caveats: [EffectCaveat]
}
