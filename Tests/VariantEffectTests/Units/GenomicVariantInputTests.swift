import Testing
import VariantEffect

/// The genomic-variant input refuses positions that coordinate arithmetic could overflow.
@Suite("Genomic variant input")
struct GenomicVariantInputTests {
    @Test("a position of 2^63−1 (or 2^32 + 1) is refused; 2^32 is the largest accepted")
    func positionBound() throws {
        for position in [Int.max, (1 << 32) + 1, 0] {
            #expect(throws: GenomicVariantError.invalidPosition(position)) {
                try GenomicVariant(chromosome: "19", position: position, reference: "C", alternate: "A")
            }
        }
        #expect(try GenomicVariant(chromosome: "19", position: 1 << 32, reference: "CAT", alternate: "A").position == 4_294_967_296)
    }
}
