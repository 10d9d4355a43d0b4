/// A Sequence Ontology consequence term, as Ensembl VEP assigns them to a transcript.
///
/// The cases are declared in VEP's order of severity (most severe first), so `<` means "more severe".
/// Only the terms this module can assign from a transcript model are included.
/// Terms, accessions and ranks: ensembl-variation `Utils/Constants.pm` (`@OVERLAP_CONSEQUENCES`).
/// Order, including terms of equal rank: Ensembl's "Calculated variant consequences" table
/// (ensembl.org/info/genome/variation/prediction/predicted_data.html), checked against its
/// reproduction in Table 1 of "SVAT: Secure outsourcing of variant annotation and genotype aggregation",
/// BMC Bioinformatics (doi 10.1186/s12859-022-04959-6).
public enum SequenceOntologyTerm: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Changes intron bases −1/−2 (the acceptor site).
    case spliceAcceptorVariant = "splice_acceptor_variant"
    /// Changes intron bases +1/+2 (the donor site).
    case spliceDonorVariant = "splice_donor_variant"
    /// Creates a premature stop codon.
    case stopGained = "stop_gained"
    /// Changes the CDS length by a number of bases that is not a multiple of 3.
    case frameshiftVariant = "frameshift_variant"
    /// Changes the stop codon so that translation reads on.
    case stopLost = "stop_lost"
    /// Changes the start codon.
    case startLost = "start_lost"
    /// Inserts whole codons.
    case inframeInsertion = "inframe_insertion"
    /// Deletes whole codons.
    case inframeDeletion = "inframe_deletion"
    /// Changes amino acids without changing the protein length.
    case missenseVariant = "missense_variant"
    /// Changes the protein in frame in a way that is neither a clean insertion nor deletion.
    case proteinAlteringVariant = "protein_altering_variant"
    /// Lies within 3 exon bases or intron bases 3–8 of a splice site.
    case spliceRegionVariant = "splice_region_variant"
    /// Changes the start codon region but leaves an ATG in place.
    case startRetainedVariant = "start_retained_variant"
    /// Changes the stop codon region but keeps the stop.
    case stopRetainedVariant = "stop_retained_variant"
    /// Changes codons without changing the amino acids.
    case synonymousVariant = "synonymous_variant"
    /// Changes coding bases with an effect that cannot be predicted.
    case codingSequenceVariant = "coding_sequence_variant"
    /// Lies in the 5′ UTR.
    case fivePrimeUTRVariant = "5_prime_UTR_variant"
    /// Lies in the 3′ UTR.
    case threePrimeUTRVariant = "3_prime_UTR_variant"
    /// Lies in an intron beyond the first and last two bases.
    case intronVariant = "intron_variant"

    /// The SO term name, e.g. `missense_variant`.
    public var name: String { rawValue }

    /// The Sequence Ontology accession, e.g. `SO:0001583`.
    public var accession: String {
        switch self {
        case .spliceAcceptorVariant: return "SO:0001574"
        case .spliceDonorVariant: return "SO:0001575"
        case .stopGained: return "SO:0001587"
        case .frameshiftVariant: return "SO:0001589"
        case .stopLost: return "SO:0001578"
        case .startLost: return "SO:0002012"
        case .inframeInsertion: return "SO:0001821"
        case .inframeDeletion: return "SO:0001822"
        case .missenseVariant: return "SO:0001583"
        case .proteinAlteringVariant: return "SO:0001818"
        case .spliceRegionVariant: return "SO:0001630"
        case .startRetainedVariant: return "SO:0002019"
        case .stopRetainedVariant: return "SO:0001567"
        case .synonymousVariant: return "SO:0001819"
        case .codingSequenceVariant: return "SO:0001580"
        case .fivePrimeUTRVariant: return "SO:0001623"
        case .threePrimeUTRVariant: return "SO:0001624"
        case .intronVariant: return "SO:0001627"
        }
    }

    /// The position in VEP's severity order (0 = most severe).
    public var severityRank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

    /// True when `lhs` is more severe than `rhs`.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.severityRank < rhs.severityRank }
}
