/// The coding part of one exon of a transcript, in genomic and in `c.` coordinates.
///
/// Genomic coordinates are 1-based and inclusive on the forward strand, whatever the transcript's
/// strand: `codingStart` is always the lower coordinate. `firstCodingBase`/`lastCodingBase` are the
/// `c.` numbers of the exon's first and last coding bases in transcript order, so on the minus strand
/// `firstCodingBase` lies at `codingEnd`.
public struct CodingExon: Hashable, Sendable {
    /// The exon number in the transcript (exon 1 is the 5′-most exon, coding or not).
    public var number: Int
    /// The lower genomic coordinate of the exon's coding part.
    public var codingStart: Int
    /// The higher genomic coordinate of the exon's coding part.
    public var codingEnd: Int
    /// The `c.` number of the exon's first coding base in transcript order.
    public var firstCodingBase: Int
    /// The `c.` number of the exon's last coding base in transcript order.
    public var lastCodingBase: Int
    /// The whole exon, untranslated parts included, when known (lower…higher genomic coordinate).
    /// Only the first and last coding exons can extend beyond their coding part; knowing their extent
    /// lets positions in the 5′ and 3′ UTR of these exons be named (`c.-5`, `c.*10`).
    public var exonSpan: ClosedRange<Int>?

    /// Creates an exon record; ``TranscriptModel`` validates it against the others and the CDS.
    public init(number: Int, codingStart: Int, codingEnd: Int, firstCodingBase: Int, lastCodingBase: Int,
                exonSpan: ClosedRange<Int>? = nil) {
        self.number = number
        self.codingStart = codingStart
        self.codingEnd = codingEnd
        self.firstCodingBase = firstCodingBase
        self.lastCodingBase = lastCodingBase
        self.exonSpan = exonSpan
    }

    /// The number of coding bases in the exon according to its genomic coordinates.
    public var genomicCodingLength: Int { codingEnd - codingStart + 1 }
}
