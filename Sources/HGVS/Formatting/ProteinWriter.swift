/// Writes protein descriptions (without `p.`) in three- or one-letter style.
struct ProteinWriter {
    let style: AminoAcidStyle

    func string(for variant: ProteinVariant) -> String {
        switch variant {
        case .noChange(let isPredicted): isPredicted ? "(=)" : "="
        case .noProtein(let isPredicted): isPredicted ? "0?" : "0"
        case .unknown: "?"
        case let .spliceSite(position, isPredicted): predicted("X\(position)_splice", isPredicted)
        case .change(let change): predicted(string(for: change), change.isPredicted)
        }
    }

    private func predicted(_ text: String, _ isPredicted: Bool) -> String {
        isPredicted ? "(\(text))" : text
    }

    private func string(for change: ProteinChange) -> String {
        var text = residue(change.start)
        if let end = change.end { text += "_" + residue(end) }
        switch change.edit {
        case .substitution(let alternate):
            text += alternate == change.start.aminoAcid ? "=" : aminoAcid(alternate)
        case .deletion: text += "del"
        case .duplication: text += "dup"
        case .insertion(let inserted): text += "ins" + inserted.map(aminoAcid).joined()
        case .deletionInsertion(let inserted): text += "delins" + inserted.map(aminoAcid).joined()
        case let .frameshift(alternate, stop):
            text += (alternate.map(aminoAcid) ?? "") + "fs" + stopDistance(stop)
        case let .extension(alternate, isNTerminal, length):
            text += (alternate.map(aminoAcid) ?? "") + "ext"
            text += isNTerminal ? upstreamLength(length) : stopDistance(length)
        case .synonymous: text += "="
        }
        return text
    }

    private func residue(_ residue: ResiduePosition) -> String {
        aminoAcid(residue.aminoAcid) + String(residue.position)
    }

    private func aminoAcid(_ code: Character) -> String {
        guard style == .threeLetter, code != "?" else { return String(code) }
        return AminoAcidCode.threeLetterCode(for: code) ?? String(code)
    }

    private func stopDistance(_ distance: StopDistance) -> String {
        switch distance {
        case .known(let codons): aminoAcid("*") + String(codons)
        case .unknown: aminoAcid("*") + "?"
        case .notGiven: ""
        }
    }

    private func upstreamLength(_ length: StopDistance) -> String {
        switch length {
        case .known(let residues): "-\(residues)"
        case .unknown: "-?"
        case .notGiven: ""
        }
    }
}
