import Knowledgebase
import KnowledgeLookup

/// Classifies an alteration by the evidence codes of a ``ClassificationCriteria`` file: each code is met by
/// the first of its applications whose condition holds, codes excluded by a met code are not counted, and the
/// class is the one whose point range holds the total.
public struct OncogenicityClassifier: Sendable {
    public let criteria: ClassificationCriteria
    public let knowledgebase: Knowledgebase

    /// The wording of the reasons a code is not met.
    private let texts: ClassificationTexts
    /// The reason of a code not met in a classification that is not shown.
    private static let unexplained = LocalizedText(en: "", ja: "")

    public init(criteria: ClassificationCriteria, knowledgebase: Knowledgebase) {
        self.criteria = criteria
        self.knowledgebase = knowledgebase
        texts = ClassificationTexts(catalog: knowledgebase.texts)
    }

    /// The classification of one interpretable alteration.
    public func classify(_ annotated: AnnotatedAlteration, facts: AlterationFacts, context: ReportContext) -> OncogenicityClassification {
        classify(annotated, facts: facts, context: context, assessingResidue: true)
    }

    private func classify(
        _ annotated: AnnotatedAlteration, facts: AlterationFacts, context: ReportContext, assessingResidue: Bool
    ) -> OncogenicityClassification {
        let sibling: ((AnnotatedAlteration) -> OncogenicityClassification)? = assessingResidue
            ? { other in self.classify(other, facts: facts, context: context, assessingResidue: false) } : nil
        let evaluator = CriterionEvaluator(
            annotated: annotated, facts: facts, context: context, criteria: criteria, knowledgebase: knowledgebase, texts: texts,
            classifySibling: sibling)

        var met: [MetCode] = []
        var notMet: [UnmetCode] = []
        var notAssessable: [UnmetCode] = []
        for code in criteria.codes {
            if let reason = code.notAssessable {
                notAssessable.append(UnmetCode(code: code.code, points: code.points, reason: reason))
                continue
            }
            var failures: [CriterionEvaluator.Result] = []
            var applied: MetCode?
            let applications = code.met ?? []
            // By index, so that an application that does not hold is read in place rather than copied whole.
            for index in applications.indices {
                let result = evaluator.evaluate(applications[index].when)
                guard result.holds else {
                    failures.append(result)
                    continue
                }
                let application = applications[index]
                applied = MetCode(
                    code: code.code, direction: code.direction, strength: application.strength ?? code.strength,
                    points: application.points ?? code.points, criterion: code.criterion, because: application.because, facts: result.facts,
                    sources: Self.distinct([application.source ?? code.source] + result.sources))
                break
            }
            if let applied {
                met.append(applied)
            } else {
                // Another residue's classification is read only for its class and codes met, so its reasons are not written.
                notMet.append(UnmetCode(code: code.code, points: code.points, reason: assessingResidue ? reason(failures) : Self.unexplained))
            }
        }
        // A met code that the standard says is not combined with another met code is not counted.
        let excluded = Dictionary(met.flatMap { code in (criteria.codes.first { $0.code == code.code }?.excludes ?? []).map { ($0, code.code) } },
                                  uniquingKeysWith: { first, _ in first })
        let counted = met.filter { excluded[$0.code] == nil }
        for code in met where excluded[code.code] != nil {
            let by = excluded[code.code] ?? ""
            notMet.append(UnmetCode(
                code: code.code, points: code.points,
                reason: assessingResidue ? texts.reason(.notCountedWith, ["code": by]) : Self.unexplained))
        }
        let total = counted.reduce(0) { $0 + $1.points }
        let name = criteria.classes.first { $0.contains(total) }?.class ?? "VUS"
        return OncogenicityClassification(
            frameworkID: criteria.framework.id, frameworkName: criteria.framework.name, citation: criteria.framework.citation,
            locator: criteria.framework.locator, met: counted, notMet: notMet, notAssessable: notAssessable, total: total, class: name)
    }

    /// Why no application of a code held: each distinct reason once, leaving out "written for another gene"
    /// reasons when an application for this gene failed on something about the change itself.
    private func reason(_ failures: [CriterionEvaluator.Result]) -> LocalizedText {
        let anyAboutThisChange = failures.contains { !$0.concernsOtherGene }
        // A code has a few applications: a linear search for repeats costs less than hashing the reasons into a set.
        var reasons: [LocalizedText] = []
        for failure in failures where !(anyAboutThisChange && failure.concernsOtherGene) {
            guard let reason = failure.failure, !reasons.contains(where: { $0.en == reason.en }) else { continue }
            reasons.append(reason)
        }
        guard !reasons.isEmpty else { return texts.reason(.noCondition) }
        return texts.joinedReasons(reasons)
    }

    /// `sources` without repeats, in first-seen order (two tests may read the same row).
    private static func distinct(_ sources: [CriterionSource]) -> [CriterionSource] {
        var seen = Set<CriterionSource>()
        return sources.filter { seen.insert($0).inserted }
    }
}
