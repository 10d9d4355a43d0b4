extension TranscriptModel {
    /// An edit of the CDS made minimal and written as HGVS requires: shared bases trimmed, an insertion
    /// or deletion shifted as far 3′ as the exon allows, and an insertion that repeats the bases before
    /// it marked as a duplication.
    ///
    /// `deleted` (or, for an insertion, both flanking bases) must lie in one coding exon.
    /// Returns nil when no change remains. `reachedExonEnd` is true when the shift or the duplication
    /// check would need sequence beyond the exon, which the model does not hold.
    func normalisedEdit(deleted: Range<Int>, inserted: [UInt8]) -> (edit: CodingSequenceEdit, reachedExonEnd: Bool)? {
        let cds = codingSequence
        let segment = layout.segments[layout.segmentIndex(ofCodingIndex: deleted.isEmpty ? deleted.lowerBound - 1 : deleted.lowerBound)]
        // Trimming must not turn the edit into an insertion at an exon edge, whose flank would be intronic.
        func mayTrim(toInsertionAt index: Int, emptyingRange: Bool, emptyingInsertion: Bool) -> Bool {
            !emptyingRange || emptyingInsertion || (index > segment.firstIndex && index <= segment.lastIndex)
        }
        var lower = deleted.lowerBound, upper = deleted.upperBound
        var insertedBases = inserted[...]
        while lower < upper, let base = insertedBases.first, cds[lower] == base,
              mayTrim(toInsertionAt: lower + 1, emptyingRange: lower + 1 == upper, emptyingInsertion: insertedBases.count == 1) {
            lower += 1
            insertedBases = insertedBases.dropFirst()
        }
        while lower < upper, let base = insertedBases.last, cds[upper - 1] == base,
              mayTrim(toInsertionAt: lower, emptyingRange: lower + 1 == upper, emptyingInsertion: insertedBases.count == 1) {
            upper -= 1
            insertedBases = insertedBases.dropLast()
        }
        if lower == upper && insertedBases.isEmpty { return nil }

        if insertedBases.isEmpty {
            while upper <= segment.lastIndex && cds[lower] == cds[upper] {
                lower += 1
                upper += 1
            }
            let edit = CodingSequenceEdit(deleted: lower..<upper, inserted: [], isDuplication: false)
            return (edit, upper - 1 == segment.lastIndex)
        }
        guard lower == upper else {
            return (CodingSequenceEdit(deleted: lower..<upper, inserted: Array(insertedBases), isDuplication: false), false)
        }
        return shiftedInsertion(Array(insertedBases), before: lower, in: segment)
    }

    /// Shifts an insertion 3′ within its exon, then checks whether it duplicates the bases before it.
    /// A duplication may end on the exon's last base; any other insertion keeps both flanks in the exon.
    private func shiftedInsertion(_ bases: [UInt8], before index: Int,
                                  in segment: ExonLayout.Segment) -> (edit: CodingSequenceEdit, reachedExonEnd: Bool) {
        let cds = codingSequence
        var inserted = bases
        var position = index
        while position <= segment.lastIndex && inserted[0] == cds[position] {
            inserted.append(inserted.removeFirst())
            position += 1
        }
        // Past the exon's last base the shift would need intron (or 3′ UTR) sequence.
        var reachedExonEnd = position == segment.lastIndex + 1
        let length = inserted.count
        let precedingStart = position - length
        if precedingStart >= segment.firstIndex, cds[precedingStart..<position].elementsEqual(inserted) {
            return (CodingSequenceEdit(deleted: position..<position, inserted: inserted, isDuplication: true), reachedExonEnd)
        }
        if precedingStart < segment.firstIndex {
            // The repeat could continue into the intron before the exon, which the model does not hold.
            let exonicPart = cds[segment.firstIndex..<position]
            reachedExonEnd = reachedExonEnd || exonicPart.elementsEqual(inserted.suffix(exonicPart.count))
        }
        if position == segment.lastIndex + 1 {
            // Step back inside the exon: an insertion after its last base would have an intronic flank.
            inserted.insert(inserted.removeLast(), at: 0)
            position -= 1
        }
        return (CodingSequenceEdit(deleted: position..<position, inserted: inserted, isDuplication: false), reachedExonEnd)
    }

    /// The CDS range covered by a change whose ends lie at `first` and `last`, when the change lies
    /// inside one coding exon (for an insertion: when both flanks are adjacent bases of one coding exon).
    func codingRange(first: TranscriptLocation, last: TranscriptLocation, isInsertion: Bool) -> Range<Int>? {
        guard let start = first.codingIndex, let end = last.codingIndex,
              layout.segmentIndex(ofCodingIndex: start) == layout.segmentIndex(ofCodingIndex: end) else { return nil }
        if isInsertion { return end == start + 1 ? end..<end : nil }
        return start <= end ? start..<(end + 1) : nil
    }
}
