/// The alteration classes the C-CAT study reports by gene: NFE2L2 changes in the DLG or ETGE
/// KEAP1-binding motif or elsewhere; KEAP1 truncating, hotspot missense or other changes. Changes the
/// annotator cannot interpret are counted as `uninterpretable`, never dropped.
public enum AlterationClass: String, Sendable, Codable, CaseIterable, Comparable {
    /// NFE2L2: the change touches the DLG motif (residues 29-31).
    case dlg = "DLG"
    /// NFE2L2: the change touches the ETGE motif (residues 79-82).
    case etge = "ETGE"
    /// KEAP1: a consequence the rule set counts as a loss of function (`lossOfFunction` in `rules/ruleset.yaml`:
    /// stop gained, frameshift, splice site or start lost).
    case truncating
    /// KEAP1: a missense change that a verified Cancer Hotspots dataset lists.
    case hotspotMissense = "hotspot_missense"
    /// Any other interpretable change.
    case other
    /// The annotator could not interpret the change (unparseable, reference mismatch, unknown transcript,
    /// or no change given for a mutated gene).
    case uninterpretable

    /// The classes reported for a gene, in report order.
    public static func classes(of gene: String) -> [AlterationClass] {
        switch gene.uppercased() {
        case "NFE2L2": return [.dlg, .etge, .other, .uninterpretable]
        case "KEAP1": return [.truncating, .hotspotMissense, .other, .uninterpretable]
        default: return [.truncating, .other, .uninterpretable]
        }
    }

    /// Declaration order.
    public static func < (lhs: AlterationClass, rhs: AlterationClass) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
