import ReportModel

/// An alteration in a gene the annotator does not interpret. It is listed in outputs (nothing is dropped
/// silently) and is context for rules (e.g. an STK11 or KRAS co-mutation).
public struct OutOfScopeAlteration: Hashable, Sendable {
    public var gene: String
    /// `short_variant`, `copy_number` or `rearrangement`.
    public var kind: String
    /// The text as the report gave it.
    public var source: String
    public var sourceLocation: SourceLocation
    public var vaf: Double?
    /// The one-letter protein change with `p.` (`p.G12C`) when the report's text parses as HGVS.
    public var proteinShort: String?
    /// The consequence implied by the protein change, when it parses.
    public var consequence: String?
    /// For copy-number alterations, the copy-number type.
    public var copyNumberKind: String?

    public init(
        gene: String, kind: String, source: String, sourceLocation: SourceLocation, vaf: Double?,
        proteinShort: String?, consequence: String?, copyNumberKind: String?
    ) {
        self.gene = gene
        self.kind = kind
        self.source = source
        self.sourceLocation = sourceLocation
        self.vaf = vaf
        self.proteinShort = proteinShort
        self.consequence = consequence
        self.copyNumberKind = copyNumberKind
    }
}
