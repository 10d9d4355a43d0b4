/// The result of testing a condition: whether it held and, when it did not, which part failed and why.
public struct ConditionResult: Hashable, Sendable {
    public var holds: Bool
    /// For a failed condition, the first failing test in words, e.g. `region: needs one of DLG, ETGE; overlaps NEH2_INDEL_WINDOW_21_42`.
    public var failure: String?

    static let pass = ConditionResult(holds: true, failure: nil)
    static func fail(_ reason: String) -> ConditionResult { ConditionResult(holds: false, failure: reason) }
}

/// Tests conditions against an alteration's facts and its report context.
struct ConditionEvaluator {
    let facts: AlterationFacts
    let context: ReportContext

    func evaluate(_ condition: Condition) -> ConditionResult {
        for test in tests(of: condition) {
            let result = test()
            if !result.holds { return result }
        }
        return .pass
    }

    /// The tests a condition makes, in a fixed order so that the reported failure is deterministic.
    private func tests(of condition: Condition) -> [() -> ConditionResult] {
        var tests: [() -> ConditionResult] = []
        if let genes = condition.gene?.values {
            tests.append { membership("gene", needs: genes, has: [facts.gene], caseInsensitive: true) }
        }
        if let kinds = condition.kind?.values {
            tests.append { membership("kind", needs: kinds, has: [facts.kind]) }
        }
        if let disposition = condition.disposition {
            tests.append { membership("disposition", needs: [disposition], has: [facts.disposition]) }
        }
        if let values = condition.oncogenicity?.values {
            tests.append { membership("oncogenicity", needs: values, has: facts.oncogenicity.map { [$0] } ?? []) }
        }
        if let values = condition.effect?.values {
            tests.append { membership("effect", needs: values, has: facts.effect.map { [$0] } ?? []) }
        }
        if let terms = condition.consequence?.values {
            tests.append { membership("consequence", needs: terms, has: facts.consequences.sorted()) }
        }
        if let regions = condition.region?.values {
            tests.append { membership("region", needs: regions, has: facts.featureIDs.sorted()) }
        }
        if let hotspot = condition.hotspot {
            tests.append { facts.isHotspot == hotspot ? .pass : .fail("hotspot: needs \(hotspot); is \(facts.isHotspot)") }
        }
        if let bounds = condition.residuesWithin {
            tests.append { residues(within: bounds) }
        }
        if let bounds = condition.residuesCover {
            tests.append { residues(cover: bounds) }
        }
        if let exons = condition.exonsLost {
            tests.append {
                Set(exons).isSubset(of: facts.exonsLost)
                    ? .pass : .fail("exonsLost: needs \(Self.list(exons.sorted())); lost \(Self.list(facts.exonsLost.sorted()))")
            }
        }
        if let kinds = condition.copyNumber?.values {
            tests.append { membership("copyNumber", needs: kinds, has: facts.copyNumberKind.map { [$0] } ?? []) }
        }
        if let inFrame = condition.inFrame {
            tests.append {
                facts.inFrame == inFrame ? .pass : .fail("inFrame: needs \(inFrame); is \(facts.inFrame.map(String.init) ?? "unknown")")
            }
        }
        if let code = condition.evidenceCode {
            tests.append {
                guard let strength = facts.metCodes[code.code] else { return .fail("evidenceCode: \(code.code) is not met") }
                if let wanted = code.strength?.values, !wanted.contains(strength) {
                    return .fail("evidenceCode: \(code.code) is met at \(strength); needs \(wanted.joined(separator: " or "))")
                }
                return .pass
            }
        }
        if let tumor = condition.tumorType {
            tests.append { evaluate(tumor) }
        }
        if let coAltered = condition.coAltered {
            tests.append { evaluate(coAltered) }
        }
        if let all = condition.all {
            tests.append {
                for (index, nested) in all.enumerated() {
                    let result = evaluate(nested)
                    if !result.holds { return .fail("all[\(index)]: \(result.failure ?? "failed")") }
                }
                return .pass
            }
        }
        if let any = condition.any {
            tests.append {
                var failures: [String] = []
                for nested in any {
                    let result = evaluate(nested)
                    if result.holds { return .pass }
                    failures.append(result.failure ?? "failed")
                }
                return .fail("any: none held (\(failures.joined(separator: "; ")))")
            }
        }
        if let negated = condition.not?.values {
            tests.append {
                for nested in negated where evaluate(nested).holds {
                    return .fail("not: the excluded condition held")
                }
                return .pass
            }
        }
        return tests
    }

    /// `[2, 3]`, as an array of integers prints, without `debugPrint`'s dynamic casts.
    private static func list(_ numbers: [Int]) -> String {
        "[" + numbers.map { String($0) }.joined(separator: ", ") + "]"
    }

    private func membership(_ key: String, needs: [String], has: [String], caseInsensitive: Bool = false) -> ConditionResult {
        // The lists hold a few names each: a linear search is cheaper than building a set per evaluation.
        let wanted = caseInsensitive ? needs.map { $0.uppercased() } : needs
        if has.contains(where: { wanted.contains(caseInsensitive ? $0.uppercased() : $0) }) { return .pass }
        let found = has.isEmpty ? "none" : has.joined(separator: ", ")
        return .fail("\(key): needs \(needs.count == 1 ? "" : "one of ")\(needs.joined(separator: ", ")); has \(found)")
    }

    private func residues(within bounds: [Int]) -> ConditionResult {
        guard bounds.count == 2, let range = facts.proteinRange else {
            return .fail("residuesWithin: no protein position")
        }
        return bounds[0] <= range.lowerBound && range.upperBound <= bounds[1]
            ? .pass : .fail("residuesWithin: needs \(bounds[0])-\(bounds[1]); affects \(range.lowerBound)-\(range.upperBound)")
    }

    private func residues(cover bounds: [Int]) -> ConditionResult {
        guard bounds.count == 2, let range = facts.proteinRange else {
            return .fail("residuesCover: no protein position")
        }
        return range.lowerBound <= bounds[0] && bounds[1] <= range.upperBound
            ? .pass : .fail("residuesCover: needs all of \(bounds[0])-\(bounds[1]); affects \(range.lowerBound)-\(range.upperBound)")
    }

    private func evaluate(_ tumor: TumorTypeCondition) -> ConditionResult {
        if let known = tumor.known, known != !context.tumorLineage.isEmpty {
            return .fail("tumorType.known: needs \(known)")
        }
        if let codes = tumor.within?.values {
            guard let code = context.tumorCode else { return .fail("tumorType.within: tumour type unknown") }
            let lineage = Set(context.tumorLineage)
            if !codes.contains(where: { lineage.contains($0.uppercased()) }) {
                return .fail("tumorType.within: needs \(codes.joined(separator: ", ")) or below; is \(code)")
            }
        }
        if let group = tumor.group, !context.tumorGroups.contains(group) {
            return .fail("tumorType.group: needs \(group); is \(context.tumorCode ?? "unknown")")
        }
        return .pass
    }

    private func evaluate(_ condition: CoAlterationCondition) -> ConditionResult {
        let match = context.coAlteration(ofGenes: condition.gene.values) { alteration in
            alteration.matches(
                genes: condition.gene.values, kinds: condition.kind?.values, proteins: condition.protein?.values,
                lossOfFunction: condition.lossOfFunction)
        }
        if match != nil { return .pass }
        var wanted = condition.gene.values.joined(separator: "/")
        if let proteins = condition.protein?.values { wanted += " " + proteins.joined(separator: "/") }
        if condition.lossOfFunction == true { wanted += " (loss of function)" }
        return .fail("coAltered: needs \(wanted) elsewhere in the report; not present")
    }
}
