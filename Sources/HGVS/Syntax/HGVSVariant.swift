/// A parsed HGVS variant description such as `NM_006164.5:c.235G>A` or `p.(Glu79Lys)`.
///
/// The syntax tree records what the text says, not whether it is true of any sequence: checking
/// reference residues and bases against a transcript is the normaliser's job.
/// Build one with ``HGVSParser/parse(_:)``; write one with ``HGVSFormatter``.
public struct HGVSVariant: Hashable, Sendable {
    /// The reference sequence accession (`NM_006164.5`, `NP_987096.1`, `ENST00000171111.5`,
    /// `chr19`), if given.
    ///
    /// A prefix before `:` counts as an accession when it contains `_` or a `.version`, is an
    /// Ensembl stable identifier (`ENST00000171111`) or a chromosome name (`chr19`); any other
    /// symbol-like prefix (`KEAP1:p.G333C`) is a gene symbol and goes to ``gene``.
    public var accession: String?
    /// The gene symbol: given in parentheses after the accession (`NM_203500.2(KEAP1):c.…`) or
    /// alone before the colon (`KEAP1:p.G333C`); nil when not written.
    public var gene: String?
    /// The description itself.
    public var description: VariantDescription

    /// A variant with an optional accession and gene.
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
    /// `c`, `g`, `m`, `n` or `r` (never `p`).
    public var coordinateSystem: CoordinateSystem
    /// Where the change is.
    public var location: NucleotideInterval
    /// What the change is.
    public var edit: NucleotideEdit
    /// True when the description was written as predicted or uncertain, with parentheses around the
    /// change: `r.(76a>u)`. (Only `r.` descriptions are written so; an uncertain location is
    /// ``NucleotideInterval/isUncertain``.)
    public var isUncertain: Bool

    /// A nucleotide change; `isUncertain` for a predicted `r.(…)` change.
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
    /// Where counting starts.
    public var datum: Datum
    /// For an unknown offset (``offset`` nil): true for `-?` (in the intron before the base),
    /// false for `+?` (in the intron after it).
    public var unknownOffsetIsNegative: Bool

    /// A position; the offset defaults to 0 (exonic).
    public init(base: Int?, offset: Int? = 0, datum: Datum, unknownOffsetIsNegative: Bool = false) {
        self.base = base
        self.offset = offset
        self.datum = datum
        self.unknownOffsetIsNegative = unknownOffsetIsNegative
    }
}

/// A single position or a range `start_end`, possibly with uncertain ends.
///
/// Uncertain ends are written as ranges in parentheses: in `c.(4071+1_4072-1)_(5154+1_5155-1)del`
/// the deletion starts somewhere in `4071+1…4072-1` and ends somewhere in `5154+1…5155-1`.
/// ``start`` and ``end`` then hold the outer bounds (`4071+1`, `5155-1`) and ``startRangeEnd`` and
/// ``endRangeStart`` the inner ones (`4072-1`, `5154+1`), so code that ignores uncertainty sees the
/// largest region the description allows. `c.(?_-1)_(*1_?)del` has unknown outer bounds (`?`).
public struct NucleotideInterval: Hashable, Sendable {
    /// The first position; for an uncertain start `(a_b)`, its outer bound `a`.
    public var start: NucleotidePosition
    /// The last position (equal to ``start`` for a single position); for an uncertain end `(c_d)`, its outer bound `d`.
    public var end: NucleotidePosition
    /// For a start written as a range `(a_b)_…`: the inner bound `b`; nil when the start is exact.
    public var startRangeEnd: NucleotidePosition?
    /// For an end written as a range `…_(c_d)`: the inner bound `c`; nil when the end is exact.
    public var endRangeStart: NucleotidePosition?
    /// True when the whole interval is written in parentheses, `c.(1_10)A>C`: the change lies
    /// somewhere in `start…end`.
    public var isUncertain: Bool

    /// An interval; `end` defaults to `start` (a single position).
    public init(
        start: NucleotidePosition, end: NucleotidePosition? = nil,
        startRangeEnd: NucleotidePosition? = nil, endRangeStart: NucleotidePosition? = nil,
        isUncertain: Bool = false
    ) {
        self.start = start
        self.end = end ?? start
        self.startRangeEnd = startRangeEnd
        self.endRangeStart = endRangeStart
        self.isUncertain = isUncertain
    }

    /// True for a single exact position (`c.235`), false for a range (`c.235_237`) or uncertain ends.
    public var isSinglePosition: Bool { start == end && startRangeEnd == nil && endRangeStart == nil }
}

/// What happens at a nucleotide location. Sequences are upper-case `ACGT` and IUPAC ambiguity
/// codes such as `N` (lower-case `acgu` and codes for `r.`).
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
    /// `[3]` (current HGVS) or `copy3` (Invitae's legacy form): the interval occurs `copies` times
    /// in tandem on the changed allele; `[2]` is a duplication, `[3]` a triplication.
    case repeated(copies: Int)
}

// MARK: - Protein descriptions

/// A residue at a position, such as `Glu79` (`E79`).
public struct ResiduePosition: Hashable, Sendable {
    /// The one-letter amino-acid code (`E`; `*` for a stop, written `*` or `Ter`; `X` for an
    /// unknown residue, written `X` or `Xaa`, as in VEP's `X123_splice`).
    public var aminoAcid: Character
    /// The residue number (1 = the initiating methionine).
    public var position: Int

    /// A residue such as `Glu79`: `ResiduePosition(aminoAcid: "E", position: 79)`.
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
    /// The (first) residue changed.
    public var start: ResiduePosition
    /// The last residue of a range; nil for a single residue.
    public var end: ResiduePosition?
    /// What happens there.
    public var edit: ProteinEdit
    /// True when the change was written in parentheses, e.g. `p.(Glu79Lys)`.
    public var isPredicted: Bool

    /// A change at `start` (through `end` for a range).
    public init(start: ResiduePosition, end: ResiduePosition? = nil, edit: ProteinEdit, isPredicted: Bool = false) {
        self.start = start
        self.end = end
        self.edit = edit
        self.isPredicted = isPredicted
    }
}

/// The number of codons to a new stop (`Ter12`), unknown (`Ter?`) or not given.
///
/// For an N-terminal extension (`Met1ext-5`) the same type counts the residues added before the
/// initiating methionine: `known(5)` for `-5`, `unknown` for `-?`.
public enum StopDistance: Hashable, Sendable {
    /// A written, positive distance (`Ter12`, `*12`, `-5`).
    case known(Int)
    /// Written as `?` (`fsTer?`, `ext*?`).
    case unknown
    /// Nothing written (`fs`, `fsTer`, `ext`).
    case notGiven
}

/// What happens at a protein location. Amino acids are one-letter codes; `*` is a stop.
public enum ProteinEdit: Hashable, Sendable {
    /// `Lys` in `Glu79Lys`; `*`/`Ter`/`X` as the alternate is a nonsense change (stored as `*`);
    /// `?` is an unknown residue (e.g. `Met1?`). A synonymous change written with the same residue
    /// twice (`p.L374L`, older vcf2maf) stays a substitution, as written.
    case substitution(alternate: Character)
    /// `del`
    case deletion
    /// `dup`
    case duplication
    /// `insGly`, `insGlyGlu`: inserted residues (between `start` and `end`); a stop (`*`) may only come last.
    case insertion(inserted: [Character])
    /// `delinsGluGlu`; a stop (`*`) may only come last.
    case deletionInsertion(inserted: [Character])
    /// `fs`, `AlafsTer12`, `fs*?`: a frameshift; `alternate` is the first changed residue when given.
    case frameshift(alternate: Character?, stop: StopDistance)
    /// `Ter606Leuext*5` (C-terminal, `isNTerminal` false: `length` counts codons to the new stop)
    /// or `Met1ext-5` / `Met1Valext-12` (N-terminal: `length` counts the residues added upstream,
    /// stored as a positive number).
    case `extension`(alternate: Character?, isNTerminal: Bool, length: StopDistance)
    /// `Gly31=`: a synonymous change written at a residue.
    case synonymous
}
