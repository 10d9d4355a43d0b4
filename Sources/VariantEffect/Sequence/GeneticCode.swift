/// The standard genetic code (NCBI translation table 1), used to translate coding sequences.
public enum GeneticCode {
    /// One-letter amino acids for the 64 codons, first base varying slowest, each base in the order T, C, A, G.
    private static let table: [UInt8] = Array("FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG".utf8)

    /// The ASCII byte for a stop codon in translations: `*`.
    public static let stop = UInt8(ascii: "*")
    /// The ASCII byte used when a codon holds a base other than A, C, G or T: `X`.
    public static let unknown = UInt8(ascii: "X")

    /// The one-letter amino acid (ASCII) that a codon of upper-case bases encodes: `*` for a stop codon,
    /// `X` when any base is not A, C, G or T.
    public static func aminoAcid(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> UInt8 {
        guard let a = index(of: first), let b = index(of: second), let c = index(of: third) else { return unknown }
        return table[a * 16 + b * 4 + c]
    }

    /// Translates `bases` codon by codon from its first base. A trailing partial codon is ignored.
    /// With `stoppingAtFirstStop`, translation ends after the first stop codon, which is included as `*`.
    public static func translate<C: Collection<UInt8>>(_ bases: C, stoppingAtFirstStop: Bool = false) -> [UInt8] {
        var residues: [UInt8] = []
        residues.reserveCapacity(bases.count / 3)
        var index = bases.startIndex
        while bases.distance(from: index, to: bases.endIndex) >= 3 {
            let second = bases.index(after: index)
            let third = bases.index(after: second)
            let residue = aminoAcid(bases[index], bases[second], bases[third])
            residues.append(residue)
            if stoppingAtFirstStop && residue == stop { break }
            index = bases.index(after: third)
        }
        return residues
    }

    private static func index(of base: UInt8) -> Int? {
        switch base {
        case Nucleotides.thymine: return 0
        case Nucleotides.cytosine: return 1
        case Nucleotides.adenine: return 2
        case Nucleotides.guanine: return 3
        default: return nil
        }
    }
}
