import ReportModel

/// What the caller tells a reader beyond the bytes: which sample and build to use, the gene spans that
/// assign VCF records to genes, and the safety limits.
public struct ReportReadOptions: Hashable, Sendable {
    /// The default largest input accepted: 50 MB (50 × 1024 × 1024 bytes).
    public static let defaultMaxInputBytes = 50 * 1024 * 1024
    /// The default deepest XML element nesting accepted (libxml2's own limit without `XML_PARSE_HUGE`).
    public static let defaultMaxXMLDepth = 256
    /// The default largest number of variant records (short variants, copy-number alterations, rearrangements
    /// and unreadable entries) one report may list: 300,000, the largest input the project's time and memory
    /// bound (10 s, 1 GB) is measured for. A panel report lists hundreds, a whole-exome somatic VCF thousands to
    /// tens of thousands.
    public static let defaultMaxRecords = 300_000
    /// The default largest number of XML elements a reader keeps (an element flood within the size limit would
    /// otherwise take gigabytes; a 50 MB FHIR bundle of 20,000 variant Observations keeps about 800,000).
    public static let defaultMaxXMLElements = 1_500_000
    /// The default largest number of values in a JSON report (a 300,000-variant keapnrf JSON report holds about
    /// 3.6 million).
    public static let defaultMaxJSONValues = 6_000_000

    /// The tumour sample to read from a multi-sample VCF or MAF (`--sample`).
    public var sample: String?
    /// The genome build of a VCF or MAF (`--build`); a conflict with the file's own statement is an error.
    public var build: GenomeBuild?
    /// The largest input accepted, in bytes; larger inputs are refused before any parsing.
    public var maxInputBytes: Int
    /// The deepest XML element nesting accepted (at most 256, libxml2's limit).
    public var maxXMLDepth: Int
    /// The most variant records a report may list; more is refused, so that time and memory stay bounded.
    public var maxRecords: Int
    /// The most XML elements a reader keeps; more is refused.
    public var maxXMLElements: Int
    /// The most values a JSON report may hold; more is refused while it is parsed.
    public var maxJSONValues: Int
    /// Gene spans used to assign VCF records (and FHIR genomic changes without a gene) to genes.
    public var geneSpans: [GeneSpan]

    public init(
        sample: String? = nil, build: GenomeBuild? = nil, maxInputBytes: Int = ReportReadOptions.defaultMaxInputBytes,
        maxXMLDepth: Int = ReportReadOptions.defaultMaxXMLDepth, maxRecords: Int = ReportReadOptions.defaultMaxRecords,
        maxXMLElements: Int = ReportReadOptions.defaultMaxXMLElements, maxJSONValues: Int = ReportReadOptions.defaultMaxJSONValues,
        geneSpans: [GeneSpan] = []
    ) {
        self.sample = sample
        self.build = build
        self.maxInputBytes = maxInputBytes
        self.maxXMLDepth = maxXMLDepth
        self.maxRecords = maxRecords
        self.maxXMLElements = maxXMLElements
        self.maxJSONValues = maxJSONValues
        self.geneSpans = geneSpans
    }
}

/// The genomic extent of a gene's coding region on one build, and the transcripts whose descriptions the
/// annotator reads for it (MANE first). Records inside a span are assigned to its gene.
public struct GeneSpan: Hashable, Sendable {
    /// The gene name given to a variant that names no gene and lies in no span (VCF, FHIR genomic HGVS).
    public static let unassignedGene = "unassigned"

    public var gene: String
    public var build: GenomeBuild
    /// The chromosome as ``Chromosome/normalized(_:)`` writes it (`19`, `2`, `X`, `MT`).
    public var chromosome: String
    /// First to last coding base, 1-based, forward strand.
    public var range: ClosedRange<Int>
    /// Transcript accessions (versions ignored) whose c./p. descriptions may be copied from VCF annotations.
    public var transcripts: [String]

    /// `chromosome` may be written with or without `chr`; it is stored normalised.
    public init(gene: String, build: GenomeBuild, chromosome: String, range: ClosedRange<Int>, transcripts: [String]) {
        self.gene = gene
        self.build = build
        self.chromosome = Chromosome.normalized(chromosome)
        self.range = range
        self.transcripts = transcripts
    }

    /// The span of `gene`'s that contains the given position, if any.
    static func gene(at chromosome: String, _ position: Int, build: GenomeBuild?, in spans: [GeneSpan]) -> GeneSpan? {
        let name = Chromosome.normalized(chromosome)
        return spans.first { $0.build == build && $0.chromosome == name && $0.range.contains(position) }
    }

    /// True when `accession` (with or without version) is one of this span's transcripts.
    func lists(transcript accession: String) -> Bool {
        let base = Accession.unversioned(accession)
        return transcripts.contains { Accession.unversioned($0) == base }
    }
}
