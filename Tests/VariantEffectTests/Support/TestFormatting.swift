import HGVS

/// Test-side writing of predictions: protein changes through the HGVS module's formatter (tested on its own
/// against biocommons and hand-written forms in HGVSTests), and `c.` descriptions in Ensembl VEP's style,
/// which the HGVS module does not write.
enum TestFormatting {
    /// A `c.` description in Ensembl VEP's style, which spells deleted and duplicated bases
    /// (`c.145delG`, `c.82_84dupATA`). The bases come from the variant, which this module fills in
    /// from the model's CDS — so equality with VEP's string also checks VEP's bases against the model.
    static func vepCoding(_ variant: NucleotideVariant) -> String {
        HGVSFormatter.canonical.string(for: variant.location, in: .coding) + edit(variant.edit)
    }

    /// A `c.` description in current HGVS style (`c.145del`, `c.82_84dup`).
    static func hgvsCoding(_ variant: NucleotideVariant) -> String {
        HGVSFormatter.canonical.string(for: .nucleotide(variant))
    }

    /// The protein change as `HGVSp_Short` in a MAF: one-letter codes, `*` for stop (`p.E79K`); empty for none.
    static func shortProtein(_ protein: ProteinVariant?) -> String {
        protein.map { HGVSFormatter.oneLetter.string(for: .protein($0)) } ?? ""
    }

    /// The protein change with three-letter codes, as HGVS writes it (`p.(Gly333AlafsTer12)`); empty for none.
    static func longProtein(_ protein: ProteinVariant?) -> String {
        protein.map { HGVSFormatter.canonical.string(for: .protein($0)) } ?? ""
    }

    private static func edit(_ edit: NucleotideEdit) -> String {
        switch edit {
        case .substitution(let reference, let alternate): return "\(reference)>\(alternate)"
        case .deletion(let reference, _): return "del" + (reference ?? "")
        case .duplication(let reference): return "dup" + (reference ?? "")
        case .insertion(let inserted): return "ins" + inserted
        case .deletionInsertion(_, let inserted): return "delins" + inserted
        case .inversion(let reference): return "inv" + (reference ?? "")
        case .identity(let reference): return (reference ?? "") + "="
        case .repeated(let copies): return "[\(copies)]"
        }
    }
}
