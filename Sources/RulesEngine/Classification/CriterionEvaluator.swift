import Knowledgebase
import KnowledgeLookup

/// Tests a ``CriterionCondition`` against one alteration, collecting the facts that made it hold.
///
/// The tests run in place, one `if` per key, rather than as a list of closures built per condition (each of which
/// copied the evaluator, with the alteration and the criteria it holds), and one ``ConditionEvaluator`` serves
/// every `alteration` test; classification went from 7.1% to 2.6% of the samples of `annotate-rate` (perf,
/// FoundationOne samples).
struct CriterionEvaluator {
    let annotated: AnnotatedAlteration
    let facts: AlterationFacts
    let context: ReportContext
    let criteria: ClassificationCriteria
    let knowledgebase: Knowledgebase
    /// Classifies another substitution at the same residue (for `residueClassifiedAs`); nil inside such a
    /// classification, so that it does not recurse.
    let classifySibling: ((AnnotatedAlteration) -> OncogenicityClassification)?
    /// Tests the `alteration` conditions.
    private let conditions: ConditionEvaluator
    /// What a `geneRole` test that holds says, written once per alteration rather than for each code that tests it.
    private let roleFact: String?
    /// The wording of the reasons.
    private let texts: ClassificationTexts

    init(
        annotated: AnnotatedAlteration, facts: AlterationFacts, context: ReportContext, criteria: ClassificationCriteria,
        knowledgebase: Knowledgebase, texts: ClassificationTexts, classifySibling: ((AnnotatedAlteration) -> OncogenicityClassification)?
    ) {
        self.annotated = annotated
        self.facts = facts
        self.context = context
        self.criteria = criteria
        self.knowledgebase = knowledgebase
        self.classifySibling = classifySibling
        conditions = ConditionEvaluator(facts: facts, context: context)
        self.texts = texts
        roleFact = annotated.geneRole.map { "\(facts.gene) is \(texts.role($0).en) (knowledgebase gene role)" }
    }

    struct Result {
        var holds: Bool
        var facts: [String] = []
        var sources: [CriterionSource] = []
        /// Why the condition failed, in the output languages.
        var failure: LocalizedText?
        /// The failure only says that the condition is written for another gene or gene role, which a reader
        /// does not need when another application of the same code failed for a reason about this change.
        var concernsOtherGene = false

        /// Adds the facts and sources of a test that held and returns true; takes the outcome of one that failed
        /// and returns false.
        mutating func include(_ outcome: Result) -> Bool {
            guard outcome.holds else {
                self = outcome
                return false
            }
            facts += outcome.facts
            sources += outcome.sources
            return true
        }
    }

    /// Whether failed tests say why: not inside another residue's classification (the one without a sibling
    /// classifier), whose reasons are never shown (writing them took a fifth of annotating the bundled examples).
    private var explains: Bool { classifySibling != nil }

    /// A failed test, with its reason when the classification is explained.
    private func fail(_ reason: @autoclosure () -> LocalizedText) -> Result {
        Result(holds: false, failure: explains ? reason() : nil)
    }

    /// A test written for another gene or gene role, with its reason when the classification is explained.
    private func otherGene(_ reason: @autoclosure () -> LocalizedText) -> Result {
        Result(holds: false, failure: explains ? reason() : nil, concernsOtherGene: true)
    }

    /// Every key given must hold; they are tested in a fixed order so that the reported failure is deterministic,
    /// and the first that fails decides.
    func evaluate(_ condition: CriterionCondition) -> Result {
        var result = Result(holds: true)
        if let alteration = condition.alteration, !result.include(matches(alteration)) { return result }
        if let roles = condition.geneRole?.values, !result.include(geneRole(roles)) { return result }
        if let mechanisms = condition.nullVariant?.values, !result.include(nullVariant(mechanisms)) { return result }
        if let decay = condition.decay, !result.include(self.decay(decay)) { return result }
        if let features = condition.removesFeature?.values, !result.include(removes(features)) { return result }
        if let bound = condition.removedFraction, !result.include(removedFraction(bound)) { return result }
        if let expected = condition.alternativeStart, !result.include(alternativeStart(expected)) { return result }
        if let expected = condition.skippingInFrame, !result.include(skippingInFrame(expected)) { return result }
        if let effects = condition.functional?.values, !result.include(functional(effects)) { return result }
        if let bound = condition.hotspotPositionCount, !result.include(hotspotCount(bound, change: false)) { return result }
        if let bound = condition.hotspotChangeCount, !result.include(hotspotCount(bound, change: true)) { return result }
        if let classes = condition.residueClassifiedAs?.values, !result.include(residueClassified(classes)) { return result }
        if let any = condition.any, !result.include(firstHolding(any)) { return result }
        if let negated = condition.not?.values, negated.contains(where: { evaluate($0).holds }) {
            return fail(texts.reason(.excludedConditionHolds))
        }
        return result
    }

    private func matches(_ alteration: Condition) -> Result {
        if let genes = alteration.gene?.values, !genes.contains(where: { Self.sameGene($0, facts.gene) }) {
            return otherGene(texts.reason(.appliesToGenesOnly, ["genes": genes.joined(separator: ", ")]))
        }
        let outcome = conditions.evaluate(alteration)
        guard !outcome.holds else { return Result(holds: true) }
        let detail = outcome.failure ?? "the alteration does not match"
        return fail(texts.reason(.changeDoesNotMatch, ["detail": detail]))
    }

    /// Gene symbols compared as `caseInsensitiveCompare` compares them, without Foundation's comparison for ASCII
    /// symbols (see ``Swift/String/asciiEqualIgnoringCase(_:_:)``).
    private static func sameGene(_ lhs: String, _ rhs: String) -> Bool {
        String.asciiEqualIgnoringCase(lhs, rhs) ?? (lhs.caseInsensitiveCompare(rhs) == .orderedSame)
    }

    /// The first of `conditions` that holds, or why none does.
    private func firstHolding(_ conditions: [CriterionCondition]) -> Result {
        var failures: [LocalizedText] = []
        for nested in conditions {
            let outcome = evaluate(nested)
            if outcome.holds { return outcome }
            if explains { failures.append(outcome.failure ?? texts.reason(.failed)) }
        }
        return fail(texts.reason(.noneOf, localized: ["reasons": texts.joinedReasons(failures)]))
    }

    // MARK: - Gene and null variants

    private func geneRole(_ roles: [String]) -> Result {
        guard let role = annotated.geneRole, roles.contains(role), let roleFact else {
            let values = ["roles": texts.roles(roles), "gene": Self.plain(facts.gene)]
            guard let held = annotated.geneRole.map(texts.role) else {
                return otherGene(texts.reason(.appliesToRolesOnlyNoRole, localized: values))
            }
            return otherGene(texts.reason(.appliesToRolesOnly, localized: values.merging(["role": held]) { $1 }))
        }
        return Result(holds: true, facts: [roleFact])
    }

    /// Text from the data (a gene symbol, an HGVS description), written the same in every language.
    private static func plain(_ text: String) -> LocalizedText { LocalizedText(en: text, ja: text) }

    /// The change's protein description, or "this change".
    private func changeName(orCoding: Bool = false) -> LocalizedText {
        let name = orCoding ? annotated.alteration.hgvspShort ?? annotated.alteration.hgvsc : annotated.alteration.hgvspShort
        return name.map(Self.plain) ?? texts.thisChange
    }

    private func nullVariant(_ mechanisms: [String]) -> Result {
        guard let null = annotated.nullVariant, mechanisms.contains(null.mechanism.rawValue) else {
            let change = changeName(orCoding: true)
            guard let null = annotated.nullVariant else {
                return fail(texts.reason(.notNullChange, localized: ["change": change]))
            }
            return fail(texts.reason(.otherNullChange, localized: ["change": change, "mechanism": Self.plain(null.mechanism.rawValue)]))
        }
        return Result(holds: true, facts: [describe(null)])
    }

    private func describe(_ null: NullVariantAssessment) -> String {
        switch null.mechanism {
        case .prematureStop:
            return "premature stop at codon \(null.stopCodon.map(String.init) ?? "unknown")"
                + (null.exonOfStop.map { " in exon \($0) of \(null.lastExon ?? $0)" } ?? "")
        case .startLoss:
            return "start codon lost" + (null.alternativeStartCodon.map { "; next in-frame ATG at codon \($0)" } ?? "; no in-frame ATG downstream")
        case .canonicalSplice:
            return skipping(null).en
        case .deletion:
            return "deletion of the gene"
        }
    }

    private func decay(_ expected: String) -> Result {
        guard let null = annotated.nullVariant, null.exonOfStop != nil else {
            return fail(texts.reason(.decayNoStop))
        }
        let rule = criteria.nonsenseMediatedDecay
        let escapes: Bool
        let why: LocalizedText
        if null.stopInLastExon {
            escapes = rule.escapesInLastExon
            why = texts.fact(.stopInLastExon, ["exon": String(null.lastExon ?? 0)])
        } else if let upstream = null.nucleotidesUpstreamOfLastJunction {
            let limit = rule.escapesWithinNucleotidesOfLastJunction
            escapes = upstream <= limit
            why = texts.fact(.stopUpstreamOfJunction, ["distance": String(upstream), "limit": String(limit)])
        } else {
            return fail(texts.reason(.decayDistanceUnknown))
        }
        let state = escapes ? "escapes" : "predicted"
        guard state == expected else {
            return fail(texts.reason(escapes ? .decayNotPredicted : .decayPredicted, localized: ["why": why]))
        }
        return Result(
            holds: true, facts: ["nonsense-mediated decay \(escapes ? "not predicted" : "predicted"): \(why.en)"], sources: [rule.source])
    }

    private func removes(_ featureIDs: [String]) -> Result {
        guard let null = annotated.nullVariant, let residues = null.affectedResidues else {
            return fail(texts.reason(.noRemovedResidues))
        }
        let hit = featureIDs.filter(null.affectedFeatures.contains)
        guard !hit.isEmpty else {
            let range = "\(residues.lowerBound)-\(residues.upperBound)"
            let names = featureIDs.map { id in knowledgebase.feature(id).map { "\($0.label.en) (\($0.start)-\($0.end))" } ?? id }
                .joined(separator: ", ")
            return fail(texts.reason(.outsideFeatures, ["range": range, "features": names]))
        }
        let labels = hit.compactMap { id in knowledgebase.feature(id).map { "\($0.label.en) (\($0.start)-\($0.end))" } }
        return Result(holds: true, facts: ["residues \(residues.lowerBound)-\(residues.upperBound) removed or replaced, including \(labels.joined(separator: ", "))"])
    }

    private func removedFraction(_ bound: Bound) -> Result {
        guard let null = annotated.nullVariant, let fraction = null.affectedFraction, let residues = null.affectedResidues else {
            return fail(texts.reason(.noRemovedFraction))
        }
        let percent = Bound.number((fraction * 1000).rounded() / 10)
        let length = knowledgebase.gene(facts.gene)?.proteinLength ?? 0
        let text = "\(residues.count) of \(length) residues (\(percent)%) removed or replaced"
        guard bound.holds(fraction) else {
            return fail(texts.reason(.removedFraction, localized: [
                "removed": Self.plain(String(residues.count)), "length": Self.plain(String(length)), "percent": Self.plain(percent),
                "bound": texts.bound(bound),
            ]))
        }
        return Result(holds: true, facts: [text])
    }

    private func alternativeStart(_ expected: Bool) -> Result {
        guard let null = annotated.nullVariant, null.mechanism == .startLoss else {
            return fail(texts.reason(.notStartLoss))
        }
        let has = null.alternativeStartCodon != nil
        let text = null.alternativeStartCodon.map { texts.fact(.atgDownstream, ["codon": String($0)]) } ?? texts.fact(.noAtgDownstream)
        guard has == expected else { return fail(text) }
        return Result(holds: true, facts: [text.en])
    }

    private func skippingInFrame(_ expected: Bool) -> Result {
        guard let null = annotated.nullVariant, null.mechanism == .canonicalSplice, let inFrame = null.skippingInFrame else {
            return fail(texts.reason(.notSkipping))
        }
        guard inFrame == expected else { return fail(skipping(null)) }
        return Result(holds: true, facts: [describe(null)])
    }

    /// The exon a canonical splice change is predicted to skip, and whether in frame.
    private func skipping(_ null: NullVariantAssessment) -> LocalizedText {
        texts.fact(null.skippingInFrame == true ? .skippingInFrame : .skippingOutOfFrame, ["exon": null.skippedExon.map(String.init) ?? "?"])
    }

    // MARK: - Functional studies and hotspots

    private func functional(_ effects: [String]) -> Result {
        let matching = annotated.functional.filter { effects.contains($0.result.effect) }
        guard !matching.isEmpty else {
            let found = annotated.functional.map { "\($0.study.id): \($0.result.effect)" }.joined(separator: ", ")
            guard !found.isEmpty else {
                return fail(texts.reason(.noFunctionalStudy, localized: ["change": changeName()]))
            }
            return fail(texts.reason(.otherFunctionalEffect, ["found": found, "wanted": effects.joined(separator: "/")]))
        }
        return Result(
            holds: true,
            facts: matching.map { "\(citationLabel($0.study.citation)) (\($0.study.locator)): \($0.result.variant) \($0.result.effect.replacingOccurrences(of: "_", with: " ")) — \($0.result.detail)" },
            sources: matching.map { CriterionSource(citation: $0.study.citation, locator: $0.study.locator) })
    }

    private func citationLabel(_ id: String) -> String {
        guard let citation = knowledgebase.evidence.citations[id] else { return id }
        let author = citation.authors?.split(separator: ",").first.map { String($0).split(separator: " ").first.map(String.init) ?? "" } ?? id
        let reference = [citation.pmid.map { "PMID \($0)" }, citation.doi.map { "doi:\($0)" }].compactMap { $0 }.first ?? ""
        return "\(author) \(citation.year.map(String.init) ?? "")\(reference.isEmpty ? "" : ", \(reference)")"
    }

    /// The hotspot row the counting codes read: a row of a counted type (`hotspotRowTypes`) of the first dataset
    /// in `hotspotDatasets` that lists the residue.
    private func hotspotRow() -> HotspotMatch? {
        for dataset in criteria.hotspotDatasets {
            let rowTypes = criteria.hotspotRowTypes
            if let row = annotated.hotspot.matches.first(where: { $0.dataset == dataset && rowTypes.contains($0.type) }) { return row }
        }
        return nil
    }

    private func hotspotCount(_ bound: Bound, change: Bool) -> Result {
        guard let row = hotspotRow() else {
            return fail(texts.reason(.noHotspotRow, ["datasets": criteria.hotspotDatasets.joined(separator: ", ")]))
        }
        let what = change ? "with \(changeName().en)" : "with a mutation at \(row.residue)"
        let count = change ? (row.variantCount ?? 0) : (row.tumorCount ?? 0)
        let dataset = knowledgebase.hotspots.datasets[row.dataset]
        let label = "Cancer Hotspots \(row.dataset) (\(dataset?.pmid.map { "PMID \($0)" } ?? row.citation))"
        let text = "\(label): \(count) tumours \(what)"
        guard bound.holds(Double(count)) else {
            return fail(texts.reason(change ? .hotspotChangeCount : .hotspotPositionCount, localized: [
                "dataset": Self.plain(label), "count": Self.plain(String(count)), "change": changeName(), "residue": Self.plain(row.residue),
                "bound": texts.bound(bound),
            ]))
        }
        return Result(holds: true, facts: [text], sources: [CriterionSource(citation: CriterionSource.hotspotDatasetPrefix + row.dataset, locator: "residue \(row.residue)")])
    }

    private func residueClassified(_ classes: [String]) -> Result {
        guard let classifySibling else {
            return fail(texts.reason(.residueNotAssessed))
        }
        var checked: [String] = []
        for sibling in siblings() {
            let classification = classifySibling(sibling)
            let name = sibling.alteration.hgvspShort ?? "?"
            if classes.contains(classification.class) {
                return Result(holds: true, facts: [
                    "\(name) at the same residue is classified \(classification.class) by this standard (\(classification.codeList)); the standard also asks that this change's amino-acid difference be at least as large, which is not assessed here",
                ])
            }
            checked.append("\(name): \(classification.class)")
        }
        guard !checked.isEmpty else {
            return fail(texts.reason(.noOtherSubstitution))
        }
        return fail(texts.reason(.otherSubstitutions, ["list": checked.joined(separator: ", ")]))
    }

    /// The other substitutions at this residue that the knowledgebase holds evidence for (functional studies,
    /// hotspot counts), each as this alteration with that new residue and its own evidence.
    private func siblings() -> [AnnotatedAlteration] {
        guard let position = annotated.alteration.proteinStart, let own = annotated.alteration.alternateResidues,
              let reference = annotated.alteration.referenceResidues else { return [] }
        var alternates = Set(annotated.functionalAtResidue.map { String($0.alternate) })
        for row in annotated.hotspot.matches where criteria.hotspotRowTypes.contains(row.type) {
            alternates.formUnion(row.variantCounts.keys.filter { $0.count == 1 && $0 != "*" })
        }
        alternates.remove(own)
        return alternates.sorted().map { alternate in
            var sibling = annotated
            sibling.alteration.alternateResidues = alternate
            sibling.alteration.hgvspShort = "p.\(reference)\(position)\(alternate)"
            sibling.functional = annotated.functionalAtResidue.filter { String($0.alternate) == alternate }
            sibling.functionalAtResidue = []
            sibling.hotspot.matches = annotated.hotspot.matches.map { row in
                var row = row
                row.variantCount = row.variantCounts[alternate]
                return row
            }
            return sibling
        }
    }
}
