/// One change of one gene as the annotator normalised and annotated it, reduced to what cohort
/// summaries need: its classes and where it lies on the protein.
public struct ClassifiedChange: Sendable, Hashable {
    /// The gene.
    public var gene: String
    /// The change as the table wrote it (without a filter tag).
    public var source: String
    /// The classes (usually one; an NFE2L2 change touching both motifs is in `DLG` and `ETGE`).
    public var classes: Set<AlterationClass>
    /// The normalised one-letter protein change (`p.E79K`), when interpretable.
    public var proteinChange: String?
    /// The most severe Sequence Ontology consequence, when interpretable.
    public var consequence: String?
    /// The first affected residue, when known.
    public var residue: Int?
    /// The reference amino acid at ``residue``, when known.
    public var referenceResidue: String?
    /// Why the change is uninterpretable (`invalid_hgvs`, `reference_mismatch`, `no_change_given`, …).
    public var reason: String?

    /// A change the annotator could not interpret.
    static func uninterpretable(gene: String, source: String, reason: String) -> ClassifiedChange {
        ClassifiedChange(
            gene: gene, source: source, classes: [.uninterpretable], proteinChange: nil, consequence: nil,
            residue: nil, referenceResidue: nil, reason: reason)
    }
}
