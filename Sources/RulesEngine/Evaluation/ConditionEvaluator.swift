/// The result of testing a condition: whether it held and, when it did not, which part failed and why.
public struct ConditionResult: Hashable, Sendable {
    public var holds: Bool
    /// For a failed condition, the first failing test in words, e.g. `region: needs one of DLG, ETGE; overlaps NEH2_INDEL_WINDOW_21_42`.
    public var failure: String?

    static let pass = ConditionResult(holds: true, failure: nil)
    static func fail(_ reason: String) -> ConditionResult { ConditionResult(holds: false, failure: reason) }
}

/// Tests conditions against an alteration's facts and its report context.
///
/// The tests run in place, one `if` per key, rather than as a list of closures built per condition: building the
/// closures copied the evaluator (and the facts it holds) into each one, which with the sorting of the consequence
/// and feature lists per failing test was most of the rules' cost (ConditionEvaluator 3.7% -> 1.4% of the samples
/// of `annotate-rate` on the FoundationOne samples, perf).
struct ConditionEvaluator {
    let facts: AlterationFacts
    let context: ReportContext
    /// The alteration's consequences and feature ids as failures list them (sorted, `none` when empty), built once
    /// per evaluator instead of once per failing test.
    private let consequenceList: String
    private let featureList: String

    init(facts: AlterationFacts, context: ReportContext) {
        self.facts = facts
        self.context = context
        consequenceList = Self.found(facts.consequences.sorted())
        featureList = Self.found(facts.featureIDs.sorted())
    }

    func evaluate(_ condition: Condition) -> ConditionResult {
        firstFailure(of: condition).map(ConditionResult.fail) ?? .pass
    }

    /// The first test of a condition that fails, in words, in a fixed order so that the reported failure is
    /// deterministic; nil when every test passes.
    private func firstFailure(of condition: Condition) -> String? {
        if let genes = condition.gene?.values, !genes.contains(where: { $0.isSameSymbol(as: facts.gene) }) {
            return Self.needs("gene", genes, has: facts.gene)
        }
        if let kinds = condition.kind?.values, !kinds.contains(facts.kind) {
            return Self.needs("kind", kinds, has: facts.kind)
        }
        if let disposition = condition.disposition, disposition != facts.disposition {
            return Self.needs("disposition", [disposition], has: facts.disposition)
        }
        if let values = condition.oncogenicity?.values, facts.oncogenicity.map(values.contains) != true {
            return Self.needs("oncogenicity", values, has: facts.oncogenicity ?? Self.none)
        }
        if let values = condition.effect?.values, facts.effect.map(values.contains) != true {
            return Self.needs("effect", values, has: facts.effect ?? Self.none)
        }
        if let terms = condition.consequence?.values, !terms.contains(where: facts.consequences.contains) {
            return Self.needs("consequence", terms, has: consequenceList)
        }
        if let regions = condition.region?.values, !regions.contains(where: facts.featureIDs.contains) {
            return Self.needs("region", regions, has: featureList)
        }
        if let hotspot = condition.hotspot, facts.isHotspot != hotspot {
            return "hotspot: needs \(hotspot); is \(facts.isHotspot)"
        }
        if let bounds = condition.residuesWithin, let failure = residues(within: bounds) { return failure }
        if let bounds = condition.residuesCover, let failure = residues(cover: bounds) { return failure }
        if let exons = condition.exonsLost, !exons.allSatisfy(facts.exonsLost.contains) {
            return "exonsLost: needs \(Self.list(exons.sorted())); lost \(Self.list(facts.exonsLost.sorted()))"
        }
        if let kinds = condition.copyNumber?.values, facts.copyNumberKind.map(kinds.contains) != true {
            return Self.needs("copyNumber", kinds, has: facts.copyNumberKind ?? Self.none)
        }
        if let inFrame = condition.inFrame, facts.inFrame != inFrame {
            return "inFrame: needs \(inFrame); is \(facts.inFrame.map(String.init) ?? "unknown")"
        }
        if let code = condition.evidenceCode {
            guard let strength = facts.metCodes[code.code] else { return "evidenceCode: \(code.code) is not met" }
            if let wanted = code.strength?.values, !wanted.contains(strength) {
                return "evidenceCode: \(code.code) is met at \(strength); needs \(wanted.joined(separator: " or "))"
            }
        }
        if let tumor = condition.tumorType, let failure = firstFailure(of: tumor) { return failure }
        if let coAltered = condition.coAltered, let failure = firstFailure(of: coAltered) { return failure }
        if let all = condition.all {
            for (index, nested) in all.enumerated() {
                if let failure = firstFailure(of: nested) { return "all[\(index)]: \(failure)" }
            }
        }
        if let any = condition.any {
            var failures: [String] = []
            for nested in any {
                guard let failure = firstFailure(of: nested) else { return nil }
                failures.append(failure)
            }
            return "any: none held (\(failures.joined(separator: "; ")))"
        }
        if let negated = condition.not?.values, negated.contains(where: { firstFailure(of: $0) == nil }) {
            return "not: the excluded condition held"
        }
        return nil
    }

    /// What a failure names when the alteration has no value.
    private static let none = "none"

    /// A list as a failure names it: joined, or `none` when empty.
    private static func found(_ values: [String]) -> String {
        values.isEmpty ? none : values.joined(separator: ", ")
    }

    /// `key: needs one of A, B; has C`.
    private static func needs(_ key: String, _ needed: [String], has found: String) -> String {
        "\(key): needs \(needed.count == 1 ? "" : "one of ")\(needed.joined(separator: ", ")); has \(found)"
    }

    /// `[2, 3]`, as an array of integers prints, without `debugPrint`'s dynamic casts.
    private static func list(_ numbers: [Int]) -> String {
        "[" + numbers.map { String($0) }.joined(separator: ", ") + "]"
    }

    private func residues(within bounds: [Int]) -> String? {
        guard bounds.count == 2, let range = facts.proteinRange else { return "residuesWithin: no protein position" }
        return bounds[0] <= range.lowerBound && range.upperBound <= bounds[1]
            ? nil : "residuesWithin: needs \(bounds[0])-\(bounds[1]); affects \(range.lowerBound)-\(range.upperBound)"
    }

    private func residues(cover bounds: [Int]) -> String? {
        guard bounds.count == 2, let range = facts.proteinRange else { return "residuesCover: no protein position" }
        return range.lowerBound <= bounds[0] && bounds[1] <= range.upperBound
            ? nil : "residuesCover: needs all of \(bounds[0])-\(bounds[1]); affects \(range.lowerBound)-\(range.upperBound)"
    }

    private func firstFailure(of tumor: TumorTypeCondition) -> String? {
        if let known = tumor.known, known != !context.tumorLineage.isEmpty {
            return "tumorType.known: needs \(known)"
        }
        if let codes = tumor.within?.values {
            guard let code = context.tumorCode else { return "tumorType.within: tumour type unknown" }
            if !codes.contains(where: { context.tumorLineage.contains($0.uppercased()) }) {
                return "tumorType.within: needs \(codes.joined(separator: ", ")) or below; is \(code)"
            }
        }
        if let group = tumor.group, !context.tumorGroups.contains(group) {
            return "tumorType.group: needs \(group); is \(context.tumorCode ?? "unknown")"
        }
        return nil
    }

    private func firstFailure(of condition: CoAlterationCondition) -> String? {
        let match = context.coAlteration(ofGenes: condition.gene.values) { alteration in
            alteration.matches(
                genes: condition.gene.values, kinds: condition.kind?.values, proteins: condition.protein?.values,
                lossOfFunction: condition.lossOfFunction)
        }
        if match != nil { return nil }
        var wanted = condition.gene.values.joined(separator: "/")
        if let proteins = condition.protein?.values { wanted += " " + proteins.joined(separator: "/") }
        if condition.lossOfFunction == true { wanted += " (loss of function)" }
        return "coAltered: needs \(wanted) elsewhere in the report; not present"
    }
}
