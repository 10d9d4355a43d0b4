/// The coding exons laid out in *oriented* coordinates, precomputed once per model.
///
/// An oriented coordinate is the genomic coordinate on the plus strand and its negation on the minus
/// strand, so that it always increases from 5′ to 3′ along the transcript. All positional logic
/// (locating a base, intron boundaries, splice regions) works on oriented coordinates and is
/// therefore written once for both strands.
struct ExonLayout: Hashable, Sendable {
    /// One coding exon.
    struct Segment: Hashable, Sendable {
        /// Oriented coordinate of the exon's first coding base (transcript order).
        let orientedStart: Int
        /// Oriented coordinate of the exon's last coding base.
        let orientedEnd: Int
        /// 0-based CDS index of the exon's first coding base.
        let firstIndex: Int
        /// 0-based CDS index of the exon's last coding base.
        let lastIndex: Int
    }

    let strand: Strand
    let segments: [Segment]
    /// Oriented coordinate of the 5′ end of the first coding exon (UTR included when its span is known).
    let orientedExonStart: Int
    /// Oriented coordinate of the 3′ end of the last coding exon (UTR included when its span is known).
    let orientedExonEnd: Int

    init(codingExons: [CodingExon], strand: Strand) {
        self.strand = strand
        segments = codingExons.map { exon in
            Segment(orientedStart: strand == .plus ? exon.codingStart : -exon.codingEnd,
                    orientedEnd: strand == .plus ? exon.codingEnd : -exon.codingStart,
                    firstIndex: exon.firstCodingBase - 1,
                    lastIndex: exon.lastCodingBase - 1)
        }
        let first = codingExons[0], last = codingExons[codingExons.count - 1]
        switch strand {
        case .plus:
            orientedExonStart = first.exonSpan?.lowerBound ?? first.codingStart
            orientedExonEnd = last.exonSpan?.upperBound ?? last.codingEnd
        case .minus:
            orientedExonStart = -(first.exonSpan?.upperBound ?? first.codingEnd)
            orientedExonEnd = -(last.exonSpan?.lowerBound ?? last.codingStart)
        }
    }

    // MARK: Genomic ↔ oriented

    /// The oriented coordinate of a forward-strand genomic coordinate.
    func oriented(genomic: Int) -> Int { strand == .plus ? genomic : -genomic }

    /// The forward-strand genomic coordinate of an oriented coordinate.
    func genomic(oriented: Int) -> Int { strand == .plus ? oriented : -oriented }

    // MARK: Introns

    /// The number of introns between coding exons.
    var intronCount: Int { segments.count - 1 }

    /// Oriented coordinate of the first base of intron `intron` (its donor end).
    func intronStart(_ intron: Int) -> Int { segments[intron].orientedEnd + 1 }

    /// Oriented coordinate of the last base of intron `intron` (its acceptor end).
    func intronEnd(_ intron: Int) -> Int { segments[intron + 1].orientedStart - 1 }

    /// The length of intron `intron` in bases.
    func intronLength(_ intron: Int) -> Int { intronEnd(intron) - intronStart(intron) + 1 }

    // MARK: Locating

    /// The segment (coding exon, 0-based in transcript order) holding CDS index `index`.
    func segmentIndex(ofCodingIndex index: Int) -> Int {
        var low = 0, high = segments.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if segments[middle].firstIndex <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Where an oriented coordinate lies, or nil when it is outside what the model describes
    /// (5′ or 3′ of the known exon extent).
    func location(ofOriented coordinate: Int) -> TranscriptLocation? {
        let first = segments[0], last = segments[segments.count - 1]
        if coordinate < first.orientedStart {
            return coordinate >= orientedExonStart ? .fivePrimeUTR(distance: first.orientedStart - coordinate) : nil
        }
        if coordinate > last.orientedEnd {
            return coordinate <= orientedExonEnd ? .threePrimeUTR(distance: coordinate - last.orientedEnd) : nil
        }
        for (index, segment) in segments.enumerated() {
            if coordinate <= segment.orientedEnd {
                return .coding(index: segment.firstIndex + coordinate - segment.orientedStart)
            }
            if coordinate < segments[index + 1].orientedStart {
                return .intron(intron: index, position: coordinate - segment.orientedEnd)
            }
        }
        return nil
    }

    /// The oriented coordinate of a location. UTR locations are placed by distance from the CDS ends,
    /// which is exact within the first and last coding exons.
    func oriented(of location: TranscriptLocation) -> Int {
        switch location {
        case .fivePrimeUTR(let distance):
            return segments[0].orientedStart - distance
        case .coding(let index):
            let segment = segments[segmentIndex(ofCodingIndex: index)]
            return segment.orientedStart + index - segment.firstIndex
        case .threePrimeUTR(let distance):
            return segments[segments.count - 1].orientedEnd + distance
        case .intron(let intron, let position):
            return intronStart(intron) + position - 1
        }
    }
}
