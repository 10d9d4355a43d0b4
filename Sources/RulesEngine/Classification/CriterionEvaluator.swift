import Knowledgebase
import KnowledgeLookup

/// Tests a ``CriterionCondition`` against one alteration, collecting the facts that made it hold.
struct CriterionEvaluator {
    let annotated: AnnotatedAlteration
    let facts: AlterationFacts
    let context: ReportContext
    let criteria: ClassificationCriteria
    let knowledgebase: Knowledgebase
    /// Classifies another substitution at the same residue (for `residueClassifiedAs`); nil inside such a
    /// classification, so that it does not recurse.
    let classifySibling: ((AnnotatedAlteration) -> OncogenicityClassification)?

    struct Result {
        var holds: Bool
        var facts: [String] = []
        var sources: [CriterionSource] = []
        var failure: String?

        static func fail(_ reason: String) -> Result { Result(holds: false, failure: reason) }
    }

    func evaluate(_ condition: CriterionCondition) -> Result {
        var result = Result(holds: true)
        for test in tests(of: condition) {
            let outcome = test()
            guard outcome.holds else { return outcome }
            result.facts += outcome.facts
            result.sources += outcome.sources
        }
        return result
    }

    private func tests(of condition: CriterionCondition) -> [() -> Result] {
        var tests: [() -> Result] = []
        if let alteration = condition.alteration {
            tests.append {
                let outcome = ConditionEvaluator(facts: facts, context: context).evaluate(alteration)
                return outcome.holds ? Result(holds: true) : .fail(outcome.failure ?? "the alteration does not match")
            }
        }
        if let roles = condition.geneRole?.values { tests.append { geneRole(roles) } }
        if let mechanisms = condition.nullVariant?.values { tests.append { nullVariant(mechanisms) } }
        if let decay = condition.decay { tests.append { self.decay(decay) } }
        if let features = condition.removesFeature?.values { tests.append { removes(features) } }
        if let bound = condition.removedFraction { tests.append { removedFraction(bound) } }
        if let expected = condition.alternativeStart { tests.append { alternativeStart(expected) } }
        if let expected = condition.skippingInFrame { tests.append { skippingInFrame(expected) } }
        if let effects = condition.functional?.values { tests.append { functional(effects) } }
        if let bound = condition.hotspotPositionCount { tests.append { hotspotCount(bound, change: false) } }
        if let bound = condition.hotspotChangeCount { tests.append { hotspotCount(bound, change: true) } }
        if let classes = condition.residueClassifiedAs?.values { tests.append { residueClassified(classes) } }
        if let any = condition.any {
            tests.append {
                var failures: [String] = []
                for nested in any {
                    let outcome = evaluate(nested)
                    if outcome.holds { return outcome }
                    failures.append(outcome.failure ?? "failed")
                }
                return .fail("none of: \(failures.joined(separator: "; "))")
            }
        }
        if let negated = condition.not?.values {
            tests.append {
                for nested in negated where evaluate(nested).holds { return .fail("an excluded condition holds") }
                return Result(holds: true)
            }
        }
        return tests
    }

    // MARK: - Gene and null variants

    private func geneRole(_ roles: [String]) -> Result {
        guard let role = annotated.geneRole, roles.contains(role) else {
            return .fail("\(facts.gene) is not a \(roles.joined(separator: " or ")) in the knowledgebase (role: \(annotated.geneRole ?? "none"))")
        }
        let article = role.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        return Result(holds: true, facts: ["\(facts.gene) is \(article) \(role.replacingOccurrences(of: "_", with: " ")) (knowledgebase gene role)"])
    }

    private func nullVariant(_ mechanisms: [String]) -> Result {
        guard let null = annotated.nullVariant, mechanisms.contains(null.mechanism.rawValue) else {
            return .fail("not a predicted null change of type \(mechanisms.joined(separator: "/"))")
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
            let exon = null.skippedExon.map(String.init) ?? "?"
            return "canonical splice change predicted to skip exon \(exon) " + (null.skippingInFrame == true ? "in frame" : "out of frame")
        case .deletion:
            return "deletion of the gene"
        }
    }

    private func decay(_ expected: String) -> Result {
        guard let null = annotated.nullVariant, null.exonOfStop != nil else {
            return .fail("decay: no premature stop could be placed on the transcript")
        }
        let rule = criteria.nonsenseMediatedDecay
        let escapes: Bool
        let why: String
        if null.stopInLastExon {
            escapes = rule.escapesInLastExon
            why = "the stop lies in the last exon (exon \(null.lastExon ?? 0))"
        } else if let upstream = null.nucleotidesUpstreamOfLastJunction {
            escapes = upstream <= rule.escapesWithinNucleotidesOfLastJunction
            why = "the stop lies \(upstream) nt upstream of the last exon–exon junction (decay is predicted beyond \(rule.escapesWithinNucleotidesOfLastJunction) nt)"
        } else {
            return .fail("decay: the stop's distance to the last exon–exon junction is unknown")
        }
        let state = escapes ? "escapes" : "predicted"
        guard state == expected else { return .fail("nonsense-mediated decay \(escapes ? "is not predicted" : "is predicted"): \(why)") }
        return Result(
            holds: true, facts: ["nonsense-mediated decay \(escapes ? "not predicted" : "predicted"): \(why)"], sources: [rule.source])
    }

    private func removes(_ featureIDs: [String]) -> Result {
        guard let null = annotated.nullVariant, let residues = null.affectedResidues else {
            return .fail("removesFeature: no removed residues")
        }
        let hit = featureIDs.filter(null.affectedFeatures.contains)
        guard !hit.isEmpty else {
            return .fail("residues \(residues.lowerBound)-\(residues.upperBound) removed touch none of \(featureIDs.joined(separator: ", "))")
        }
        let labels = hit.compactMap { id in knowledgebase.feature(id).map { "\($0.label.en) (\($0.start)-\($0.end))" } }
        return Result(holds: true, facts: ["residues \(residues.lowerBound)-\(residues.upperBound) removed or replaced, including \(labels.joined(separator: ", "))"])
    }

    private func removedFraction(_ bound: Bound) -> Result {
        guard let null = annotated.nullVariant, let fraction = null.affectedFraction, let residues = null.affectedResidues else {
            return .fail("removedFraction: no removed residues")
        }
        let percent = (fraction * 1000).rounded() / 10
        let text = "\(residues.count) of \(knowledgebase.gene(facts.gene)?.proteinLength ?? 0) residues (\(Bound.number(percent))%) removed or replaced"
        return bound.holds(fraction) ? Result(holds: true, facts: [text]) : .fail("\(text); needs \(bound.text) of the protein")
    }

    private func alternativeStart(_ expected: Bool) -> Result {
        guard let null = annotated.nullVariant, null.mechanism == .startLoss else { return .fail("alternativeStart: not a start loss") }
        let has = null.alternativeStartCodon != nil
        let text = null.alternativeStartCodon.map { "an in-frame ATG lies downstream at codon \($0)" } ?? "no in-frame ATG lies downstream"
        return has == expected ? Result(holds: true, facts: [text]) : .fail(text)
    }

    private func skippingInFrame(_ expected: Bool) -> Result {
        guard let null = annotated.nullVariant, null.mechanism == .canonicalSplice, let inFrame = null.skippingInFrame else {
            return .fail("skippingInFrame: not a canonical splice change with a predicted exon skipping")
        }
        return inFrame == expected ? Result(holds: true, facts: [describe(null)]) : .fail(describe(null))
    }

    // MARK: - Functional studies and hotspots

    private func functional(_ effects: [String]) -> Result {
        let matching = annotated.functional.filter { effects.contains($0.result.effect) }
        guard !matching.isEmpty else {
            let found = annotated.functional.map { "\($0.study.id): \($0.result.effect)" }
            return .fail(found.isEmpty
                ? "no verified functional study of \(annotated.alteration.hgvspShort ?? "this change") is held"
                : "functional studies report \(found.joined(separator: ", ")), not \(effects.joined(separator: "/"))")
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
            return .fail("no Cancer Hotspots row (\(criteria.hotspotDatasets.joined(separator: ", "))) lists this residue for this kind of change")
        }
        let what = change ? "with \(annotated.alteration.hgvspShort ?? "this change")" : "with a mutation at \(row.residue)"
        let count = change ? (row.variantCount ?? 0) : (row.tumorCount ?? 0)
        let dataset = knowledgebase.hotspots.datasets[row.dataset]
        let text = "Cancer Hotspots \(row.dataset) (\(dataset?.pmid.map { "PMID \($0)" } ?? row.citation)): \(count) tumours \(what)"
        guard bound.holds(Double(count)) else { return .fail("\(text); needs \(bound.text)") }
        return Result(holds: true, facts: [text], sources: [CriterionSource(citation: CriterionSource.hotspotDatasetPrefix + row.dataset, locator: "residue \(row.residue)")])
    }

    private func residueClassified(_ classes: [String]) -> Result {
        guard let classifySibling else { return .fail("residueClassifiedAs: not assessed within another residue's classification") }
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
        return .fail(checked.isEmpty
            ? "no other substitution at this residue has functional or hotspot evidence held"
            : "other substitutions at this residue: \(checked.joined(separator: ", "))")
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
