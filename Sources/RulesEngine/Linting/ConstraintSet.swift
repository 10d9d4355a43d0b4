import Knowledgebase

/// What a condition requires of an alteration, as sets of allowed values (`nil` = anything), so that rules
/// can be checked for conditions that can never hold together.
struct ConstraintSet {
    var genes: Set<String>?
    var kinds: Set<String>?
    var consequences: Set<String>?
    var dispositions: Set<String>?
    var oncogenicity: Set<String>?
    var effects: Set<String>?
    var copyNumbers: Set<String>?
    /// Each entry: the alteration must overlap one of these features.
    var regionRequirements: [Set<String>] = []
    var hotspot: Bool?
    var inFrame: Bool?
    var residuesWithin: ClosedRange<Int>?
    var residuesCover: [ClosedRange<Int>] = []
    var exonsLost: Set<Int> = []
    var tumorWithin: Set<String>?
    var tumorGroups: Set<String> = []
    var tumorKnown: Bool?

    /// Consequence terms each alteration kind can carry.
    static let consequencesByKind: [String: Set<String>] = [
        "copy_number": ["transcript_amplification", "transcript_ablation", "copy_number_increase", "copy_number_decrease"],
        "rearrangement": ["exon_loss_variant", "feature_truncation", "structural_variant"],
    ]

    /// The consequence terms an alteration of this kind can carry; short variants carry every term that is not gene-level.
    static func consequences(of kind: String) -> Set<String> {
        if let terms = consequencesByKind[kind] { return terms }
        return RuleVocabulary.consequences.subtracting(consequencesByKind.values.reduce(Set<String>()) { $0.union($1) })
    }

    /// Adds a condition's direct atoms (not its `all`/`any`/`not` parts).
    mutating func add(atomsOf condition: Condition) {
        func intersect(_ current: Set<String>?, _ values: [String]?) -> Set<String>? {
            guard let values else { return current }
            let set = Set(values)
            return current.map { $0.intersection(set) } ?? set
        }
        genes = intersect(genes, condition.gene?.values.map { $0.uppercased() })
        kinds = intersect(kinds, condition.kind?.values)
        consequences = intersect(consequences, condition.consequence?.values)
        dispositions = intersect(dispositions, condition.disposition.map { [$0] })
        oncogenicity = intersect(oncogenicity, condition.oncogenicity?.values)
        effects = intersect(effects, condition.effect?.values)
        copyNumbers = intersect(copyNumbers, condition.copyNumber?.values)
        if let regions = condition.region?.values { regionRequirements.append(Set(regions)) }
        if let value = condition.hotspot {
            if let existing = hotspot, existing != value { conflict = "hotspot must be both true and false" } else { hotspot = value }
        }
        if let value = condition.inFrame {
            if let existing = inFrame, existing != value { conflict = "inFrame must be both true and false" } else { inFrame = value }
        }
        if let bounds = condition.residuesWithin, bounds.count == 2 {
            let range = bounds[0]...bounds[1]
            if let existing = residuesWithin {
                guard existing.overlaps(range) else { conflict = "residuesWithin ranges \(existing) and \(range) do not overlap"; return }
                residuesWithin = max(existing.lowerBound, range.lowerBound)...min(existing.upperBound, range.upperBound)
            } else {
                residuesWithin = range
            }
        }
        if let bounds = condition.residuesCover, bounds.count == 2 { residuesCover.append(bounds[0]...bounds[1]) }
        if let exons = condition.exonsLost { exonsLost.formUnion(exons) }
        if let tumor = condition.tumorType {
            if let codes = tumor.within?.values { tumorWithin = intersect(tumorWithin, codes.map { $0.uppercased() }) }
            if let group = tumor.group { tumorGroups.insert(group) }
            if let known = tumor.known {
                if let existing = tumorKnown, existing != known { conflict = "tumorType.known must be both true and false" } else { tumorKnown = known }
            }
        }
    }

    /// A contradiction found while adding atoms.
    var conflict: String?

    /// Why no alteration can meet these constraints, or nil when one can (as far as the checks go).
    func unsatisfiableReason(knowledgebase: Knowledgebase, decisions: DecisionSpace) -> String? {
        if let conflict { return conflict }
        for (name, set) in [("gene", genes), ("kind", kinds), ("consequence", consequences), ("disposition", dispositions),
                            ("oncogenicity", oncogenicity), ("effect", effects), ("copyNumber", copyNumbers)] {
            if let set, set.isEmpty { return "its \(name) conditions have no value in common" }
        }
        let possibleKinds = kinds ?? RuleVocabulary.kinds
        if copyNumbers != nil, !possibleKinds.contains("copy_number") { return "copyNumber needs kind copy_number" }
        if !exonsLost.isEmpty, !possibleKinds.contains("rearrangement") { return "exonsLost needs kind rearrangement" }
        if let consequences {
            let allowed = possibleKinds.reduce(into: Set<String>()) { $0.formUnion(Self.consequences(of: $1)) }
            if consequences.isDisjoint(with: allowed) {
                return "no consequence among \(consequences.sorted().joined(separator: ", ")) occurs for kind \(possibleKinds.sorted().joined(separator: "/"))"
            }
        }
        let possibleGenes = genes ?? Set(knowledgebase.interpretedGeneSymbols)
        for requirement in regionRequirements {
            let features = requirement.compactMap { knowledgebase.feature($0) }.filter { possibleGenes.contains($0.gene) }
            if features.isEmpty {
                return "none of the regions \(requirement.sorted().joined(separator: ", ")) belongs to gene \(possibleGenes.sorted().joined(separator: "/"))"
            }
            if let within = residuesWithin, !features.contains(where: { $0.range.overlaps(within) }) {
                return "no region of \(requirement.sorted().joined(separator: ", ")) overlaps residues \(within.lowerBound)-\(within.upperBound)"
            }
        }
        if let within = residuesWithin, let cover = residuesCover.first(where: { !within.contains($0.lowerBound) || !within.contains($0.upperBound) }) {
            return "residuesCover \(cover.lowerBound)-\(cover.upperBound) lies outside residuesWithin \(within.lowerBound)-\(within.upperBound)"
        }
        if let within = residuesWithin {
            let lengths = possibleGenes.compactMap { knowledgebase.gene($0)?.proteinLength }
            if !lengths.isEmpty, lengths.allSatisfy({ within.lowerBound > $0 + 1 }) { return "residues \(within.lowerBound)-\(within.upperBound) lie beyond the protein" }
        }
        if tumorKnown == false, tumorWithin != nil || !tumorGroups.isEmpty { return "tumorType.known is false but a tumour type is required" }
        if let within = tumorWithin, !tumorGroups.isEmpty {
            for group in tumorGroups {
                guard let members = knowledgebase.tumorTypes.group(group)?.codes else { continue }
                let compatible = within.contains { code in
                    members.contains { knowledgebase.oncotree.code($0, isWithin: code) || knowledgebase.oncotree.code(code, isWithin: $0) }
                }
                if !compatible { return "no tumour type is both within \(within.sorted().joined(separator: ", ")) and in group \(group)" }
            }
        }
        if let reason = decisions.unreachable(oncogenicity: oncogenicity, effects: effects, genes: possibleGenes) { return reason }
        return nil
    }
}

/// Which oncogenicity and effect values the deciding rules can give each gene.
struct DecisionSpace {
    var oncogenicityByGene: [String: Set<String>] = [:]
    var effectByGene: [String: Set<String>] = [:]

    init(ruleSet: RuleSet, knowledgebase: Knowledgebase) {
        for rule in ruleSet.rules where ruleSet.topicOfRule[rule.id] == RuleSet.decidingTopic {
            let genes = rule.when.gene.map { Set($0.values.map { $0.uppercased() }) } ?? Set(knowledgebase.interpretedGeneSymbols)
            for gene in genes {
                if let value = rule.then.oncogenicity { oncogenicityByGene[gene, default: []].insert(value) }
                if let value = rule.then.effect { effectByGene[gene, default: []].insert(value) }
            }
        }
    }

    func unreachable(oncogenicity: Set<String>?, effects: Set<String>?, genes: Set<String>) -> String? {
        if let effects, !genes.contains(where: { !(effectByGene[$0] ?? []).isDisjoint(with: effects) }) {
            return "no oncogenicity rule gives gene \(genes.sorted().joined(separator: "/")) the effect \(effects.sorted().joined(separator: "/"))"
        }
        if let oncogenicity, !genes.contains(where: { !(oncogenicityByGene[$0] ?? []).isDisjoint(with: oncogenicity) }) {
            return "no oncogenicity rule gives gene \(genes.sorted().joined(separator: "/")) the call \(oncogenicity.sorted().joined(separator: "/"))"
        }
        return nil
    }
}
