import Testing
import VariantEffect

/// Validation of transcript models, on a tiny synthetic plus-strand gene:
/// exon 1 at 100–105 (c.1–6) and exon 2 at 201–203 (c.7–9), CDS ATG AAA TAG (Met Lys Ter).
@Suite("Transcript model validation")
struct TranscriptModelValidationTests {
    static let exons = [
        CodingExon(number: 1, codingStart: 100, codingEnd: 105, firstCodingBase: 1, lastCodingBase: 6),
        CodingExon(number: 2, codingStart: 201, codingEnd: 203, firstCodingBase: 7, lastCodingBase: 9),
    ]

    static func model(strand: Strand = .plus, exons: [CodingExon] = exons,
                      cds: String = "ATGAAATAG") throws(TranscriptModelError) -> TranscriptModel {
        try TranscriptModel(gene: "TOY", accession: "NM_000000.1", assembly: .grch38, chromosome: "chr1",
                            strand: strand, codingExons: exons, codingSequence: cds)
    }

    @Test("a consistent model is accepted and translated with the standard code")
    func valid() throws {
        let model = try Self.model(cds: "atgaaatag")
        #expect(model.proteinSequence == "MK*")
        #expect(model.isOnChromosome("1") && model.isOnChromosome("CHR1") && !model.isOnChromosome("11"))
    }

    @Test("CDS errors name what was found", arguments: [
        ("ATGAAATA", TranscriptModelError.lengthNotMultipleOfThree(length: 8)),
        ("CTGAAATAG", .missingStartCodon(found: "CTG")),
        ("ATGAAACAG", .missingStopCodon(found: "CAG")),
        ("ATGTAATAG", .internalStopCodon(codonNumber: 2, codon: "TAA")),
        ("ATGNAATAG", .invalidBase(cdsPosition: 4, character: "N")),
        ("", .emptyField(name: "coding sequence")),
    ])
    func sequenceErrors(cds: String, expected: TranscriptModelError) {
        #expect(throws: expected) { try Self.model(cds: cds) }
    }

    @Test("exon errors name the exon")
    func exonErrors() {
        var tooLong = Self.exons
        tooLong[1] = CodingExon(number: 2, codingStart: 201, codingEnd: 206, firstCodingBase: 7, lastCodingBase: 12)
        #expect(throws: TranscriptModelError.exonLengthsDoNotMatchCDS(exonTotal: 12, cdsLength: 9)) {
            try Self.model(exons: tooLong)
        }
        var numbersOff = Self.exons
        numbersOff[0].lastCodingBase = 5
        #expect(throws: TranscriptModelError.exonLengthMismatch(exon: 1, genomicLength: 6, codingNumbersLength: 5)) {
            try Self.model(exons: numbersOff)
        }
        var gap = Self.exons
        gap[1] = CodingExon(number: 2, codingStart: 201, codingEnd: 203, firstCodingBase: 8, lastCodingBase: 10)
        #expect(throws: TranscriptModelError.exonNotContiguousInCDS(exon: 2, expectedFirstCodingBase: 7, foundFirstCodingBase: 8)) {
            try Self.model(exons: gap)
        }
        var overlapping = Self.exons
        overlapping[1] = CodingExon(number: 2, codingStart: 105, codingEnd: 107, firstCodingBase: 7, lastCodingBase: 9)
        #expect(throws: TranscriptModelError.exonsOverlapOrOutOfOrder(exon: 2, previousExon: 1, strand: .plus)) {
            try Self.model(exons: overlapping)
        }
        // The same coordinates are out of order on the minus strand, where exons must descend.
        #expect(throws: TranscriptModelError.exonsOverlapOrOutOfOrder(exon: 2, previousExon: 1, strand: .minus)) {
            try Self.model(strand: .minus)
        }
        var renumbered = Self.exons
        renumbered[1].number = 1
        #expect(throws: TranscriptModelError.exonNumbersNotIncreasing(exon: 1, previousExon: 1)) {
            try Self.model(exons: renumbered)
        }
        var backwards = Self.exons
        backwards[0] = CodingExon(number: 1, codingStart: 105, codingEnd: 100, firstCodingBase: 1, lastCodingBase: 6)
        #expect(throws: TranscriptModelError.invalidExonCoordinates(exon: 1, start: 105, end: 100)) {
            try Self.model(exons: backwards)
        }
        #expect(throws: TranscriptModelError.noCodingExons) { try Self.model(exons: []) }
    }

    @Test("only the outer ends of the CDS may carry UTR")
    func exonSpans() throws {
        var withUTR = Self.exons
        withUTR[0].exonSpan = 90...105
        withUTR[1].exonSpan = 201...250
        #expect(throws: Never.self) { try Self.model(exons: withUTR) }
        var utrInside = Self.exons
        utrInside[1].exonSpan = 195...203   // exon 2 extends 5′ of c.7, where the CDS continues in exon 1
        #expect(throws: TranscriptModelError.untranslatedRegionInsideCDS(exon: 2)) { try Self.model(exons: utrInside) }
        var notContaining = Self.exons
        notContaining[0].exonSpan = 101...105
        #expect(throws: TranscriptModelError.exonSpanDoesNotContainCodingPart(exon: 1)) { try Self.model(exons: notContaining) }
    }

    @Test("empty names are rejected")
    func emptyFields() {
        #expect(throws: TranscriptModelError.emptyField(name: "gene")) {
            try TranscriptModel(gene: "", accession: "NM_1.1", assembly: .grch37, chromosome: "1", strand: .plus,
                                codingExons: Self.exons, codingSequence: "ATGAAATAG")
        }
    }
}
