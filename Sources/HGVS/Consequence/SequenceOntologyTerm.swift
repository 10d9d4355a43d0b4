/// The Sequence Ontology consequence terms a protein description can imply.
///
/// Names are the SO term names VEP prints; accessions were checked against the Ensembl REST
/// listing `/info/variation/consequence_types` and the SO browser (sequenceontology.org):
/// missense_variant SO:0001583, stop_gained SO:0001587, synonymous_variant SO:0001819,
/// frameshift_variant SO:0001589, inframe_deletion SO:0001822, inframe_insertion SO:0001821,
/// protein_altering_variant SO:0001818, start_lost SO:0002012, start_retained_variant SO:0002019,
/// stop_lost SO:0001578, stop_retained_variant SO:0001567, splice_site_variant SO:0001629,
/// coding_sequence_variant SO:0001580, sequence_variant SO:0001060. Gene-level terms come from
/// Ensembl VEP's consequence constants (`Bio::EnsEMBL::Variation::Utils::Constants`: transcript_ablation
/// SO:0001893, transcript_amplification SO:0001889, feature_truncation SO:0001906) and the SO browser
/// link in SnpEff's documentation (exon_loss_variant SO:0001572).
public enum SequenceOntologyTerm: String, CaseIterable, Hashable, Sendable {
    /// A different residue, same length (SO:0001583).
    case missenseVariant = "missense_variant"
    /// A premature stop (SO:0001587).
    case stopGained = "stop_gained"
    /// No change to the encoded residues (SO:0001819).
    case synonymousVariant = "synonymous_variant"
    /// A shifted reading frame (SO:0001589).
    case frameshiftVariant = "frameshift_variant"
    /// Residues removed in frame (SO:0001822).
    case inframeDeletion = "inframe_deletion"
    /// Residues added in frame, duplications included (SO:0001821).
    case inframeInsertion = "inframe_insertion"
    /// A change of length that is neither a plain in-frame deletion nor insertion (SO:0001818).
    case proteinAlteringVariant = "protein_altering_variant"
    /// The initiating methionine changed (SO:0002012).
    case startLost = "start_lost"
    /// The start codon touched but Met1 kept (SO:0002019).
    case startRetainedVariant = "start_retained_variant"
    /// The stop codon changed to a residue, lengthening the protein (SO:0001578).
    case stopLost = "stop_lost"
    /// The stop codon touched but kept (SO:0001567).
    case stopRetainedVariant = "stop_retained_variant"
    /// A change of the two bases at either end of an intron (SO:0001629): the common parent of
    /// splice_acceptor_variant (SO:0001574) and splice_donor_variant (SO:0001575).
    case spliceSiteVariant = "splice_site_variant"
    /// A change in the coding sequence of unstated effect, such as `p.Arg15?` (SO:0001580).
    case codingSequenceVariant = "coding_sequence_variant"
    /// The root term (SO:0001060): a change whose effect the description does not state.
    case sequenceVariant = "sequence_variant"

    /// The SO term name, as VEP prints it (`missense_variant`).
    public var name: String { rawValue }

    /// The SO accession (`SO:0001583`).
    public var accession: String {
        switch self {
        case .missenseVariant: "SO:0001583"
        case .stopGained: "SO:0001587"
        case .synonymousVariant: "SO:0001819"
        case .frameshiftVariant: "SO:0001589"
        case .inframeDeletion: "SO:0001822"
        case .inframeInsertion: "SO:0001821"
        case .proteinAlteringVariant: "SO:0001818"
        case .startLost: "SO:0002012"
        case .startRetainedVariant: "SO:0002019"
        case .stopLost: "SO:0001578"
        case .stopRetainedVariant: "SO:0001567"
        case .spliceSiteVariant: "SO:0001629"
        case .codingSequenceVariant: "SO:0001580"
        case .sequenceVariant: "SO:0001060"
        case .transcriptAblation: "SO:0001893"
        case .transcriptAmplification: "SO:0001889"
        case .exonLossVariant: "SO:0001572"
        case .featureTruncation: "SO:0001906"
        }
    }
}
