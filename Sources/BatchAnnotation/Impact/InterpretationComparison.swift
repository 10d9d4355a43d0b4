import Interpretation
import StrictDecoding

/// Sorts the differences between a stored interpretation and its re-run into what a lab director reads:
/// classification or tier changes, statements added, removed or reworded, evidence, summary, provenance and
/// anything else. Alterations are paired by position (the same report gives them in the same order);
/// statements by section, rule and evidence ids.
enum InterpretationComparison {
    static let sections = ["prognosis", "therapyResistance", "frequencies", "trials"]
    /// Alteration fields compared as calls.
    static let calls = ["oncogenicity", "effect"]

    static func differences(old: JSONValue, new: JSONValue) -> [ImpactDifference] {
        var found: [ImpactDifference] = []
        let handled: Set<String> = ["provenance", "evidence", "summary", "summaryJa", "alterations"]
        found += JSONDiff.changes(without(old, handled), without(new, handled)).map { ImpactDifference(kind: .other, location: $0.path, old: $0.old, new: $0.new) }
        found += alterations(old["alterations"], new["alterations"])
        for key in ["summary", "summaryJa"] {
            found += JSONDiff.changes(old[key] ?? .null, new[key] ?? .null, path: "$" + JSONDiff.member(key))
                .map { ImpactDifference(kind: .summary, location: $0.path, old: $0.old, new: $0.new) }
        }
        found += JSONDiff.changes(old["evidence"] ?? .null, new["evidence"] ?? .null, path: "$.evidence")
            .map { ImpactDifference(kind: .evidence, location: $0.path, old: $0.old, new: $0.new) }
        found += JSONDiff.changes(old["provenance"] ?? .null, new["provenance"] ?? .null, path: "$.provenance")
            .map { ImpactDifference(kind: .provenance, location: $0.path, old: $0.old, new: $0.new) }
        return found
    }

    private static func alterations(_ old: JSONValue?, _ new: JSONValue?) -> [ImpactDifference] {
        let left = elements(old), right = elements(new)
        var found: [ImpactDifference] = []
        for index in 0..<max(left.count, right.count) {
            let path = "$.alterations[\(index)]"
            guard index < left.count else {
                found.append(ImpactDifference(kind: .alterationAdded, alteration: label(right[index]), location: path, old: nil, new: right[index]["source"]))
                continue
            }
            guard index < right.count else {
                found.append(ImpactDifference(kind: .alterationRemoved, alteration: label(left[index]), location: path, old: left[index]["source"], new: nil))
                continue
            }
            found += alteration(left[index], right[index], path: path)
        }
        return found
    }

    private static func alteration(_ old: JSONValue, _ new: JSONValue, path: String) -> [ImpactDifference] {
        let name = label(old)
        var found: [ImpactDifference] = []
        for field in calls where old[field] != new[field] {
            found.append(ImpactDifference(kind: .classification, alteration: name, location: field, old: old[field], new: new[field]))
        }
        if old["classification"]?["class"] != new["classification"]?["class"] {
            found.append(ImpactDifference(kind: .classification, alteration: name, location: "classification.class", old: old["classification"]?["class"], new: new["classification"]?["class"]))
        }
        // The alteration's AMP/ASCO/CAP tier, as a whole.
        if old["tier"] != new["tier"] {
            found.append(ImpactDifference(kind: .tier, alteration: name, location: "tier", old: old["tier"], new: new["tier"]))
        }
        for section in sections {
            found += statements(section, old[section], new[section], alteration: name, path: path)
        }
        // The rest of the alteration (rules fired, classification codes and total, warnings…) by location.
        let rest = { (value: JSONValue) -> JSONValue in
            var trimmed = without(value, Set(calls + sections + ["tier"]))
            if case .object(var fields) = trimmed, case .object(var classification)? = fields["classification"] {
                classification["class"] = nil
                fields["classification"] = .object(classification)
                trimmed = .object(fields)
            }
            return trimmed
        }
        found += JSONDiff.changes(rest(old), rest(new), path: path).map { ImpactDifference(kind: .other, alteration: name, location: $0.path, old: $0.old, new: $0.new) }
        return found
    }

    /// Statements of one section paired by rule and evidence ids: added, removed, reworded, level or tier changed.
    private static func statements(_ section: String, _ old: JSONValue?, _ new: JSONValue?, alteration: String, path: String) -> [ImpactDifference] {
        let left = keyed(elements(old)), right = keyed(elements(new))
        var found: [ImpactDifference] = []
        for (key, statement) in left where right[key] == nil {
            found.append(ImpactDifference(kind: .statementRemoved, alteration: alteration, location: "\(section) \(key)", old: statement["statement"], new: nil))
        }
        for (key, statement) in right where left[key] == nil {
            found.append(ImpactDifference(kind: .statementAdded, alteration: alteration, location: "\(section) \(key)", old: nil, new: statement["statement"]))
        }
        for (key, before) in left {
            guard let after = right[key] else { continue }
            for text in ["statement", "statementJa"] where before[text] != after[text] {
                found.append(ImpactDifference(kind: .statementReworded, alteration: alteration, location: "\(section) \(key) \(text)", old: before[text], new: after[text]))
            }
            found += JSONDiff.changes(before["levels"] ?? .null, after["levels"] ?? .null, path: "\(section) \(key) levels")
                .map { ImpactDifference(kind: .tier, alteration: alteration, location: $0.path, old: $0.old, new: $0.new) }
            found += JSONDiff.changes(without(before, ["statement", "statementJa", "levels"]), without(after, ["statement", "statementJa", "levels"]), path: "\(section) \(key)")
                .map { ImpactDifference(kind: .other, alteration: alteration, location: $0.path, old: $0.old, new: $0.new) }
        }
        return found.sorted { $0.location < $1.location }
    }

    /// Statements by `RULE.ID [evidence-id, …]`; a repeated key gets `#2`, `#3` in order.
    private static func keyed(_ statements: [JSONValue]) -> [(String, JSONValue)] {
        var counts: [String: Int] = [:]
        return statements.map { statement in
            let rule = statement["rule"].map(ImpactDifference.text) ?? "?"
            let evidence = elements(statement["evidence"]).map(ImpactDifference.text).joined(separator: ", ")
            var key = "\(rule) [\(evidence)]"
            counts[key, default: 0] += 1
            if let count = counts[key], count > 1 { key += " #\(count)" }
            return (key, statement)
        }
    }

    /// `NFE2L2 p.E79K`: the gene and the short protein change, else the c. change, else the alteration as reported.
    static func label(_ alteration: JSONValue) -> String {
        let gene = alteration["gene"].map(ImpactDifference.text) ?? "?"
        for field in ["hgvspShort", "hgvsc", "source"] {
            if case .string(let change)? = alteration[field] { return "\(gene) \(change)" }
        }
        return gene
    }

    private static func elements(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let items)? = value { return items }
        return []
    }

    private static func without(_ value: JSONValue, _ keys: Set<String>) -> JSONValue {
        guard case .object(let fields) = value else { return value }
        return .object(fields.filter { !keys.contains($0.key) })
    }
}

extension Array where Element == (String, JSONValue) {
    fileprivate subscript(key: String) -> JSONValue? { first { $0.0 == key }?.1 }
}
