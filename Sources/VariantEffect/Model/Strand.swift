/// The genomic strand a transcript is read from.
public enum Strand: String, Hashable, Sendable, CaseIterable {
    /// Forward strand (`+`): the transcript runs towards higher coordinates.
    case plus = "+"
    /// Reverse strand (`-`): the transcript runs towards lower coordinates, so its bases are the
    /// reverse complement of the forward-strand reference.
    case minus = "-"
}
