/// A parsed HGVS variant description such as `NM_006164.5:c.235G>A` or `p.(Glu79Lys)`.
///
/// The syntax tree records what the text says, not whether it is true of any sequence: checking
/// reference residues and bases against a transcript is the normaliser's job.
public struct HGVSVariant: Hashable, Sendable {
    /// The reference sequence accession (`NM_006164.5`, `NP_987096.1`, `ENST00000171111.5`), if given.
    public var accession: String?
    /// The gene symbol given in parentheses after the accession (`NM_203500.2(KEAP1):c.…`), if any.
    public var gene: String?
    /// The description itself.
    public var description: VariantDescription

    public init(accession: String? = nil, gene: String? = nil, description: VariantDescription) {
        self.accession = accession
        self.gene = gene
        self.description = description
    }
}

/// The coordinate system of a description: the letter before the dot.
public enum CoordinateSystem: String, Hashable, Sendable, CaseIterable {
    /// Coding DNA (`c.`).
    case coding = "c"
    /// Linear genomic (`g.`).
    case genomic = "g"
    /// Mitochondrial (`m.`).
    case mitochondrial = "m"
    /// Non-coding transcript (`n.`).
    case noncoding = "n"
    /// RNA (`r.`).
    case rna = "r"
    /// Protein (`p.`).
    case protein = "p"
}

/// A nucleotide-level or protein-level description.
public enum VariantDescription: Hashable, Sendable {
    /// A `c.`, `g.`, `m.`, `n.` or `r.` description.
    case nucleotide(NucleotideVariant)
    /// A `p.` description.
    case protein(ProteinVariant)
}

// MARK: - Nucleotide descriptions

/// A change at nucleotide level: where (`location`) and what (`edit`).
public struct NucleotideVariant: Hashable, Sendable {
    public var coordinateSystem: CoordinateSystem
    public var location: NucleotideInterval
    public var edit: NucleotideEdit
    /// True when the description was written as predicted or uncertain, with parentheses around the change.
    public var isUncertain: Bool

    public init(coordinateSystem: CoordinateSystem, location: NucleotideInterval, edit: NucleotideEdit, isUncertain: Bool = false) {
        self.coordinateSystem = coordinateSystem
        self.location = location
        self.edit = edit
        self.isUncertain = isUncertain
    }
}

/// One nucleotide position: a base number counted from a datum, plus an intronic offset.
///
/// `c.235` is base 235 from the CDS start; `c.-14` is base −14 from the CDS start (5′ UTR);
/// `c.*46` is base 46 after the CDS end (3′ UTR); `c.1000+1` is base 1000 with offset +1 (intron).
/// `g.`, `m.`, `n.` and `r.` positions count from the sequence start.
public struct NucleotidePosition: Hashable, Sendable {
    /// Where counting starts.
    public enum Datum: String, Hashable, Sendable {
        /// The first base of the sequence (`g.`, `m.`, `n.`, `r.`).
        case sequenceStart
        /// The A of the start codon is base 1 (`c.`); negative bases lie in the 5′ UTR.
        case cdsStart
        /// The base after the stop codon is `*1` (`c.*N`).
        case cdsEnd
    }

    /// The base number, or nil when written as `?`.
    public var base: Int?
    /// The intronic offset (`+1`, `-2`), zero in exons; nil when written as `+?`/`-?`.
    public var offset: Int?
    public var datum: Datum

    public init(base: Int?, offset: Int? = 0, datum: Datum) {
        self.base = base
        self.offset = offset
        self.datum = datum
    }
}

/// A single position or a range `start_end`.
public struct NucleotideInterval: Hashable, Sendable {
    public var start: NucleotidePosition
    public var end: NucleotidePosition

    public init(start: NucleotidePosition, end: NucleotidePosition? = nil) {
        self.start = start
        self.end = end ?? start
    }

    /// True for a single position (`c.235`), false for a range (`c.235_237`).
    public var isSinglePosition: Bool { start == end }
}

/// What happens at a nucleotide location. Sequences are upper-case `ACGTN` (lower-case `acgu` for `r.`).
public enum NucleotideEdit: Hashable, Sendable {
    /// `A>T`
    case substitution(reference: String, alternate: String)
    /// `del`, `delACT` (reference spelled out) or `del3` (a length only).
    case deletion(reference: String?, length: Int?)
    /// `dup`, `dupACT`
    case duplication(reference: String?)
    /// `insTG`
    case insertion(inserted: String)
    /// `delinsTG`, `delACTinsTG`
    case deletionInsertion(reference: String?, inserted: String)
    /// `inv`, `invACT`
    case inversion(reference: String?)
    /// `=` or `A=`: no change.
    case identity(reference: String?)
}

// MARK: - Protein descriptions

/// A residue at a position, such as `Glu79` (`E79`).
public struct ResiduePosition: Hashable, Sendable {
    /// The one-letter amino-acid code (`E`; `*` for a stop; `X` for any).
    public var aminoAcid: Character
    /// The residue number (1 = the initiating methionine).
    public var position: Int

    public init(aminoAcid: Character, position: Int) {
        self.aminoAcid = aminoAcid
        self.position = position
    }
}

/// A protein-level description, as written after `p.`.
public enum ProteinVariant: Hashable, Sendable {
    /// A change at a residue or residue range, e.g. `Glu79Lys`, `Arg34_Ser40del`, `Gly333AlafsTer12`.
    case change(ProteinChange)
    /// `p.=`: the protein is unchanged (`p.(=)` when predicted).
    case noChange(isPredicted: Bool)
    /// `p.0`: no protein is made (`p.0?` when predicted).
    case noProtein(isPredicted: Bool)
    /// `p.?`: the effect is unknown.
    case unknown
    /// `X123_splice`: a splice-site change near codon 123, as written by Ensembl VEP / vcf2maf.
    /// Not HGVS; kept so that MAF input is not lost.
    case spliceSite(position: Int, isPredicted: Bool)
}

/// A protein change: where (`start` … `end`) and what (`edit`).
public struct ProteinChange: Hashable, Sendable {
    public var start: ResiduePosition
    /// The last residue of a range; nil for a single residue.
    public var end: ResiduePosition?
    public var edit: ProteinEdit
    /// True when the change was written in parentheses, e.g. `p.(Glu79Lys)`.
    public var isPredicted: Bool

    public init(start: ResiduePosition, end: ResiduePosition? = nil, edit: ProteinEdit, isPredicted: Bool = false) {
        self.start = start
        self.end = end
        self.edit = edit
        self.isPredicted = isPredicted
    }
}

/// The number of codons to a new stop (`Ter12`), unknown (`Ter?`) or not given.
public enum StopDistance: Hashable, Sendable {
    case known(Int)
    case unknown
    case notGiven
}

/// What happens at a protein location. Amino acids are one-letter codes; `*` is a stop.
public enum ProteinEdit: Hashable, Sendable {
    /// `Lys` in `Glu79Lys`; `*`/`Ter`/`X` as the alternate is a nonsense change; `?` is an unknown residue (e.g. `Met1?`).
    case substitution(alternate: Character)
    /// `del`
    case deletion
    /// `dup`
    case duplication
    /// `insGly`, `insGlyGlu`: inserted residues (between `start` and `end`).
    case insertion(inserted: [Character])
    /// `delinsGluGlu`
    case deletionInsertion(inserted: [Character])
    /// `fs`, `AlafsTer12`, `fs*?`: a frameshift; `alternate` is the first changed residue when given.
    case frameshift(alternate: Character?, stop: StopDistance)
    /// `Ter606Leuext*5` (C-terminal, `isNTerminal` false) or `Met1ext-5` (N-terminal).
    case `extension`(alternate: Character?, isNTerminal: Bool, length: StopDistance)
    /// `Gly31=`: a synonymous change written at a residue.
    case synonymous
}
