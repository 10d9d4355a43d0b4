/// Where in the input a value came from: a JSON path (`$.shortVariants[2]`), an XML element path
/// or a line number. Carried into messages and outputs so that every statement can be traced back.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The path or line, e.g. `$.shortVariants[2]` or `line 14`.
    public var path: String

    public init(_ path: String) { self.path = path }
    public var description: String { path }
}

/// A single-nucleotide variant, multi-nucleotide variant or small insertion/deletion.
public struct ShortVariant: Hashable, Sendable {
    /// The HGNC gene symbol as given in the report.
    public var gene: String
    /// The transcript accession as given (`NM_006164.5`, `NM_012289`, `ENST00000171111.5`), if any.
    public var transcript: String?
    /// The coding DNA change as written (`c.235G>A`, `235G>A`), if any.
    public var hgvsc: String?
    /// The protein change as written (`p.E79K`, `E79K`, `p.(Glu79Lys)`), if any.
    public var hgvsp: String?
    /// The genomic change, if the report gives one.
    public var genomic: GenomicChange?
    /// Variant allele fraction, 0–1.
    public var vaf: Double?
    /// Read depth at the position.
    public var depth: Int?
    /// Somatic, germline or unknown, as stated.
    public var origin: VariantOrigin?
    /// The report's own classification or status text, if any (e.g. `likely`, `known`, `unknown`).
    public var reportedStatus: String?
    /// Where this variant sits in the input.
    public var location: SourceLocation

    public init(
        gene: String, transcript: String? = nil, hgvsc: String? = nil, hgvsp: String? = nil,
        genomic: GenomicChange? = nil, vaf: Double? = nil, depth: Int? = nil, origin: VariantOrigin? = nil,
        reportedStatus: String? = nil, location: SourceLocation
    ) {
        self.gene = gene
        self.transcript = transcript
        self.hgvsc = hgvsc
        self.hgvsp = hgvsp
        self.genomic = genomic
        self.vaf = vaf
        self.depth = depth
        self.origin = origin
        self.reportedStatus = reportedStatus
        self.location = location
    }

    /// The text of the variant as the report gave it, for the `source` field of outputs.
    public var sourceText: String {
        var parts: [String] = [gene]
        if let transcript { parts.append(transcript) }
        if let hgvsc { parts.append(hgvsc) }
        if let hgvsp { parts.append(hgvsp) }
        if hgvsc == nil && hgvsp == nil, let genomic { parts.append(genomic.description) }
        return parts.joined(separator: " ")
    }
}

/// A genomic change in VCF style: 1-based position of the first reference base, reference and alternate alleles.
public struct GenomicChange: Hashable, Sendable, CustomStringConvertible {
    /// Chromosome without a `chr` prefix (`19`, `2`, `X`).
    public var chromosome: String
    /// 1-based position of the first base of `reference`.
    public var position: Int
    /// Reference allele on the forward strand (may be empty for a pure insertion in MAF style).
    public var reference: String
    /// Alternate allele on the forward strand (may be empty for a pure deletion in MAF style).
    public var alternate: String
    /// The build the position refers to, when the variant states it.
    public var build: GenomeBuild?

    public init(chromosome: String, position: Int, reference: String, alternate: String, build: GenomeBuild? = nil) {
        self.chromosome = chromosome
        self.position = position
        self.reference = reference
        self.alternate = alternate
        self.build = build
    }

    public var description: String {
        "chr\(chromosome):\(position) \(reference.isEmpty ? "-" : reference)>\(alternate.isEmpty ? "-" : alternate)"
    }
}

/// Somatic or germline origin of a variant.
public enum VariantOrigin: String, Hashable, Sendable, CaseIterable {
    case somatic
    case germline
    case unknown
}

/// A gene-level copy-number alteration.
public struct CopyNumberAlteration: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// High-level gain.
        case amplification
        /// Homozygous (deep) deletion.
        case deletion
        /// Single-copy loss or partial loss.
        case loss
        /// Low-level gain.
        case gain
    }

    public var gene: String
    public var kind: Kind
    /// Estimated copy number, if given.
    public var copyNumber: Double?
    /// Exons affected as written (e.g. `5 of 5`, `2-3`), if given.
    public var exons: String?
    public var location: SourceLocation

    public init(gene: String, kind: Kind, copyNumber: Double? = nil, exons: String? = nil, location: SourceLocation) {
        self.gene = gene
        self.kind = kind
        self.copyNumber = copyNumber
        self.exons = exons
        self.location = location
    }

    /// The alteration as text, e.g. `KEAP1 amplification`.
    public var sourceText: String { "\(gene) \(kind.rawValue)" }
}

/// A structural rearrangement: a fusion, a truncating rearrangement or an exon deletion/skipping event.
public struct Rearrangement: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case fusion
        case truncation
        /// Loss of exons by deletion (DNA) or skipping (RNA).
        case exonDeletion = "exon_deletion"
        case rearrangement
    }

    /// The genes involved; the first is the one the report lists the event under.
    public var genes: [String]
    public var kind: Kind
    /// Exons lost or joined, as numbers in the gene's MANE transcript (e.g. `[2]` for NFE2L2 exon 2 skipping).
    public var exons: [Int]
    /// Whether the event keeps the reading frame, if stated.
    public var inFrame: Bool?
    /// Free description as written, e.g. `NFE2L2 exon 2 skipping`.
    public var reportedDescription: String?
    public var location: SourceLocation

    public init(
        genes: [String], kind: Kind, exons: [Int] = [], inFrame: Bool? = nil,
        reportedDescription: String? = nil, location: SourceLocation
    ) {
        self.genes = genes
        self.kind = kind
        self.exons = exons
        self.inFrame = inFrame
        self.reportedDescription = reportedDescription
        self.location = location
    }

    /// The event as text, e.g. `NFE2L2 exon_deletion exons 2`.
    public var sourceText: String {
        if let reportedDescription { return reportedDescription }
        var text = genes.joined(separator: "-") + " " + kind.rawValue
        if !exons.isEmpty { text += " exons " + exons.map(String.init).joined(separator: ",") }
        return text
    }
}

/// An alteration element the reader could not read: a malformed or unexpected element of a vendor or FHIR
/// report. It is listed, with the reason, instead of refusing the whole report or dropping it.
public struct UnreadableAlteration: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case shortVariant = "short_variant"
        case copyNumber = "copy_number"
        case rearrangement
    }

    /// The gene the element names, when that much could be read.
    public var gene: String?
    public var kind: Kind
    /// What was wrong, naming the field and what was expected.
    public var reason: String
    public var location: SourceLocation

    public init(gene: String?, kind: Kind, reason: String, location: SourceLocation) {
        self.gene = gene
        self.kind = kind
        self.reason = reason
        self.location = location
    }

    /// The element as text, e.g. `KEAP1 short_variant (unreadable)`.
    public var sourceText: String { "\(gene ?? "unknown gene") \(kind.rawValue) (unreadable)" }
}

/// Genome-wide biomarkers.
public struct Biomarkers: Hashable, Sendable {
    /// Tumour mutational burden in mutations per megabase.
    public var tmbPerMegabase: Double?
    /// Microsatellite status.
    public var msi: MicrosatelliteStatus?

    public init(tmbPerMegabase: Double? = nil, msi: MicrosatelliteStatus? = nil) {
        self.tmbPerMegabase = tmbPerMegabase
        self.msi = msi
    }
}

/// Microsatellite instability status.
public enum MicrosatelliteStatus: String, Hashable, Sendable, CaseIterable {
    case msiHigh = "MSI-H"
    case msiLow = "MSI-L"
    case stable = "MSS"
    case unknown
}
