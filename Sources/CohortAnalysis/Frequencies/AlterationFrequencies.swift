import CohortStatistics
import Knowledgebase

/// Alteration frequencies of a cohort per tumour type, per OncoTree ancestor and for all patients: for each
/// gene the patients altered at all (`any`), per alteration class, and with at least one filtered call,
/// each with a Wilson 95 % interval.
///
/// A patient counts once per row however many calls they have; a patient with calls in two classes
/// counts in both class rows, so class rows need not add up to `any`.
public struct AlterationFrequencies: Sendable, Codable, Equatable {
    /// The row measure of patients whose gene is altered at all.
    public static let anyAlteration = "any"
    /// The row measure of patients with at least one call carrying a filter tag.
    public static let withFilteredCall = "with_filtered_call"

    /// The grouping column (e.g. `oncotree_code`).
    public var groupColumn: String
    /// The OncoTree release used for ancestors.
    public var oncotreeRelease: String
    /// Grouping values that are not OncoTree codes (counted on their own, with no ancestors).
    public var codesNotInOncoTree: [String]
    /// How filtered calls were treated.
    public var callPolicy: CallFilterPolicy
    /// The rows: groups in order (ALL last), then genes in request order, then `any`, the classes and
    /// `with_filtered_call`.
    public var rows: [FrequencyRow]

    /// Counts the patients.
    public init(
        patients: [PatientAlterations], genes: [String], groupColumn: String, oncotree: OncoTree, callPolicy: CallFilterPolicy
    ) {
        var groups = TumorTypeGroups(oncotree: oncotree)
        var counters: [FrequencyGroup: GroupCounter] = [:]
        var notInOncoTree = Set<String>()
        for patient in patients {
            if !groups.isOncoTreeCode(patient.group) { notInOncoTree.insert(patient.group) }
            let classes = patient.genes.map(\.classes)  // once per patient, not once per group it counts in
            for group in groups.groups(of: patient.group) {
                counters[group, default: GroupCounter(genes: genes.count)].add(patient, classes: classes)
            }
        }
        self.groupColumn = groupColumn
        oncotreeRelease = oncotree.release
        codesNotInOncoTree = notInOncoTree.sortedInByteOrder()
        self.callPolicy = callPolicy
        rows = counters.keys.filter(groups.isReported).sorted().flatMap { group -> [FrequencyRow] in
            let counter = counters[group] ?? GroupCounter(genes: genes.count)
            let name = group.scope == .all ? nil : oncotree.node(group.label)?.name
            return genes.indices.flatMap { index in
                counter.measures(gene: genes[index], index: index).map { measure, count in
                    FrequencyRow(group: group.label, scope: group.scope, name: name, gene: genes[index], alteration: measure,
                                 proportion: BinomialProportion(count: count, n: counter.patients))
                }
            }
        }
    }
}

/// The counts of one group.
private struct GroupCounter {
    var patients = 0
    var altered: [Int]
    var filtered: [Int]
    var byClass: [[AlterationClass: Int]]

    init(genes: Int) {
        altered = Array(repeating: 0, count: genes)
        filtered = Array(repeating: 0, count: genes)
        byClass = Array(repeating: [:], count: genes)
    }

    /// Counts a patient, with the classes of each of their genes.
    mutating func add(_ patient: PatientAlterations, classes: [Set<AlterationClass>]) {
        patients += 1
        for (index, gene) in patient.genes.enumerated() {
            if gene.hasFilteredCall { filtered[index] += 1 }
            guard gene.altered else { continue }
            altered[index] += 1
            for alterationClass in classes[index] { byClass[index][alterationClass, default: 0] += 1 }
        }
    }

    /// (measure, count) pairs of one gene in report order.
    func measures(gene: String, index: Int) -> [(String, Int)] {
        [(AlterationFrequencies.anyAlteration, altered[index])]
            + AlterationClass.classes(of: gene).map { ($0.rawValue, byClass[index][$0] ?? 0) }
            + [(AlterationFrequencies.withFilteredCall, filtered[index])]
    }
}
