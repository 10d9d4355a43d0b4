/// Where one base lies relative to a transcript model, in transcript orientation.
enum TranscriptLocation: Hashable, Sendable {
    /// In the 5′ UTR, `distance` bases before the A of ATG (`c.-distance`).
    case fivePrimeUTR(distance: Int)
    /// In the CDS, at 0-based index `index` (`c.(index + 1)`).
    case coding(index: Int)
    /// In the 3′ UTR, `distance` bases after the stop codon (`c.*distance`).
    case threePrimeUTR(distance: Int)
    /// In the intron that follows coding exon `intron` (0-based, transcript order), at 1-based
    /// `position` counted from the intron's 5′ end.
    case intron(intron: Int, position: Int)

    /// The CDS index, when the base is coding.
    var codingIndex: Int? {
        if case .coding(let index) = self { return index }
        return nil
    }
}
