/// Why a transcript model was rejected by ``TranscriptModel/init(gene:accession:assembly:chromosome:strand:codingExons:codingSequence:)``.
public enum TranscriptModelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A required text field (gene, accession, chromosome) is empty.
    case emptyField(name: String)
    /// No coding exon was given.
    case noCodingExons
    /// The CDS holds a character other than A, C, G or T.
    case invalidBase(cdsPosition: Int, character: String)
    /// The CDS length is not a multiple of 3.
    case lengthNotMultipleOfThree(length: Int)
    /// The CDS does not begin with ATG.
    case missingStartCodon(found: String)
    /// The last codon of the CDS is not a stop codon.
    case missingStopCodon(found: String)
    /// A stop codon occurs before the last codon.
    case internalStopCodon(codonNumber: Int, codon: String)
    /// An exon's genomic coordinates are not positive or start after they end.
    case invalidExonCoordinates(exon: Int, start: Int, end: Int)
    /// An exon's genomic length differs from the length implied by its `c.` numbers.
    case exonLengthMismatch(exon: Int, genomicLength: Int, codingNumbersLength: Int)
    /// An exon's first `c.` number does not continue the previous exon (or, for the first exon, is not 1).
    case exonNotContiguousInCDS(exon: Int, expectedFirstCodingBase: Int, foundFirstCodingBase: Int)
    /// The coding lengths of the exons do not add up to the CDS length.
    case exonLengthsDoNotMatchCDS(exonTotal: Int, cdsLength: Int)
    /// Exon numbers do not increase in transcript order.
    case exonNumbersNotIncreasing(exon: Int, previousExon: Int)
    /// An exon does not lie strictly downstream (in transcript order, with an intron between) of the previous one.
    case exonsOverlapOrOutOfOrder(exon: Int, previousExon: Int, strand: Strand)
    /// An exon's full span does not contain its coding part.
    case exonSpanDoesNotContainCodingPart(exon: Int)
    /// An exon's span extends beyond its coding part on a side where the CDS continues in another exon.
    case untranslatedRegionInsideCDS(exon: Int)

    /// A sentence for the user naming the problem.
    public var description: String {
        switch self {
        case .emptyField(let name):
            return "transcript model: the \(name) is empty"
        case .noCodingExons:
            return "transcript model: no coding exon was given"
        case .invalidBase(let position, let character):
            return "transcript model: CDS position \(position) holds '\(character)', expected one of A, C, G, T"
        case .lengthNotMultipleOfThree(let length):
            return "transcript model: CDS length \(length) is not a multiple of 3"
        case .missingStartCodon(let found):
            return "transcript model: the CDS begins with \(found), expected the start codon ATG"
        case .missingStopCodon(let found):
            return "transcript model: the last codon of the CDS is \(found), expected a stop codon (TAA, TAG, TGA)"
        case .internalStopCodon(let number, let codon):
            return "transcript model: codon \(number) (\(codon)) is a stop codon, expected a single stop at the end of the CDS"
        case .invalidExonCoordinates(let exon, let start, let end):
            return "transcript model: exon \(exon) has coding coordinates \(start)-\(end), expected 1 ≤ start ≤ end"
        case .exonLengthMismatch(let exon, let genomic, let coding):
            return "transcript model: exon \(exon) spans \(genomic) genomic bases but its c. numbers span \(coding)"
        case .exonNotContiguousInCDS(let exon, let expected, let found):
            return "transcript model: exon \(exon) begins at c.\(found), expected c.\(expected)"
        case .exonLengthsDoNotMatchCDS(let total, let cds):
            return "transcript model: coding exons hold \(total) bases but the CDS has \(cds)"
        case .exonNumbersNotIncreasing(let exon, let previous):
            return "transcript model: exon \(exon) follows exon \(previous) in transcript order, expected increasing exon numbers"
        case .exonsOverlapOrOutOfOrder(let exon, let previous, let strand):
            let direction = strand == .plus ? "above" : "below"
            return "transcript model: exon \(exon) must lie \(direction) exon \(previous) with an intron between them (strand \(strand.rawValue))"
        case .exonSpanDoesNotContainCodingPart(let exon):
            return "transcript model: the span of exon \(exon) does not contain its coding part"
        case .untranslatedRegionInsideCDS(let exon):
            return "transcript model: exon \(exon) extends beyond its coding part on a side where the CDS continues in another exon"
        }
    }
}
