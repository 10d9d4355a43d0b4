import SnapshotCoding
import Testing
import VariantEffect

/// Transcript models as the knowledgebase snapshot stores them: read back equal to the validated model, exon
/// spans and the translation included, and damaged bytes refused.
@Suite("Transcript model snapshot")
struct TranscriptModelSnapshotTests {
    /// The synthetic plus-strand gene of the validation tests, its first exon with a 5′ UTR (95–105) and the
    /// second with a 3′ UTR (201–210).
    static func model() throws -> TranscriptModel {
        try TranscriptModel(
            gene: "TOY", accession: "NM_000000.1", assembly: .grch37, chromosome: "chr1", strand: .plus,
            codingExons: [
                CodingExon(number: 1, codingStart: 100, codingEnd: 105, firstCodingBase: 1, lastCodingBase: 6, exonSpan: 95...105),
                CodingExon(number: 2, codingStart: 201, codingEnd: 203, firstCodingBase: 7, lastCodingBase: 9, exonSpan: 201...210),
            ],
            codingSequence: "atgaaatag")
    }

    @Test("a model reads back equal, and maps and translates as the validated one")
    func roundTrip() throws {
        let model = try Self.model()
        let read = try TranscriptModel.decode(model.snapshotBytes())
        #expect(read == model)
        #expect(read.proteinSequence == "MK*")
        #expect(read.codingExons.map(\.exonSpan) == [95...105, 201...210])
        #expect(read.isOnChromosome("1"))
    }

    @Test("a CDS and protein out of step, or a cut, are errors, never a crash")
    func damaged() throws {
        let bytes = try Self.model().snapshotBytes()
        for length in 0..<bytes.count {
            #expect(throws: SnapshotDecodingError.self) { try TranscriptModel.decode(Array(bytes.prefix(length))) }
        }
        // The protein "MK*" (last 4 bytes: length 3, then M K *) shortened to "MK": 9 bases for 2 residues.
        var shortened = Array(bytes.dropLast(4))
        shortened += [2, UInt8(ascii: "M"), UInt8(ascii: "K")]
        #expect(throws: SnapshotDecodingError.self) { try TranscriptModel.decode(shortened) }
    }
}
