import Foundation
import Interpretation
import Knowledgebase
import StrictDecoding

/// The facts that differ between two knowledgebases, and the rule-test interpretations that would change.
public struct KnowledgebaseDiff: Sendable {
    /// One changed fact.
    public struct Change: Hashable, Sendable, CustomStringConvertible {
        public enum Kind: String, Hashable, Sendable { case added, removed, changed }
        public var kind: Kind
        /// `evidence`, `citation`, `feature`, `hotspot`, `gene`, `oncotree`, `tumor-types`, `text`, `evidence-level`, `pathway-gene`.
        public var category: String
        public var id: String
        /// For a change, the fields that differ (JSON paths).
        public var fields: [String]

        public var description: String {
            let suffix = fields.isEmpty ? "" : " (" + fields.joined(separator: ", ") + ")"
            return "\(kind.rawValue) \(category) \(id)\(suffix)"
        }
    }

    public var oldVersion: String
    public var newVersion: String
    public var changes: [Change]
    /// Rule-test cases whose interpretation (without its provenance) differs, with the first 12 JSON paths that differ.
    public var changedInterpretations: [(name: String, fields: [String])]
    /// For each rule-test case and report whose statements differ: the statements added, removed or reworded.
    public var statementChanges: [(name: String, lines: [String])]

    /// Compares two knowledgebases (each with its rules), and runs `cases` and `reports` (file name and bytes)
    /// through both.
    public static func compare(
        old: AnnotationResources, new: AnnotationResources, cases: [RuleTestCase], reports: [(name: String, data: Data)] = []
    ) -> KnowledgebaseDiff {
        var changes: [Change] = []
        let oldKB = old.knowledgebase, newKB = new.knowledgebase
        changes += diff("evidence", oldKB.evidence.items, newKB.evidence.items)
        changes += diff("citation", oldKB.evidence.citations, newKB.evidence.citations)
        changes += diff("feature", keyed(oldKB.features, \.id), keyed(newKB.features, \.id))
        changes += diff("hotspot", hotspots(oldKB), hotspots(newKB))
        changes += diff("gene", oldKB.genes.mapValues(\.file), newKB.genes.mapValues(\.file))
        changes += diff("pathway-gene", oldKB.pathwayGenes, newKB.pathwayGenes)
        changes += diff("oncotree", nodes(oldKB), nodes(newKB))
        changes += diff("text", oldKB.texts.texts, newKB.texts.texts)
        changes += diff("evidence-level", keyed(oldKB.evidenceLevels, \.id), keyed(newKB.evidenceLevels, \.id))

        var changed: [(String, [String])] = []
        var statements: [(String, [String])] = []
        let oldRunner = RuleTestRunner(annotator: Annotator(resources: old))
        let newRunner = RuleTestRunner(annotator: Annotator(resources: new))
        for testCase in cases {
            let before = try? oldRunner.interpret(testCase)
            let after = try? newRunner.interpret(testCase)
            let beforeJSON = before.map { withoutProvenance(InterpretationJSON.document($0)) } ?? .null
            let afterJSON = after.map { withoutProvenance(InterpretationJSON.document($0)) } ?? .null
            let fields = JSONDiff.differences(beforeJSON, afterJSON)
            guard !fields.isEmpty else { continue }
            changed.append((testCase.name, Array(fields.prefix(12))))
            let lines = StatementDiff.lines(before: before, after: after)
            if !lines.isEmpty { statements.append((testCase.name, lines)) }
        }
        for report in reports {
            let before = try? oldRunner.annotator.annotate(report.data, fileName: report.name)
            let after = try? newRunner.annotator.annotate(report.data, fileName: report.name)
            let lines = StatementDiff.lines(before: before, after: after)
            if !lines.isEmpty { statements.append((report.name, lines)) }
        }
        return KnowledgebaseDiff(
            oldVersion: oldKB.version, newVersion: newKB.version, changes: changes, changedInterpretations: changed,
            statementChanges: statements)
    }

    // MARK: - Facts

    private static func keyed<T>(_ values: [T], _ key: KeyPath<T, String>) -> [String: T] {
        Dictionary(values.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func hotspots(_ kb: Knowledgebase) -> [String: HotspotResidue] {
        var result: [String: HotspotResidue] = [:]
        for gene in kb.interpretedGeneSymbols {
            for row in kb.hotspots.rows(for: gene) {
                result["\(row.gene) \(row.residue) \(row.dataset) \(row.type) \(row.clusterId ?? "")"] = row
            }
        }
        return result
    }

    private static func nodes(_ kb: Knowledgebase) -> [String: OncoTreeNode] {
        var result: [String: OncoTreeNode] = [:]
        for code in kb.oncotree.codes { result[code] = kb.oncotree.node(code) }
        return result
    }

    private static func diff<T: Encodable>(_ category: String, _ old: [String: T], _ new: [String: T]) -> [Change] {
        var changes: [Change] = []
        for id in Set(old.keys).union(new.keys).sorted() {
            switch (old[id], new[id]) {
            case (nil, _?): changes.append(Change(kind: .added, category: category, id: id, fields: []))
            case (_?, nil): changes.append(Change(kind: .removed, category: category, id: id, fields: []))
            case let (before?, after?):
                let fields = JSONDiff.differences(json(before), json(after))
                guard !fields.isEmpty else { continue }
                changes.append(Change(kind: .changed, category: category, id: id, fields: fields))
            case (nil, nil): continue
            }
        }
        return changes
    }

    private static func json<T: Encodable>(_ value: T) -> JSONValue {
        guard let data = try? JSONEncoder().encode(value), let parsed = try? JSONParser.parse(Array(data)) else { return .null }
        return parsed
    }

    private static func withoutProvenance(_ document: JSONValue) -> JSONValue {
        guard case .object(var members) = document else { return document }
        members["provenance"] = nil
        return .object(members)
    }
}
