import HGVS

/// A parsed variant restated in the oracle's vocabulary (`kind`, `start`/`end`, `ref`, `alt`,
/// `edit`, `predicted`), so the two can be compared field by field.
///
/// The mapping follows `hgvs_oracle.py`: for protein changes `ref` is the first residue and
/// `alt` the new residue(s); the oracle repeats `start` as `end` for a single position; `g.`/`m.`
/// positions carry only `base`.
struct OracleFields {
    var kind: String
    var predicted: Bool
    var start: OracleRecord.Position?
    var end: OracleRecord.Position?
    var ref: String?
    var alt: String?
    var edit: String

    init(_ variant: HGVSVariant) {
        switch variant.description {
        case .nucleotide(let nucleotide): self.init(nucleotide)
        case .protein(let protein): self.init(protein)
        }
    }

    private init(_ variant: NucleotideVariant) {
        kind = variant.coordinateSystem.rawValue
        predicted = variant.isUncertain
        start = Self.position(variant.location.start)
        end = Self.position(variant.location.end)
        switch variant.edit {
        case let .substitution(reference, alternate): (edit, ref, alt) = ("sub", reference, alternate)
        case .deletion(let reference, _): (edit, ref, alt) = ("del", reference, nil)
        case .duplication(let reference): (edit, ref, alt) = ("dup", reference, nil)
        case .insertion(let inserted): (edit, ref, alt) = ("ins", nil, inserted)
        case let .deletionInsertion(reference, inserted): (edit, ref, alt) = ("delins", reference, inserted)
        case .inversion(let reference): (edit, ref, alt) = ("inv", reference, nil)
        case .identity(let reference): (edit, ref, alt) = ("identity", reference, nil)
        case .repeated: (edit, ref, alt) = ("copy", nil, nil)
        }
    }

    private init(_ variant: ProteinVariant) {
        kind = "p"
        switch variant {
        case .noChange(let isPredicted): (edit, predicted) = ("=", isPredicted)
        case .noProtein(let isPredicted): (edit, predicted) = ("0", isPredicted)
        case .unknown: (edit, predicted) = ("?", false)
        case let .spliceSite(position, isPredicted):
            (edit, predicted) = ("splice", isPredicted)
            start = OracleRecord.Position(base: position, offset: nil, datum: nil, aa1: "X")
            end = start
        case .change(let change):
            predicted = change.isPredicted
            start = Self.residue(change.start)
            end = Self.residue(change.end ?? change.start)
            ref = String(change.start.aminoAcid)
            switch change.edit {
            case .substitution(let alternate): (edit, alt) = ("sub", String(alternate))
            case .deletion: (edit, alt) = ("del", nil)
            case .duplication: (edit, alt) = ("dup", nil)
            case .insertion(let inserted): (edit, alt) = ("ins", String(inserted))
            case .deletionInsertion(let inserted): (edit, alt) = ("delins", String(inserted))
            case .frameshift(let alternate, _): (edit, alt) = ("fs", alternate.map { String($0) })
            case .extension(let alternate, _, _): (edit, alt) = ("ext", alternate.map { String($0) })
            case .synonymous: (edit, alt) = ("identity", nil)
            }
        }
    }

    private static func position(_ position: NucleotidePosition) -> OracleRecord.Position {
        let datum: String = switch position.datum {
        case .sequenceStart: "SEQ_START"
        case .cdsStart: "CDS_START"
        case .cdsEnd: "CDS_END"
        }
        return OracleRecord.Position(base: position.base, offset: position.offset, datum: datum, aa1: nil)
    }

    private static func residue(_ residue: ResiduePosition) -> OracleRecord.Position {
        OracleRecord.Position(base: residue.position, offset: nil, datum: nil, aa1: String(residue.aminoAcid))
    }

    /// The names of the fields on which this parse disagrees with the oracle record, comparing
    /// only what the oracle states (it omits `offset`/`datum` for `g.` positions).
    func disagreements(with record: OracleRecord) -> [String] {
        var fields: [String] = []
        if kind != record.kind { fields.append("kind") }
        if predicted != (record.predicted ?? false) { fields.append("predicted") }
        if !Self.matches(start, record.start) { fields.append("start") }
        if !Self.matches(end, record.end) { fields.append("end") }
        if ref != record.ref { fields.append("ref") }
        if alt != record.alt { fields.append("alt") }
        if edit != record.edit { fields.append("edit") }
        return fields
    }

    private static func matches(_ ours: OracleRecord.Position?, _ oracle: OracleRecord.Position?) -> Bool {
        guard let ours, let oracle else { return ours == nil && oracle == nil }
        return ours.base == oracle.base
            && (oracle.offset == nil || ours.offset == oracle.offset)
            && (oracle.datum == nil || ours.datum == oracle.datum)
            && (oracle.aa1 == nil || ours.aa1 == oracle.aa1)
    }
}
