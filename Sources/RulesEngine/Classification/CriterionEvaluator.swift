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

    init(
        annotated: AnnotatedAlteration, facts: AlterationFacts, context: ReportContext, criteria: ClassificationCriteria,
        knowledgebase: Knowledgebase, classifySibling: ((AnnotatedAlteration) -> OncogenicityClassification)?
    ) {
        self.annotated = annotated
        self.facts = facts
        self.context = context
        self.criteria = criteria
        self.knowledgebase = knowledgebase
        self.classifySibling = classifySibling
        conditions = ConditionEvaluator(facts: facts, context: context)
        roleFact = annotated.geneRole.map { "\(facts.gene) is \(Self.article(Self.roleName($0).en)) (knowledgebase gene role)" }
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

        static func fail(en: String, ja: String) -> Result { Result(holds: false, failure: LocalizedText(en: en, ja: ja)) }

        static func otherGene(en: String, ja: String) -> Result {
            Result(holds: false, failure: LocalizedText(en: en, ja: ja), concernsOtherGene: true)
        }

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
            return .fail(en: "an excluded condition holds", ja: "除外条件に該当する")
        }
        return result
    }

    private func matches(_ alteration: Condition) -> Result {
        if let genes = alteration.gene?.values, !genes.contains(where: { Self.sameGene($0, facts.gene) }) {
            let names = genes.joined(separator: ", ")
            return .otherGene(en: "applies to \(names) only", ja: "\(names)にのみ適用")
        }
        let outcome = conditions.evaluate(alteration)
        guard !outcome.holds else { return Result(holds: true) }
        let detail = outcome.failure ?? "the alteration does not match"
        return .fail(en: "the change does not match (\(detail))", ja: "この変化は条件に当てはまらない（\(detail)）")
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
            failures.append(outcome.failure ?? LocalizedText(en: "failed", ja: "不成立"))
        }
        return .fail(
            en: "none of: \(failures.map(\.en).joined(separator: "; "))",
            ja: "いずれも該当しない: \(failures.map(\.ja).joined(separator: "；"))")
    }

    // MARK: - Gene and null variants

    private func geneRole(_ roles: [String]) -> Result {
        guard let role = annotated.geneRole, roles.contains(role), let roleFact else {
            let held = annotated.geneRole.map(Self.roleName) ?? LocalizedText(en: "no role", ja: "役割なし")
            return .otherGene(
                en: "applies to \(roles.map { Self.article(Self.roleName($0).en) }.joined(separator: " or ")) only; \(facts.gene) is \(Self.article(held.en)) in the knowledgebase",
                ja: "\(roles.map { Self.roleName($0).ja }.joined(separator: "または"))にのみ適用（知識ベースでは \(facts.gene) は\(held.ja)）")
        }
        return Result(holds: true, facts: [roleFact])
    }

    private static func roleName(_ role: String) -> LocalizedText {
        switch role {
        case "tumor_suppressor": LocalizedText(en: "tumour suppressor", ja: "がん抑制遺伝子")
        case "oncogene": LocalizedText(en: "oncogene", ja: "がん遺伝子")
        default: LocalizedText(en: role.replacingOccurrences(of: "_", with: " "), ja: role)
        }
    }

    private static func article(_ noun: String) -> String {
        (noun.first.map { "aeiou".contains($0) } == true ? "an " : "a ") + noun
    }

    private func nullVariant(_ mechanisms: [String]) -> Result {
        guard let null = annotated.nullVariant, mechanisms.contains(null.mechanism.rawValue) else {
            let change = annotated.alteration.hgvspShort ?? annotated.alteration.hgvsc ?? "the change"
            guard let null = annotated.nullVariant else {
                return .fail(
                    en: "\(change) is not a predicted null change (premature stop, canonical ±1/2 splice site, start loss or gene deletion)",
                    ja: "\(change) は機能喪失型（早期終止、±1/2 のカノニカルスプライス部位、開始コドン喪失、遺伝子欠失）と予測される変化ではない")
            }
            return .fail(
                en: "\(change) is a predicted null change of another type (\(null.mechanism.rawValue))",
                ja: "\(change) は別の種類の機能喪失型変化（\(null.mechanism.rawValue)）")
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
            return .fail(en: "decay: no premature stop could be placed on the transcript", ja: "NMD: 転写産物上に早期終止を置けない")
        }
        let rule = criteria.nonsenseMediatedDecay
        let escapes: Bool
        let why: LocalizedText
        if null.stopInLastExon {
            escapes = rule.escapesInLastExon
            why = LocalizedText(
                en: "the stop lies in the last exon (exon \(null.lastExon ?? 0))", ja: "終止は最終エクソン（エクソン \(null.lastExon ?? 0)）にある")
        } else if let upstream = null.nucleotidesUpstreamOfLastJunction {
            let limit = rule.escapesWithinNucleotidesOfLastJunction
            escapes = upstream <= limit
            why = LocalizedText(
                en: "the stop lies \(upstream) nt upstream of the last exon–exon junction (decay is predicted beyond \(limit) nt)",
                ja: "終止は最後のエクソン–エクソン接合部の \(upstream) nt 上流にある（\(limit) nt を超えると NMD が予測される）")
        } else {
            return .fail(
                en: "decay: the stop's distance to the last exon–exon junction is unknown",
                ja: "NMD: 終止から最後のエクソン–エクソン接合部までの距離が不明")
        }
        let state = escapes ? "escapes" : "predicted"
        guard state == expected else {
            return .fail(
                en: "nonsense-mediated decay \(escapes ? "is not predicted" : "is predicted"): \(why.en)",
                ja: "NMD \(escapes ? "は予測されない" : "が予測される"): \(why.ja)")
        }
        return Result(
            holds: true, facts: ["nonsense-mediated decay \(escapes ? "not predicted" : "predicted"): \(why.en)"], sources: [rule.source])
    }

    private func removes(_ featureIDs: [String]) -> Result {
        guard let null = annotated.nullVariant, let residues = null.affectedResidues else {
            return .fail(en: "removesFeature: no removed residues", ja: "失われる残基がない")
        }
        let hit = featureIDs.filter(null.affectedFeatures.contains)
        guard !hit.isEmpty else {
            let range = "\(residues.lowerBound)-\(residues.upperBound)"
            let names = featureIDs.map { id in knowledgebase.feature(id).map { "\($0.label.en) (\($0.start)-\($0.end))" } ?? id }
                .joined(separator: ", ")
            return .fail(
                en: "the residues removed or replaced (\(range)) lie outside \(names)",
                ja: "失われる・置き換わる残基（\(range)）は \(names) の外にある")
        }
        let labels = hit.compactMap { id in knowledgebase.feature(id).map { "\($0.label.en) (\($0.start)-\($0.end))" } }
        return Result(holds: true, facts: ["residues \(residues.lowerBound)-\(residues.upperBound) removed or replaced, including \(labels.joined(separator: ", "))"])
    }

    private func removedFraction(_ bound: Bound) -> Result {
        guard let null = annotated.nullVariant, let fraction = null.affectedFraction, let residues = null.affectedResidues else {
            return .fail(en: "removedFraction: no removed residues", ja: "失われる残基がない")
        }
        let percent = Bound.number((fraction * 1000).rounded() / 10)
        let length = knowledgebase.gene(facts.gene)?.proteinLength ?? 0
        let text = "\(residues.count) of \(length) residues (\(percent)%) removed or replaced"
        guard bound.holds(fraction) else {
            return .fail(
                en: "\(text); needs \(bound.text) of the protein",
                ja: "\(length) 残基中 \(residues.count) 残基（\(percent)%）が失われる・置き換わる。基準はタンパク質の \(bound.textJa)")
        }
        return Result(holds: true, facts: [text])
    }

    private func alternativeStart(_ expected: Bool) -> Result {
        guard let null = annotated.nullVariant, null.mechanism == .startLoss else {
            return .fail(en: "alternativeStart: not a start loss", ja: "開始コドン喪失ではない")
        }
        let has = null.alternativeStartCodon != nil
        let text = null.alternativeStartCodon.map { "an in-frame ATG lies downstream at codon \($0)" } ?? "no in-frame ATG lies downstream"
        guard has == expected else {
            let ja = null.alternativeStartCodon.map { "下流のコドン \($0) にインフレームの ATG がある" } ?? "下流にインフレームの ATG がない"
            return .fail(en: text, ja: ja)
        }
        return Result(holds: true, facts: [text])
    }

    private func skippingInFrame(_ expected: Bool) -> Result {
        guard let null = annotated.nullVariant, null.mechanism == .canonicalSplice, let inFrame = null.skippingInFrame else {
            return .fail(
                en: "skippingInFrame: not a canonical splice change with a predicted exon skipping",
                ja: "エクソンスキッピングが予測されるカノニカルスプライス部位の変化ではない")
        }
        guard inFrame == expected else {
            let exon = null.skippedExon.map(String.init) ?? "?"
            return .fail(en: describe(null), ja: "エクソン \(exon) の\(inFrame ? "インフレーム" : "フレームシフトを伴う")スキッピングが予測される")
        }
        return Result(holds: true, facts: [describe(null)])
    }

    // MARK: - Functional studies and hotspots

    private func functional(_ effects: [String]) -> Result {
        let matching = annotated.functional.filter { effects.contains($0.result.effect) }
        guard !matching.isEmpty else {
            let found = annotated.functional.map { "\($0.study.id): \($0.result.effect)" }.joined(separator: ", ")
            let change = annotated.alteration.hgvspShort ?? "this change"
            guard !found.isEmpty else {
                return .fail(
                    en: "no verified functional study of \(change) is held",
                    ja: "\(change) の検証済み機能解析を保持していない")
            }
            let wanted = effects.joined(separator: "/")
            return .fail(
                en: "functional studies report \(found), not \(wanted)",
                ja: "機能解析の結果は \(found) であり、\(wanted) ではない")
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
            let datasets = criteria.hotspotDatasets.joined(separator: ", ")
            return .fail(
                en: "no Cancer Hotspots row (\(datasets)) lists this residue for this kind of change",
                ja: "この残基・この種類の変化を載せる Cancer Hotspots の行（\(datasets)）がない")
        }
        let what = change ? "with \(annotated.alteration.hgvspShort ?? "this change")" : "with a mutation at \(row.residue)"
        let count = change ? (row.variantCount ?? 0) : (row.tumorCount ?? 0)
        let dataset = knowledgebase.hotspots.datasets[row.dataset]
        let label = "Cancer Hotspots \(row.dataset) (\(dataset?.pmid.map { "PMID \($0)" } ?? row.citation))"
        let text = "\(label): \(count) tumours \(what)"
        guard bound.holds(Double(count)) else {
            let whatJa = change ? "\(annotated.alteration.hgvspShort ?? "この変化") をもつ腫瘍" : "\(row.residue) に変異をもつ腫瘍"
            return .fail(en: "\(text); needs \(bound.text)", ja: "\(label): \(whatJa) \(count) 例。基準は \(bound.textJa)")
        }
        return Result(holds: true, facts: [text], sources: [CriterionSource(citation: CriterionSource.hotspotDatasetPrefix + row.dataset, locator: "residue \(row.residue)")])
    }

    private func residueClassified(_ classes: [String]) -> Result {
        guard let classifySibling else {
            return .fail(
                en: "residueClassifiedAs: not assessed within another residue's classification",
                ja: "別の変化の分類の中では評価しない")
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
            return .fail(
                en: "no other substitution at this residue has functional or hotspot evidence held",
                ja: "この残基の他の置換について機能解析やホットスポットの根拠を保持していない")
        }
        let list = checked.joined(separator: ", ")
        return .fail(en: "other substitutions at this residue: \(list)", ja: "この残基の他の置換: \(list)")
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
