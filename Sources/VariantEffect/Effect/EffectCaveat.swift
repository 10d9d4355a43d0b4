/// A limit of the prediction that a reader of the result must know about.
public enum EffectCaveat: String, Hashable, Sendable, CustomStringConvertible {
    /// The insertion or deletion reaches an intron, a UTR or an exon end, where the model holds no
    /// sequence: HGVS 3′ shifting (and the check for a duplication) could not be completed, so the
    /// description may not be the 3′-most equivalent one and its consequence may differ from VEP's.
    case notShiftedBeyondCodingSequence
    /// The protein outcome depends on UTR sequence that the model does not hold (the start or stop
    /// codon is changed together with UTR bases, or the stop codon is removed).
    case proteinDependsOnUntranslatedRegion

    /// A sentence for the user naming the problem.
    public var description: String {
        switch self {
        case .notShiftedBeyondCodingSequence:
            return "the indel touches sequence outside the coding exons that the model does not hold; its 3′-shifted (HGVS) position could not be verified"
        case .proteinDependsOnUntranslatedRegion:
            return "the protein outcome depends on UTR sequence that the model does not hold"
        }
    }
}
