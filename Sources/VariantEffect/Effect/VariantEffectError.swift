import HGVS

/// Why a variant could not be mapped onto, or predicted against, a transcript model.
public enum VariantEffectError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The variant lies on another chromosome than the model.
    case chromosomeMismatch(variant: String, model: String, accession: String)
    /// A position lies outside the region the model describes.
    case outsideModelledRegion(position: String, reason: String)
    /// The reference base(s) given with the variant disagree with the model.
    case referenceMismatch(ReferenceMismatch)
    /// A position is not valid for this model (beyond the CDS, an intronic offset not anchored at an
    /// exon boundary, an offset longer than the intron…).
    case invalidPosition(position: String, reason: String)
    /// The edit is malformed (a range that runs backwards, insertion flanks that are not adjacent,
    /// an allele that describes no change…).
    case invalidEdit(reason: String)
    /// The description is valid HGVS but outside what this module predicts.
    case unsupportedDescription(reason: String)

    /// A sentence for the user naming the problem.
    public var description: String {
        switch self {
        case .chromosomeMismatch(let variant, let model, let accession):
            return "the variant is on chromosome \(variant) but \(accession) lies on chromosome \(model)"
        case .outsideModelledRegion(let position, let reason):
            return "\(position) lies outside the transcript model: \(reason)"
        case .referenceMismatch(let mismatch):
            return mismatch.description
        case .invalidPosition(let position, let reason):
            return "invalid position \(position): \(reason)"
        case .invalidEdit(let reason):
            return "invalid edit: \(reason)"
        case .unsupportedDescription(let reason):
            return "unsupported description: \(reason)"
        }
    }
}

/// Reference base(s) stated by a variant that disagree with the transcript model.
public struct ReferenceMismatch: Hashable, Sendable, CustomStringConvertible {
    /// Which strand the bases in ``expected`` and ``given`` are written on.
    public enum BaseOrientation: String, Hashable, Sendable {
        /// Forward genomic strand, as in VCF and MAF.
        case genomicForwardStrand = "forward genomic strand"
        /// The transcript's coding strand, as in `c.` descriptions.
        case codingStrand = "coding strand"
    }

    /// The position of the disagreeing base(s): `chr19:10602353 (c.1225)` or `c.235`.
    public let position: String
    /// The base(s) the model holds there.
    public let expected: String
    /// The base(s) the variant states.
    public let given: String
    /// The strand both ``expected`` and ``given`` are written on.
    public let orientation: BaseOrientation

    /// Creates a mismatch record.
    public init(position: String, expected: String, given: String, orientation: BaseOrientation) {
        self.position = position
        self.expected = expected
        self.given = given
        self.orientation = orientation
    }

    /// A sentence for the user naming the problem.
    public var description: String {
        "reference mismatch at \(position): the transcript model has \(expected), the variant gives \(given) (\(orientation.rawValue))"
    }
}
