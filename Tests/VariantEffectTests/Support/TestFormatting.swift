import HGVS

/// A small test-only HGVS formatter (the product formatter belongs to the HGVS module).
enum TestFormatting {
    /// A `c.` description in Ensembl VEP's style, which spells deleted and duplicated bases
    /// (`c.145delG`, `c.82_84dupATA`). The bases come from the variant, which this module fills in
    /// from the model's CDS — so equality with VEP's string also checks VEP's bases against the model.
    static func vepCoding(_ variant: NucleotideVariant) -> String {
        "c." + interval(variant.location) + edit(variant.edit, spellingBases: true)
    }

    /// A `c.` description in current HGVS style (`c.145del`, `c.82_84dup`).
    static func hgvsCoding(_ variant: NucleotideVariant) -> String {
        "c." + interval(variant.location) + edit(variant.edit, spellingBases: false)
    }

    /// The protein change as `HGVSp_Short` in a MAF: one-letter codes, `*` for stop, no parentheses.
    static func shortProtein(_ protein: ProteinVariant?) -> String {
        protein.map { format($0, residue: { String($0) }, stop: "*") } ?? ""
    }

    /// The protein change with three-letter codes, as HGVS writes it (`p.(Gly333AlafsTer12)`).
    static func longProtein(_ protein: ProteinVariant?) -> String {
        protein.map { format($0, residue: threeLetter, stop: "Ter") } ?? ""
    }

    private static func interval(_ interval: NucleotideInterval) -> String {
        interval.isSinglePosition ? position(interval.start) : position(interval.start) + "_" + position(interval.end)
    }

    private static func position(_ position: NucleotidePosition) -> String {
        let base = position.base.map(String.init) ?? "?"
        let prefix = position.datum == .cdsEnd ? "*" : ""
        switch position.offset {
        case .none: return prefix + base + "+?"
        case .some(0): return prefix + base
        case .some(let offset): return prefix + base + (offset > 0 ? "+\(offset)" : "\(offset)")
        }
    }

    private static func edit(_ edit: NucleotideEdit, spellingBases: Bool) -> String {
        func spelled(_ bases: String?) -> String { spellingBases ? (bases ?? "") : "" }
        switch edit {
        case .substitution(let reference, let alternate): return "\(reference)>\(alternate)"
        case .deletion(let reference, _): return "del" + spelled(reference)
        case .duplication(let reference): return "dup" + spelled(reference)
        case .insertion(let inserted): return "ins" + inserted
        case .deletionInsertion(_, let inserted): return "delins" + inserted
        case .inversion(let reference): return "inv" + spelled(reference)
        case .identity(let reference): return (reference ?? "") + "="
        case .repeated(let copies): return "[\(copies)]"
        }
    }

    private static func format(_ protein: ProteinVariant, residue: (Character) -> String, stop: String) -> String {
        func aa(_ character: Character) -> String { character == "*" ? stop : residue(character) }
        func at(_ position: ResiduePosition) -> String { aa(position.aminoAcid) + String(position.position) }
        func distance(_ distance: StopDistance) -> String {
            switch distance {
            case .known(let count): return stop + String(count)
            case .unknown: return stop + "?"
            case .notGiven: return ""
            }
        }
        switch protein {
        case .noChange(let predicted): return predicted ? "p.(=)" : "p.="
        case .noProtein(let predicted): return predicted ? "p.0?" : "p.0"
        case .unknown: return "p.?"
        case .spliceSite(let position, _): return "p.X\(position)_splice"
        case .change(let change):
            var text = at(change.start) + (change.end.map { "_" + at($0) } ?? "")
            switch change.edit {
            case .substitution(let alternate): text += alternate == "?" ? "?" : aa(alternate)
            case .deletion: text += "del"
            case .duplication: text += "dup"
            case .insertion(let inserted): text += "ins" + inserted.map(aa).joined()
            case .deletionInsertion(let inserted): text += "delins" + inserted.map(aa).joined()
            case .frameshift(let alternate, let stopDistance):
                text += (alternate.map(aa) ?? "") + "fs" + distance(stopDistance)
            case .extension(let alternate, _, let length):
                text += (alternate.map(aa) ?? "") + "ext" + distance(length)
            case .synonymous: text += "="
            }
            return change.isPredicted ? "p.(" + text + ")" : "p." + text
        }
    }

    private static func threeLetter(_ code: Character) -> String {
        let names: [Character: String] = [
            "A": "Ala", "R": "Arg", "N": "Asn", "D": "Asp", "C": "Cys", "Q": "Gln", "E": "Glu", "G": "Gly",
            "H": "His", "I": "Ile", "L": "Leu", "K": "Lys", "M": "Met", "F": "Phe", "P": "Pro", "S": "Ser",
            "T": "Thr", "W": "Trp", "Y": "Tyr", "V": "Val", "X": "Xaa",
        ]
        return names[code] ?? String(code)
    }
}
