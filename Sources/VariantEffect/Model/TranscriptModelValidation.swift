extension TranscriptModel {
    /// The CDS as upper-case bytes, checked for alphabet, length, start codon and a single terminal stop.
    static func validatedCodingSequence(_ text: String) throws(TranscriptModelError) -> [UInt8] {
        let cds = text.utf8.map(Nucleotides.uppercased)
        for (offset, base) in cds.enumerated() where !Nucleotides.isUnambiguousBase(base) {
            throw .invalidBase(cdsPosition: offset + 1, character: String(decoding: [base], as: UTF8.self))
        }
        guard !cds.isEmpty else { throw .emptyField(name: "coding sequence") }
        guard cds.count % 3 == 0 else { throw .lengthNotMultipleOfThree(length: cds.count) }
        guard cds[0] == Nucleotides.adenine, cds[1] == Nucleotides.thymine, cds[2] == Nucleotides.guanine else {
            throw .missingStartCodon(found: Nucleotides.string(cds[0..<3]))
        }
        let codonCount = cds.count / 3
        for codon in 0..<codonCount {
            let start = codon * 3
            let isStop = GeneticCode.aminoAcid(cds[start], cds[start + 1], cds[start + 2]) == GeneticCode.stop
            if codon == codonCount - 1 {
                if !isStop { throw .missingStopCodon(found: Nucleotides.string(cds[start..<start + 3])) }
            } else if isStop {
                throw .internalStopCodon(codonNumber: codon + 1, codon: Nucleotides.string(cds[start..<start + 3]))
            }
        }
        return cds
    }

    /// Checks the exons against each other and against the CDS length.
    static func validate(codingExons exons: [CodingExon], strand: Strand, cdsLength: Int) throws(TranscriptModelError) {
        guard !exons.isEmpty else { throw .noCodingExons }
        var expectedFirstBase = 1
        for (index, exon) in exons.enumerated() {
            guard exon.codingStart >= 1, exon.codingStart <= exon.codingEnd else {
                throw .invalidExonCoordinates(exon: exon.number, start: exon.codingStart, end: exon.codingEnd)
            }
            guard exon.firstCodingBase == expectedFirstBase else {
                throw .exonNotContiguousInCDS(exon: exon.number, expectedFirstCodingBase: expectedFirstBase,
                                              foundFirstCodingBase: exon.firstCodingBase)
            }
            let numbersLength = exon.lastCodingBase - exon.firstCodingBase + 1
            guard numbersLength == exon.genomicCodingLength else {
                throw .exonLengthMismatch(exon: exon.number, genomicLength: exon.genomicCodingLength,
                                          codingNumbersLength: numbersLength)
            }
            if index > 0 {
                let previous = exons[index - 1]
                guard exon.number > previous.number else {
                    throw .exonNumbersNotIncreasing(exon: exon.number, previousExon: previous.number)
                }
                let separated = strand == .plus
                    ? exon.codingStart > previous.codingEnd + 1
                    : exon.codingEnd < previous.codingStart - 1
                guard separated else {
                    throw .exonsOverlapOrOutOfOrder(exon: exon.number, previousExon: previous.number, strand: strand)
                }
            }
            try validateSpan(of: exon, isFirst: index == 0, isLast: index == exons.count - 1, strand: strand)
            expectedFirstBase = exon.lastCodingBase + 1
        }
        let total = expectedFirstBase - 1
        guard total == cdsLength else { throw .exonLengthsDoNotMatchCDS(exonTotal: total, cdsLength: cdsLength) }
    }

    /// An exon may extend beyond its coding part only at the 5′ end of the first coding exon and the
    /// 3′ end of the last one.
    private static func validateSpan(of exon: CodingExon, isFirst: Bool, isLast: Bool,
                                     strand: Strand) throws(TranscriptModelError) {
        guard let span = exon.exonSpan else { return }
        guard span.lowerBound <= exon.codingStart, span.upperBound >= exon.codingEnd, span.lowerBound >= 1 else {
            throw .exonSpanDoesNotContainCodingPart(exon: exon.number)
        }
        let extendsBelow = span.lowerBound < exon.codingStart
        let extendsAbove = span.upperBound > exon.codingEnd
        let (extendsFivePrime, extendsThreePrime) = strand == .plus
            ? (extendsBelow, extendsAbove)
            : (extendsAbove, extendsBelow)
        if (extendsFivePrime && !isFirst) || (extendsThreePrime && !isLast) {
            throw .untranslatedRegionInsideCDS(exon: exon.number)
        }
    }
}
