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

    /// What a condition's direct atoms require (not its `all`/`any`/`not` parts, which ``merged(with:)`` combines).
    init(atomsOf condition: Condition) {
        genes = condition.gene.map { Set($0.values.map { $0.uppercased() }) }
        kinds = condition.kind.map { Set($0.values) }
        consequences = condition.consequence.map { Set($0.values) }
        dispositions = condition.disposition.map { [$0] }
        oncogenicity = condition.oncogenicity.map { Set($0.values) }
        effects = condition.effect.map { Set($0.values) }
        copyNumbers = condition.copyNumber.map { Set($0.values) }
        if let regions = condition.region?.values { regionRequirements = [Set(regions)] }
        hotspot = condition.hotspot
        inFrame = condition.inFrame
        if let bounds = condition.residuesWithin, bounds.count == 2 { residuesWithin = bounds[0]...bounds[1] }
        if let bounds = condition.residuesCover, bounds.count == 2 { residuesCover = [bounds[0]...bounds[1]] }
        exonsLost = Set(condition.exonsLost ?? [])
        tumorWithin = condition.tumorType?.within.map { Set($0.values.map { $0.uppercased() }) }
        tumorGroups = Set(condition.tumorType?.group.map { [$0] } ?? [])
        tumorKnown = condition.tumorType?.known
    }

    /// What an alteration must meet to satisfy both constraint sets.
    func merged(with other: ConstraintSet) -> ConstraintSet {
        var merged = self
        func intersect(_ a: Set<String>?, _ b: Set<String>?) -> Set<String>? {
            switch (a, b) {
            case let (a?, b?): return a.intersection(b)
            case let (a?, nil): return a
            case let (nil, b?): return b
            case (nil, nil): return nil
            }
        }
        merged.genes = intersect(genes, other.genes)
        merged.kinds = intersect(kinds, other.kinds)
        merged.consequences = intersect(consequences, other.consequences)
        merged.dispositions = intersect(dispositions, other.dispositions)
        merged.oncogenicity = intersect(oncogenicity, other.oncogenicity)
        merged.effects = intersect(effects, other.effects)
        merged.copyNumbers = intersect(copyNumbers, other.copyNumbers)
        merged.tumorWithin = intersect(tumorWithin, other.tumorWithin)
        merged.regionRequirements += other.regionRequirements
        merged.residuesCover += other.residuesCover
        merged.exonsLost.formUnion(other.exonsLost)
        merged.tumorGroups.formUnion(other.tumorGroups)
        merged.conflict = conflict ?? other.conflict
        for (mine, theirs, name) in [(hotspot, other.hotspot, "hotspot"), (inFrame, other.inFrame, "inFrame"), (tumorKnown, other.tumorKnown, "tumorType.known")] {
            if let mine, let theirs, mine != theirs { merged.conflict = merged.conflict ?? "\(name) must be both true and false" }
        }
        merged.hotspot = hotspot ?? other.hotspot
        merged.inFrame = inFrame ?? other.inFrame
        merged.tumorKnown = tumorKnown ?? other.tumorKnown
        switch (residuesWithin, other.residuesWithin) {
        case let (a?, b?):
            if a.overlaps(b) {
                merged.residuesWithin = max(a.lowerBound, b.lowerBound)...min(a.upperBound, b.upperBound)
            } else {
                merged.conflict = merged.conflict ?? "residuesWithin ranges do not overlap"
            }
        default:
            merged.residuesWithin = residuesWithin ?? other.residuesWithin
        }
        return merged
    }

    /// A contradiction found while merging constraint sets.
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
