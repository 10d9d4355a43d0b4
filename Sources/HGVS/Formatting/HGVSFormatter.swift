/// How amino acids are written in protein descriptions.
public enum AminoAcidStyle: Hashable, Sendable {
    /// `p.Glu79Lys`, `p.Arg320Ter`, `p.Gly333AlafsTer12`: current HGVS.
    case threeLetter
    /// `p.E79K`, `p.R320*`, `p.G333Afs*12`: the short form of clinical reports and MAF files.
    /// An unknown new residue (`Xaa`) comes out as `X`, which reads back as a stop.
    case oneLetter
}

/// Writes ``HGVSVariant`` values as text.
///
/// Output follows current HGVS: three-letter amino acids (or one-letter with ``AminoAcidStyle/oneLetter``),
/// deleted and duplicated bases not spelled out (`c.145del`, `c.603dup`), inserted bases spelled
/// (`c.76_77insT`, `c.112_117delinsTG`), a multi-base substitution written as `delins`, a
/// synonymous change as `=` (`p.Leu374=`), a tandem repeat as `[3]`. Formatting a parsed
/// canonical string gives back the same string.
public struct HGVSFormatter: Hashable, Sendable {
    /// How amino acids are written.
    public var aminoAcidStyle: AminoAcidStyle
    /// Whether the accession and gene prefix (`NM_203500.2(KEAP1):`) is written.
    public var includesReference: Bool

    /// A formatter; by default three-letter amino acids with the reference prefix.
    public init(aminoAcidStyle: AminoAcidStyle = .threeLetter, includesReference: Bool = true) {
        self.aminoAcidStyle = aminoAcidStyle
        self.includesReference = includesReference
    }

    /// Current HGVS with three-letter amino acids, reference prefix included.
    public static let canonical = HGVSFormatter()
    /// One-letter amino acids, as in MAF `HGVSp_Short` and clinical reports (`p.E79K`).
    public static let oneLetter = HGVSFormatter(aminoAcidStyle: .oneLetter)

    /// The whole variant, with its reference prefix when ``includesReference`` is set.
    public func string(for variant: HGVSVariant) -> String {
        guard includesReference else { return string(for: variant.description) }
        var prefix = ""
        switch (variant.accession, variant.gene) {
        case let (accession?, gene?): prefix = "\(accession)(\(gene)):"
        case let (accession?, nil): prefix = "\(accession):"
        case let (nil, gene?): prefix = "\(gene):"
        case (nil, nil): break
        }
        return prefix + string(for: variant.description)
    }

    /// The description alone, starting with its coordinate type (`c.`, `p.`).
    public func string(for description: VariantDescription) -> String {
        switch description {
        case .nucleotide(let variant): NucleotideWriter.string(for: variant)
        case .protein(let variant): "p." + ProteinWriter(style: aminoAcidStyle).string(for: variant)
        }
    }

    /// A nucleotide location alone, with its coordinate type: `c.235_237`, `c.1000+1`, `c.88-?`,
    /// `c.(4071+1_4072-1)_(5154+1_5155-1)`.
    public func string(for location: NucleotideInterval, in system: CoordinateSystem) -> String {
        system.rawValue + "." + NucleotideWriter.location(location)
    }
}

extension HGVSVariant {
    /// This variant as text; canonical HGVS unless another formatter is given.
    public func formatted(_ formatter: HGVSFormatter = .canonical) -> String {
        formatter.string(for: self)
    }
}
