import Annotator
import Knowledgebase
import KnowledgeLookup
import Normalization
import ReportModel
import RulesEngine

/// Classifies cohort changes with the annotator's own normalisation and knowledge lookup (the same
/// `Normalizer` and `KnowledgeLookup` that `keapnrf lookup` uses), caching each (gene, change).
///
/// A change is `DLG`/`ETGE` when its annotation's features or hotspot region include that motif; a KEAP1
/// change is `truncating` when one of its consequences is a loss of function as the rule set defines it
/// (`lossOfFunction` in `rules/ruleset.yaml`, the definition the rules' `coAltered` conditions use), and
/// `hotspot_missense` when it is a missense change at a hotspot (`knowledgebase/hotspot-matching.yaml`).
public struct AlterationClassifier: Sendable {
    private let knowledgebase: Knowledgebase
    private let truncatingConsequences: Set<String>
    private let normalizer: Normalizer
    private let lookup: KnowledgeLookup
    private var cache: [String: ClassifiedChange] = [:]

    /// Creates a classifier over a loaded knowledgebase and rule set.
    public init(resources: AnnotationResources) {
        knowledgebase = resources.knowledgebase
        truncatingConsequences = Set(resources.ruleSet.lossOfFunction.consequences)
        normalizer = Normalizer(knowledgebase: knowledgebase)
        lookup = KnowledgeLookup(knowledgebase: knowledgebase)
    }

    /// Checks that the annotator interprets every gene (KEAP1, NFE2L2 and the pathway genes).
    public func checkSupported(_ genes: [String]) throws(CohortAnalysisError) {
        let supported = knowledgebase.interpretedGeneSymbols
        for gene in genes where !supported.contains(gene.uppercased()) {
            throw .unsupportedGene(gene, supported: supported)
        }
    }

    /// The classification of one change (a protein or coding change in any spelling `keapnrf lookup` reads).
    public mutating func classify(gene: String, change: String) -> ClassifiedChange {
        let key = gene + "\t" + change
        if let known = cache[key] { return known }
        let classified = compute(gene: gene, change: change)
        cache[key] = classified
        return classified
    }

    private func compute(gene: String, change: String) -> ClassifiedChange {
        let isCoding = Normalizer.looksLikeCodingDNA(change)
        let variant = ShortVariant(
            gene: gene, hgvsc: isCoding ? change : nil, hgvsp: isCoding ? nil : change,
            location: SourceLocation("cohort table"))
        guard let normalized = normalizer.normalize(PatientReport(shortVariants: [variant])).inScope.first else {
            return .uninterpretable(gene: gene, source: change, reason: "gene_not_interpreted")
        }
        guard normalized.disposition == .interpreted else {
            return .uninterpretable(gene: gene, source: change, reason: normalized.reason ?? "uninterpretable")
        }
        let annotated = lookup.annotate(normalized)
        return ClassifiedChange(
            gene: gene, source: change, classes: classes(of: annotated), proteinChange: normalized.hgvspShort,
            consequence: normalized.consequence, residue: normalized.proteinStart,
            referenceResidue: normalized.referenceResidues.flatMap { $0.first.map(String.init) }, reason: nil)
    }

    /// The classes of an interpretable annotated change.
    private func classes(of annotated: AnnotatedAlteration) -> Set<AlterationClass> {
        let consequences = Set(annotated.alteration.consequences)
        switch annotated.alteration.gene.uppercased() {
        case "NFE2L2":
            let regions = Set(annotated.featureIDs + [annotated.hotspot.region].compactMap { $0 })
            var classes: Set<AlterationClass> = []
            if regions.contains("DLG") { classes.insert(.dlg) }
            if regions.contains("ETGE") { classes.insert(.etge) }
            return classes.isEmpty ? [.other] : classes
        case "KEAP1":
            if !consequences.isDisjoint(with: truncatingConsequences) { return [.truncating] }
            if annotated.hotspot.isHotspot, consequences.contains("missense_variant") { return [.hotspotMissense] }
            return [.other]
        default:
            return consequences.isDisjoint(with: truncatingConsequences) ? [.other] : [.truncating]
        }
    }
}
