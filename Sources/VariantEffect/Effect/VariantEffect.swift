import HGVS

/// The predicted effect of one variant on one transcript.
public struct VariantEffect: Hashable, Sendable {
    /// The `c.` description, normalised: minimal, 3′-shifted within the CDS, an insertion that repeats
    /// the preceding bases written as `dup`. Reference bases are filled in from the model where known.
    public let coding: NucleotideVariant
    /// The Sequence Ontology consequences, most severe first (VEP's order).
    public let consequences: [SequenceOntologyTerm]
    /// The predicted protein change as HGVS writes it (predicted changes in parentheses), or nil when
    /// the variant has no protein description (UTR, intron and splice-region-only variants).
    public let protein: ProteinVariant?
    /// The protein change as Ensembl VEP / vcf2maf write it in a MAF (`HGVSp_Short`): no parentheses,
    /// and `X123_splice` when the most severe consequence is a splice donor or acceptor change.
    public let mafProtein: ProteinVariant?
    /// Limits of this prediction; empty when it is complete.
    public let caveats: [EffectCaveat]

    /// Creates an effect; predictions come from ``TranscriptModel/predictEffect(of:)-(GenomicVariant)``.
    public init(coding: NucleotideVariant, consequences: [SequenceOntologyTerm], protein: ProteinVariant?,
                mafProtein: ProteinVariant?, caveats: [EffectCaveat]) {
        self.coding = coding
        self.consequences = consequences
        self.protein = protein
        self.mafProtein = mafProtein
        self.caveats = caveats
    }

    /// The most severe consequence.
    public var mostSevereConsequence: SequenceOntologyTerm? { consequences.first }
}

/// A `c.` description of a genomic variant, with the limits of its normalisation.
public struct CodingDescription: Hashable, Sendable {
    /// The `c.` description (see ``VariantEffect/coding``).
    public let coding: NucleotideVariant
    /// Limits of the description; empty when it is fully normalised.
    public let caveats: [EffectCaveat]

    /// Creates a description; mappings come from ``TranscriptModel/describe(_:)``.
    public init(coding: NucleotideVariant, caveats: [EffectCaveat]) {
        self.coding = coding
        self.caveats = caveats
    }
}
