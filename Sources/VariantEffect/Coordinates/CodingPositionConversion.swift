import HGVS

extension ExonLayout {
    /// The `c.` position of a location. Intronic bases are numbered from the nearer exon boundary;
    /// the middle base of an odd-length intron takes the `+` form, as HGVS prescribes.
    func codingPosition(of location: TranscriptLocation) -> NucleotidePosition {
        switch location {
        case .fivePrimeUTR(let distance):
            return NucleotidePosition(base: -distance, offset: 0, datum: .cdsStart)
        case .coding(let index):
            return NucleotidePosition(base: index + 1, offset: 0, datum: .cdsStart)
        case .threePrimeUTR(let distance):
            return NucleotidePosition(base: distance, offset: 0, datum: .cdsEnd)
        case .intron(let intron, let position):
            let fromAcceptor = intronLength(intron) - position + 1
            if position <= fromAcceptor {
                return NucleotidePosition(base: segments[intron].lastIndex + 1, offset: position, datum: .cdsStart)
            }
            return NucleotidePosition(base: segments[intron + 1].firstIndex + 1, offset: -fromAcceptor, datum: .cdsStart)
        }
    }

    /// The location a `c.` position designates, validated against the exon structure.
    func location(of position: NucleotidePosition, cdsLength: Int) throws(VariantEffectError) -> TranscriptLocation {
        let text = NucleotideInterval(start: position).codingText
        guard let base = position.base, let offset = position.offset else {
            throw .unsupportedDescription(reason: "the uncertain position \(text) cannot be located")
        }
        switch position.datum {
        case .sequenceStart:
            throw .unsupportedDescription(reason: "\(text) is not a c. position")
        case .cdsEnd:
            guard base >= 1 else { throw .invalidPosition(position: text, reason: "3′ UTR positions start at c.*1") }
            guard offset == 0 else {
                throw .unsupportedDescription(reason: "\(text) is intronic in the 3′ UTR; the model holds only the coding exons")
            }
            return .threePrimeUTR(distance: base)
        case .cdsStart:
            guard base != 0 else { throw .invalidPosition(position: text, reason: "there is no c.0") }
            if base < 0 {
                guard offset == 0 else {
                    throw .unsupportedDescription(reason: "\(text) is intronic in the 5′ UTR; the model holds only the coding exons")
                }
                return .fivePrimeUTR(distance: -base)
            }
            guard base <= cdsLength else {
                throw .invalidPosition(position: text,
                                       reason: "the CDS ends at c.\(cdsLength); bases after the stop codon are written c.*N")
            }
            if offset == 0 { return .coding(index: base - 1) }
            return try intronLocation(base: base, offset: offset, text: text)
        }
    }

    private func intronLocation(base: Int, offset: Int, text: String) throws(VariantEffectError) -> TranscriptLocation {
        let segment = segmentIndex(ofCodingIndex: base - 1)
        let intron: Int
        let position: Int
        if offset > 0 {
            guard base - 1 == segments[segment].lastIndex, segment < intronCount else {
                throw .invalidPosition(position: text, reason: "c.\(base) is not the last base of a coding exon followed by an intron")
            }
            intron = segment
            position = offset
        } else {
            guard base - 1 == segments[segment].firstIndex, segment > 0 else {
                throw .invalidPosition(position: text, reason: "c.\(base) is not the first base of a coding exon preceded by an intron")
            }
            intron = segment - 1
            position = intronLength(intron) + offset + 1
        }
        guard position >= 1, position <= intronLength(intron) else {
            throw .invalidPosition(position: text, reason: "the intron holds only \(intronLength(intron)) bases")
        }
        return .intron(intron: intron, position: position)
    }
}

extension NucleotideInterval {
    /// The interval as a `c.` location for messages (`c.235_237`, `c.1000+1`, `c.88-?`).
    var codingText: String { HGVSFormatter.canonical.string(for: self, in: .coding) }
}
