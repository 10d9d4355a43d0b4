import HGVS

extension NormalizedAlteration {
    /// Records a protein change as reports write it, without the parentheses of a prediction: `hgvsp`
    /// (three-letter), `hgvspShort` (one-letter), the residues it affects and, for a substitution, the new
    /// residue. `referenceResidues` is left to the caller, which knows whether a reference sequence exists.
    mutating func record(protein: ProteinVariant) {
        let observed = protein.withoutPrediction
        hgvsp = HGVSFormatter.canonical.string(for: .protein(observed))
        hgvspShort = HGVSFormatter.oneLetter.string(for: .protein(observed))
        switch observed {
        case .change(let change):
            proteinStart = change.start.position
            proteinEnd = change.end?.position ?? change.start.position
            if case .substitution(let alternate) = change.edit { alternateResidues = String(alternate) }
        case .spliceSite(let position, _):
            proteinStart = position
            proteinEnd = position
        case .noChange, .noProtein, .unknown:
            break
        }
    }
}
