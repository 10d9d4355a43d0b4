/// A Sequence Ontology consequence term, as Ensembl VEP assigns them to a transcript.
///
/// The cases are declared in VEP's order of severity (most severe first), so `<` means "more severe".
/// Only the terms this module can assign from a transcript model are included.
/// Source of terms, accessions and order: ensembl-variation `Utils/Constants.pm` (`@OVERLAP_CONSEQUENCES`,
/// `SO_accession` and `rank`) and the severity table in Ensembl's VEP documentation; equal VEP ranks
/// keep the documentation's order.
public enum SequenceOntologyTerm: String, Hashable, Sendable, CaseIterable, Comparable {
    case spliceAcceptorVariant = "splice_acceptor_variant"
    case spliceDonorVariant = "splice_donor_variant"
    case stopGained = "stop_gained"
    case frameshiftVariant = "frameshift_variant"
    case stopLost = "stop_lost"
    case startLost = "start_lost"
    case inframeInsertion = "inframe_insertion"
    case inframeDeletion = "inframe_deletion"
    case missenseVariant = "missense_variant"
    case proteinAlteringVariant = "protein_altering_variant"
    case spliceRegionVariant = "splice_region_variant"
    case startRetainedVariant = "start_retained_variant"
    case stopRetainedVariant = "stop_retained_variant"
    case synonymousVariant = "synonymous_variant"
    case codingSequenceVariant = "coding_sequence_variant"
    case fivePrimeUTRVariant = "5_prime_UTR_variant"
    case threePrimeUTRVariant = "3_prime_UTR_variant"
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

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.severityRank < rhs.severityRank }
}
