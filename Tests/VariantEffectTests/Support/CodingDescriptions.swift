import HGVS

/// Builds `c.` descriptions from numbers, as the sweeps and hand-checked cases need them.
enum CDot {
    /// `c.base` or `c.base+offset` / `c.base-offset`.
    static func position(_ base: Int, offset: Int = 0) -> NucleotidePosition {
        NucleotidePosition(base: base, offset: offset, datum: .cdsStart)
    }

    /// `c.*base`.
    static func afterStop(_ base: Int) -> NucleotidePosition {
        NucleotidePosition(base: base, offset: 0, datum: .cdsEnd)
    }

    static func variant(_ start: NucleotidePosition, _ end: NucleotidePosition? = nil, _ edit: NucleotideEdit) -> NucleotideVariant {
        NucleotideVariant(coordinateSystem: .coding, location: NucleotideInterval(start: start, end: end), edit: edit)
    }

    static func substitution(_ base: Int, offset: Int = 0, _ reference: String, _ alternate: String) -> NucleotideVariant {
        variant(position(base, offset: offset), nil, .substitution(reference: reference, alternate: alternate))
    }

    static func deletion(_ start: Int, _ end: Int? = nil, reference: String? = nil) -> NucleotideVariant {
        variant(position(start), end.map { position($0) }, .deletion(reference: reference, length: nil))
    }

    static func insertion(after base: Int, _ inserted: String) -> NucleotideVariant {
        variant(position(base), position(base + 1), .insertion(inserted: inserted))
    }

    static func duplication(_ start: Int, _ end: Int? = nil) -> NucleotideVariant {
        variant(position(start), end.map { position($0) }, .duplication(reference: nil))
    }

    static func deletionInsertion(_ start: Int, _ end: Int, _ inserted: String) -> NucleotideVariant {
        variant(position(start), position(end), .deletionInsertion(reference: nil, inserted: inserted))
    }
}
