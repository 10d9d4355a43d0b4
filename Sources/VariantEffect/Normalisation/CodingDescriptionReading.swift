import HGVS

/// Reading a `c.` description against the model: where its ends lie, and which bases it states.
extension TranscriptModel {
    /// The reference bases an edit states, validated, or nil when it states none.
    static func statedReference(of edit: NucleotideEdit) throws(VariantEffectError) -> [UInt8]? {
        let text: String?
        switch edit {
        case .substitution(let reference, _): text = reference
        case .deletion(let reference, _): text = reference
        case .duplication(let reference): text = reference
        case .deletionInsertion(let reference, _): text = reference
        case .inversion(let reference): text = reference
        case .identity(let reference): text = reference
        case .insertion, .repeated: text = nil
        }
        return try text.map { text throws(VariantEffectError) in try bases(text, role: "reference") }
    }

    /// Upper-case bytes of a sequence written in a description, which must hold only A, C, G, T.
    static func bases(_ text: String, role: String) throws(VariantEffectError) -> [UInt8] {
        let bases = text.utf8.map(Nucleotides.uppercased)
        guard !bases.isEmpty, bases.allSatisfy(Nucleotides.isUnambiguousBase) else {
            throw .invalidEdit(reason: "the \(role) sequence '\(text)' must consist of A, C, G and T")
        }
        return bases
    }

    /// The locations of the ends of a `c.` interval, checked to run 5′ to 3′. An interval whose ends are
    /// uncertain (`c.(1_10)A>C`, `c.(639+1_640-1)_(1325+1_1326-1)del`) is refused: its outer bounds are
    /// not where the change lies.
    func locations(of variant: NucleotideVariant) throws(VariantEffectError) -> (TranscriptLocation, TranscriptLocation) {
        guard variant.coordinateSystem == .coding else {
            throw .unsupportedDescription(reason: "\(variant.coordinateSystem.rawValue). descriptions are not predicted; give a c. description")
        }
        let first = try layout.location(of: variant.location.start, cdsLength: codingSequence.count)
        let last = try layout.location(of: variant.location.end, cdsLength: codingSequence.count)
        let interval = variant.location
        if interval.isUncertain || interval.startRangeEnd != nil || interval.endRangeStart != nil {
            throw .unsupportedDescription(reason: "the uncertain location \(interval.codingText) cannot be located exactly")
        }
        guard layout.oriented(of: first) <= layout.oriented(of: last) else {
            throw .invalidEdit(reason: "the range \(variant.location.codingText) runs from 3′ to 5′")
        }
        return (first, last)
    }
}
