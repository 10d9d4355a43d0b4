import HGVS
import ReportModel

/// A KEAP1 or NFE2L2 alteration in canonical form: what the report said, and what it is on the MANE transcript.
public struct NormalizedAlteration: Hashable, Sendable {
    /// What kind of alteration this is.
    public enum Kind: String, Hashable, Sendable {
        case shortVariant = "short_variant"
        case copyNumber = "copy_number"
        case rearrangement
    }

    /// Whether the alteration could be interpreted.
    public enum Disposition: String, Hashable, Sendable {
        case interpreted
        case uninterpretable
    }

    public var gene: String
    public var kind: Kind
    /// The alteration as the report gave it.
    public var source: String
    /// Where in the input it came from.
    public var sourceLocation: SourceLocation
    /// The transcript used for the normalised description (the MANE Select transcript), when there is one.
    public var transcript: String?
    /// The transcript the report named, if any, and how it was mapped.
    public var reportedTranscript: String?
    public var transcriptMapping: String?
    /// Canonical coding change on the MANE transcript, e.g. `c.235G>A`.
    public var hgvsc: String?
    /// Canonical three-letter protein change, e.g. `p.Glu79Lys` (or `p.(Glu79Lys)` when predicted from c.).
    public var hgvsp: String?
    /// One-letter protein change, e.g. `p.E79K`.
    public var hgvspShort: String?
    /// The Sequence Ontology term of the most severe consequence, e.g. `missense_variant`.
    public var consequence: String?
    /// Every Sequence Ontology term that applies, most severe first.
    public var consequences: [String]
    /// The first and last affected residue.
    public var proteinStart: Int?
    public var proteinEnd: Int?
    /// The reference residue(s) and, for substitutions, the alternate amino acid (`*` = stop).
    public var referenceResidues: String?
    public var alternateResidues: String?
    /// Genomic positions on each build, where computable.
    public var genomic: [GenomeBuild: GenomicChange]
    /// Copy-number detail for copy-number alterations.
    public var copyNumber: CopyNumberAlteration?
    /// Rearrangement detail, and the exons lost (for exon deletion or skipping).
    public var rearrangement: Rearrangement?
    public var exonsLost: [Int]
    public var vaf: Double?
    public var depth: Int?
    public var disposition: Disposition
    /// Why it is uninterpretable, as a code (`reference_mismatch`, `transcript_unknown`, `invalid_hgvs`, …).
    public var reason: String?
    /// The reason in words, naming what disagreed.
    public var reasonDetail: String?
    /// Things a reader must know (unconfirmed reference residue, c./p. disagreement).
    public var warnings: [String]

    public init(gene: String, kind: Kind, source: String, sourceLocation: SourceLocation) {
        self.gene = gene
        self.kind = kind
        self.source = source
        self.sourceLocation = sourceLocation
        consequences = []
        genomic = [:]
        exonsLost = []
        disposition = .interpreted
        warnings = []
    }

    /// Every consequence term the normaliser can assign: the Sequence Ontology terms of the HGVS module, and
    /// the gene-level terms used without an SO accession (low-level copy-number changes, other rearrangements).
    public static let consequenceVocabulary: Set<String> =
        Set(SequenceOntologyTerm.allCases.map(\.name)).union(["copy_number_increase", "copy_number_decrease", "structural_variant"])

    /// The affected residue range, when known.
    public var proteinRange: ClosedRange<Int>? {
        guard let start = proteinStart else { return nil }
        return start...max(start, proteinEnd ?? start)
    }

    /// Marks the alteration uninterpretable with a reason code and a sentence naming what was wrong.
    public mutating func markUninterpretable(_ reason: UninterpretableReason, _ detail: String) {
        disposition = .uninterpretable
        self.reason = reason.rawValue
        reasonDetail = detail
    }
}

/// Why an alteration could not be interpreted.
public enum UninterpretableReason: String, Hashable, Sendable, CaseIterable {
    /// The stated reference base or residue differs from the knowledgebase sequence.
    case referenceMismatch = "reference_mismatch"
    /// The transcript is not known to map to the MANE transcript.
    case transcriptUnknown = "transcript_unknown"
    /// The HGVS text could not be parsed.
    case invalidHGVS = "invalid_hgvs"
    /// The description is valid but cannot be placed on the protein (e.g. `p.?`), or describes a position outside it.
    case positionOutOfRange = "position_out_of_range"
    /// The description is valid HGVS but not something the annotator can place (e.g. an intronic change without a protein effect).
    case unsupportedDescription = "unsupported_description"
    /// The genomic position lies outside the gene, or needs a build the report does not state.
    case genomicUnmappable = "genomic_unmappable"
    /// Neither c., p. nor genomic description was usable.
    case noDescription = "no_description"
    /// The report's element for the alteration could not be read (a malformed or unexpected element); the
    /// detail names the field and what was expected.
    case unreadable
}
