/// A change on the forward genomic strand, as written in VCF or MAF.
///
/// - VCF style: `position` is the first base of `reference`; indels carry a shared padding base
///   (`ref=CA alt=C`).
/// - MAF style: a missing allele is written `-` or left empty. For an insertion (empty reference)
///   `position` is the base *before* the insertion (MAF `Start_Position`); for a deletion it is the
///   first deleted base.
///
/// Alleles are upper-cased; shared leading and trailing bases are trimmed when the variant is mapped.
public struct GenomicVariant: Hashable, Sendable {
    /// The chromosome as given (`19`, `chr19`).
    public let chromosome: String
    /// The 1-based position as given.
    public let position: Int
    /// The reference allele, upper-case ASCII; empty for a MAF-style insertion.
    public let reference: [UInt8]
    /// The alternate allele, upper-case ASCII; empty for a MAF-style deletion.
    public let alternate: [UInt8]

    /// The largest position accepted: 2^32, beyond the end of every human chromosome, so that coordinate
    /// arithmetic on a position and an allele length cannot overflow.
    public static let maximumPosition = 1 << 32

    /// Creates a variant from VCF- or MAF-style fields.
    /// - Throws: ``GenomicVariantError`` when a field is malformed.
    public init(chromosome: String, position: Int, reference: String, alternate: String) throws(GenomicVariantError) {
        guard !chromosome.isEmpty else { throw .emptyChromosome }
        guard (1...Self.maximumPosition).contains(position) else { throw .invalidPosition(position) }
        let ref = try Self.allele(reference, role: "reference")
        let alt = try Self.allele(alternate, role: "alternate")
        guard !(ref.isEmpty && alt.isEmpty) else { throw .bothAllelesEmpty }
        guard ref != alt else { throw .noChange(allele: reference) }
        self.chromosome = chromosome
        self.position = position
        self.reference = ref
        self.alternate = alt
    }

    private static func allele(_ text: String, role: String) throws(GenomicVariantError) -> [UInt8] {
        if text == "-" { return [] }
        let bases = text.utf8.map(Nucleotides.uppercased)
        if let bad = bases.first(where: { !Nucleotides.isUnambiguousBase($0) }) {
            throw .invalidAllele(role: role, allele: text, character: String(decoding: [bad], as: UTF8.self))
        }
        return bases
    }
}

/// Why genomic variant fields were rejected.
public enum GenomicVariantError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The chromosome field is empty.
    case emptyChromosome
    /// The position is below 1 or above ``GenomicVariant/maximumPosition``.
    case invalidPosition(Int)
    /// An allele holds a character other than A, C, G, T (or is not `-`/empty).
    case invalidAllele(role: String, allele: String, character: String)
    /// Both alleles are empty or `-`.
    case bothAllelesEmpty
    /// Reference and alternate alleles are the same.
    case noChange(allele: String)

    /// A sentence for the user naming the problem.
    public var description: String {
        switch self {
        case .emptyChromosome:
            return "genomic variant: the chromosome is empty"
        case .invalidPosition(let position):
            return "genomic variant: position \(position) is not a 1-based coordinate from 1 to \(GenomicVariant.maximumPosition)"
        case .invalidAllele(let role, let allele, let character):
            return "genomic variant: the \(role) allele '\(allele)' holds '\(character)', expected A, C, G, T, or '-'/empty for none"
        case .bothAllelesEmpty:
            return "genomic variant: both alleles are empty"
        case .noChange(let allele):
            return "genomic variant: reference and alternate are both '\(allele)', which describes no change"
        }
    }
}
