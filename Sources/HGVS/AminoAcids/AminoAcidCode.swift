/// One- and three-letter amino-acid codes as HGVS writes them.
///
/// Covers the 20 standard residues, selenocysteine (`Sec`/`U`), the ambiguity codes `Asx`/`B`,
/// `Glx`/`Z` and `Xaa`/`X` (unknown), and the stop `Ter`/`*`. Pyrrolysine (`Pyl`/`O`) is left out,
/// as biocommons' grammar leaves it out: it does not occur in human proteins.
public enum AminoAcidCode {
    /// The three-letter code for a one-letter code (`E` → `Glu`, `*` → `Ter`), or nil if unknown.
    public static func threeLetterCode(for oneLetter: Character) -> String? {
        guard let ascii = oneLetter.asciiValue, let index = oneLetterIndex(ascii) else { return nil }
        return threeLetterCodes[index]
    }

    /// The one-letter code for a three-letter code (`Glu` → `E`, `Ter` → `*`), or nil if unknown.
    /// Case matters: `Glu`, not `GLU` or `glu`.
    public static func oneLetterCode(for threeLetter: some StringProtocol) -> Character? {
        let bytes = Array(threeLetter.utf8)
        guard bytes.count == 3 else { return nil }
        return oneLetterCode(bytes[0], bytes[1], bytes[2]).map { Character(Unicode.Scalar($0)) }
    }

    /// True for a one-letter code HGVS accepts for a residue (not `*`).
    static func isResidueLetter(_ byte: UInt8) -> Bool {
        byte != UInt8(ascii: "*") && oneLetterIndex(byte) != nil
    }

    /// The one-letter code (as an ASCII byte) for three ASCII bytes, or nil.
    static func oneLetterCode(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> UInt8? {
        for (index, code) in threeLetterBytes.enumerated()
        where code.0 == first && code.1 == second && code.2 == third {
            return oneLetterBytes[index]
        }
        return nil
    }

    private static func oneLetterIndex(_ byte: UInt8) -> Int? {
        oneLetterBytes.firstIndex(of: byte)
    }

    private static let oneLetterBytes: [UInt8] = Array("ARNDCQEGHILKMFPSTWYVUBZX*".utf8)
    private static let threeLetterCodes: [String] = [
        "Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met",
        "Phe", "Pro", "Ser", "Thr", "Trp", "Tyr", "Val", "Sec", "Asx", "Glx", "Xaa", "Ter",
    ]
    private static let threeLetterBytes: [(UInt8, UInt8, UInt8)] = threeLetterCodes.map {
        let bytes = Array($0.utf8)
        return (bytes[0], bytes[1], bytes[2])
    }
}
