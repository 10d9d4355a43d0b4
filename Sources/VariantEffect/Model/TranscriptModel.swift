/// A protein-coding transcript as this module needs it: where its coding exons lie on one genome
/// assembly, and its coding sequence.
///
/// The initializer validates the model (see ``TranscriptModelError``), translates the CDS once and
/// precomputes the exon layout, so that mapping and prediction do no string work.
/// The model holds no UTR or intron sequence; effects that depend on them are reported as such.
public struct TranscriptModel: Hashable, Sendable {
    /// The gene symbol, e.g. `KEAP1`.
    public let gene: String
    /// The versioned transcript accession, e.g. `NM_203500.2`.
    public let accession: String
    /// The genome assembly of the exon coordinates.
    public let assembly: GenomeAssembly
    /// The chromosome as given (`19`, `chr19`); matching ignores a `chr` prefix and letter case.
    public let chromosome: String
    /// The strand the transcript is read from.
    public let strand: Strand
    /// The coding exons in transcript order (5′ to 3′).
    public let codingExons: [CodingExon]
    /// The coding sequence from the A of ATG to the last base of the stop codon, upper-case ASCII.
    public let codingSequence: [UInt8]
    /// The translation of the CDS with the standard genetic code, ending with `*` for the stop codon.
    public let protein: [UInt8]

    let layout: ExonLayout
    let normalizedChromosome: String

    /// Creates a validated model.
    ///
    /// - Parameters:
    ///   - codingExons: the coding exons in transcript order (on the minus strand: descending coordinates).
    ///   - codingSequence: the CDS including the stop codon; letter case is ignored, white space is not allowed.
    /// - Throws: ``TranscriptModelError`` naming the first inconsistency found.
    public init(gene: String, accession: String, assembly: GenomeAssembly, chromosome: String, strand: Strand,
                codingExons: [CodingExon], codingSequence: String) throws(TranscriptModelError) {
        if gene.isEmpty { throw .emptyField(name: "gene") }
        if accession.isEmpty { throw .emptyField(name: "accession") }
        if chromosome.isEmpty { throw .emptyField(name: "chromosome") }
        let cds = try Self.validatedCodingSequence(codingSequence)
        try Self.validate(codingExons: codingExons, strand: strand, cdsLength: cds.count)
        self.init(
            gene: gene, accession: accession, assembly: assembly, chromosome: chromosome, strand: strand,
            codingExons: codingExons, validatedCodingSequence: cds, protein: GeneticCode.translate(cds))
    }

    /// A model restored from fields a validating ``init(gene:accession:assembly:chromosome:strand:codingExons:codingSequence:)``
    /// produced (the knowledgebase snapshot): nothing is checked or translated again.
    init(gene: String, accession: String, assembly: GenomeAssembly, chromosome: String, strand: Strand,
         codingExons: [CodingExon], validatedCodingSequence: [UInt8], protein: [UInt8]) {
        self.gene = gene
        self.accession = accession
        self.assembly = assembly
        self.chromosome = chromosome
        self.strand = strand
        self.codingExons = codingExons
        self.codingSequence = validatedCodingSequence
        self.protein = protein
        self.layout = ExonLayout(codingExons: codingExons, strand: strand)
        self.normalizedChromosome = Self.normalizedChromosomeName(chromosome)
    }

    /// The protein as a `String` of one-letter codes ending with `*`.
    public var proteinSequence: String { Nucleotides.string(protein) }

    /// True when `name` designates this model's chromosome (`19`, `chr19` and `CHR19` all match `19`).
    public func isOnChromosome(_ name: String) -> Bool {
        Self.normalizedChromosomeName(name) == normalizedChromosome
    }

    static func normalizedChromosomeName(_ name: String) -> String {
        let upper = name.uppercased()
        return upper.hasPrefix("CHR") ? String(upper.dropFirst(3)) : upper
    }
}
