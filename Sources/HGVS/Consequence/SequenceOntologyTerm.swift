/// A Sequence Ontology consequence term, the one vocabulary every module uses for consequences.
///
/// The cases are declared in Ensembl VEP's order of severity (most severe first), so `<` means "more
/// severe"; two terms VEP does not assign have their place next to their relatives: splice_site_variant
/// (the parent of the acceptor and donor terms, implied by the MAF short form `X123_splice`) and
/// exon_loss_variant (an exon deletion or skipping event).
///
/// Sources of names, accessions and order: ensembl-variation `Bio/EnsEMBL/Variation/Utils/Constants.pm`
/// (`@OVERLAP_CONSEQUENCES`: SO term, accession and rank, including transcript_ablation SO:0001893,
/// transcript_amplification SO:0001889 and feature_truncation SO:0001906); Ensembl's "Calculated variant
/// consequences" table (ensembl.org/info/genome/variation/prediction/predicted_data.html) for the order of
/// equal ranks; the Ensembl REST listing `/info/variation/consequence_types` and the SO browser
/// (sequenceontology.org) for splice_site_variant SO:0001629, sequence_variant SO:0001060 and
/// exon_loss_variant SO:0001572.
public enum SequenceOntologyTerm: String, CaseIterable, Hashable, Sendable, Comparable {
    /// A deletion of the whole transcript, such as a homozygous gene deletion (SO:0001893).
    case transcriptAblation = "transcript_ablation"
    /// Intron bases −1/−2, the acceptor site (SO:0001574).
    case spliceAcceptorVariant = "splice_acceptor_variant"
    /// Intron bases +1/+2, the donor site (SO:0001575).
    case spliceDonorVariant = "splice_donor_variant"
    /// Either end of an intron when the description does not say which (SO:0001629), as in `X123_splice`.
    case spliceSiteVariant = "splice_site_variant"
    /// A premature stop (SO:0001587).
    case stopGained = "stop_gained"
    /// A shifted reading frame (SO:0001589).
    case frameshiftVariant = "frameshift_variant"
    /// The stop codon changed to a residue, lengthening the protein (SO:0001578).
    case stopLost = "stop_lost"
    /// The initiating methionine changed (SO:0002012).
    case startLost = "start_lost"
    /// An amplification of a region containing the transcript (SO:0001889).
    case transcriptAmplification = "transcript_amplification"
    /// The loss of one or more exons from the transcript (SO:0001572).
    case exonLossVariant = "exon_loss_variant"
    /// A structural change that shortens the feature, such as a truncating rearrangement (SO:0001906).
    case featureTruncation = "feature_truncation"
    /// Residues added in frame, duplications included (SO:0001821).
    case inframeInsertion = "inframe_insertion"
    /// Residues removed in frame (SO:0001822).
    case inframeDeletion = "inframe_deletion"
    /// A different residue, same length (SO:0001583).
    case missenseVariant = "missense_variant"
    /// A change of length that is neither a plain in-frame deletion nor insertion (SO:0001818).
    case proteinAlteringVariant = "protein_altering_variant"
    /// Within 3 exon bases or intron bases 3–8 of a splice site (SO:0001630).
    case spliceRegionVariant = "splice_region_variant"
    /// The start codon touched but Met1 kept (SO:0002019).
    case startRetainedVariant = "start_retained_variant"
    /// The stop codon touched but kept (SO:0001567).
    case stopRetainedVariant = "stop_retained_variant"
    /// No change to the encoded residues (SO:0001819).
    case synonymousVariant = "synonymous_variant"
    /// A change in the coding sequence of unstated or unpredictable effect, such as `p.Arg15?` (SO:0001580).
    case codingSequenceVariant = "coding_sequence_variant"
    /// In the 5′ UTR (SO:0001623).
    case fivePrimeUTRVariant = "5_prime_UTR_variant"
    /// In the 3′ UTR (SO:0001624).
    case threePrimeUTRVariant = "3_prime_UTR_variant"
    /// In an intron beyond the first and last two bases (SO:0001627).
    case intronVariant = "intron_variant"
    /// The root term (SO:0001060): a change whose effect the description does not state.
    case sequenceVariant = "sequence_variant"

    /// The SO term name, as VEP prints it (`missense_variant`).
    public var name: String { rawValue }

    /// The SO accession (`SO:0001583`).
    public var accession: String {
        switch self {
        case .transcriptAblation: "SO:0001893"
        case .spliceAcceptorVariant: "SO:0001574"
        case .spliceDonorVariant: "SO:0001575"
        case .spliceSiteVariant: "SO:0001629"
        case .stopGained: "SO:0001587"
        case .frameshiftVariant: "SO:0001589"
        case .stopLost: "SO:0001578"
        case .startLost: "SO:0002012"
        case .transcriptAmplification: "SO:0001889"
        case .exonLossVariant: "SO:0001572"
        case .featureTruncation: "SO:0001906"
        case .inframeInsertion: "SO:0001821"
        case .inframeDeletion: "SO:0001822"
        case .missenseVariant: "SO:0001583"
        case .proteinAlteringVariant: "SO:0001818"
        case .spliceRegionVariant: "SO:0001630"
        case .startRetainedVariant: "SO:0002019"
        case .stopRetainedVariant: "SO:0001567"
        case .synonymousVariant: "SO:0001819"
        case .codingSequenceVariant: "SO:0001580"
        case .fivePrimeUTRVariant: "SO:0001623"
        case .threePrimeUTRVariant: "SO:0001624"
        case .intronVariant: "SO:0001627"
        case .sequenceVariant: "SO:0001060"
        }
    }

    /// The position in the severity order (0 = most severe).
    public var severityRank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

    /// True when `lhs` is more severe than `rhs`.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.severityRank < rhs.severityRank }
}
