/// The order in which a report shows an alteration's statements: grouped by how the evidence's tumour type
/// relates to the patient's (the patient's own type, pan-cancer, other tumour types), then by kind.
/// Evidence numbers follow this order.
enum StatementGrouping {
    /// A group of statements by tumour-type relation.
    enum Group: String, CaseIterable {
        case patient
        case panCancer = "pan-cancer"
        case other

        /// The group a statement belongs to: evidence that applies to the patient's tumour type (its code, an
        /// ancestor or a tumour group, ``TumorTypeMatchLevel/appliesToPatient``) is the patient's own;
        /// pan-cancer evidence is its own group; a narrower or unrelated tumour type, or an unknown patient type,
        /// is other.
        init(_ match: TumorTypeMatchLevel) {
            if match.appliesToPatient {
                self = .patient
            } else {
                self = match == .panCancer ? .panCancer : .other
            }
        }
    }

    /// A kind of statement.
    enum Kind: String, CaseIterable {
        case prognosis
        case therapy
        case frequency
        case trial

        /// Prognosis and therapy statements carry evidence levels (and are shown as a table).
        var hasLevels: Bool { self == .prognosis || self == .therapy }

        func statements(of entry: AlterationInterpretation) -> [Statement] {
            switch self {
            case .prognosis: return entry.prognosis
            case .therapy: return entry.therapyResistance
            case .frequency: return entry.frequencies
            case .trial: return entry.trials
            }
        }
    }

    /// The statements of one alteration in display order: non-empty groups (of `groups`), each with its non-empty kinds.
    static func grouped(
        _ entry: AlterationInterpretation, groups: [Group] = Group.allCases, kinds: [Kind] = Kind.allCases
    ) -> [(group: Group, kinds: [(kind: Kind, statements: [Statement])])] {
        groups.compactMap { group in
            let kinds = kinds.compactMap { kind -> (kind: Kind, statements: [Statement])? in
                let statements = kind.statements(of: entry).filter { Group($0.tumorTypeMatch) == group }
                return statements.isEmpty ? nil : (kind, statements)
            }
            return kinds.isEmpty ? nil : (group, kinds)
        }
    }

    /// Evidence ids in the order the page first cites them: statements in display order, then each
    /// alteration's oncogenicity evidence, then any other cited item by id.
    static func evidenceOrder(_ interpretation: Interpretation, groups: [Group] = Group.allCases) -> [String] {
        var order: [String] = []
        var seen = Set<String>()
        func add(_ ids: [String]) {
            for id in ids where interpretation.evidence[id] != nil && seen.insert(id).inserted { order.append(id) }
        }
        for entry in interpretation.alterations {
            for (_, kinds) in grouped(entry, groups: groups) {
                for (_, statements) in kinds { statements.forEach { add($0.evidence) } }
            }
        }
        interpretation.alterations.forEach { add($0.outcome.supportingEvidence) }
        add(interpretation.evidence.keys.sorted())
        return order
    }
}
