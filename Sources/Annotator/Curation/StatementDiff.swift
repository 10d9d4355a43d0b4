import Interpretation

/// The statements one interpretation gains, loses or rewords against another of the same report: what a curator
/// checks before a knowledgebase or rules change reaches signed reports.
public enum StatementDiff {
    /// One line per change: `+ therapy KEAP1 p.Gly333Cys [ids] benefit: text`, `- …`, `~ … reworded: text`, and
    /// the same for statements newly listed as not applicable (`+ not applicable …`) or no longer listed.
    public static func lines(before: Interpretation?, after: Interpretation?) -> [String] {
        let old = keyed(before), new = keyed(after)
        var lines: [String] = []
        for key in Set(old.keys).union(new.keys).sorted() {
            switch (old[key], new[key]) {
            case (nil, let text?): lines.append("+ \(key): \(text)")
            case (let text?, nil): lines.append("- \(key): \(text)")
            case let (was?, now?) where was != now: lines.append("~ \(key) reworded: \(now)")
            default: continue
            }
        }
        return lines
    }

    /// Every statement of the interpretation by a key naming its alteration, kind, direction, therapy and evidence
    /// ids, with its English text (and, for a not-applicable one, the reasons).
    private static func keyed(_ interpretation: Interpretation?) -> [String: String] {
        var result: [String: String] = [:]
        for entry in interpretation?.alterations ?? [] {
            let alteration = entry.annotated.alteration
            let subject = "\(alteration.gene) \(alteration.hgvsp ?? alteration.source)"
            let kinds: [(String, [Statement])] = [
                ("prognosis", entry.prognosis), ("therapy", entry.therapyResistance), ("frequency", entry.frequencies), ("trial", entry.trials),
            ]
            for (kind, statements) in kinds {
                for statement in statements {
                    result[key(kind, subject, statement)] = statement.text.en
                }
            }
            for excluded in entry.notApplicable {
                result["not applicable " + key(excluded.kind, subject, excluded.statement)] =
                    excluded.reasons.map(\.en).joined(separator: "; ")
            }
            for gap in entry.gaps { result["gap \(subject)"] = gap.en }
            if let tier = entry.tier { result["tier \(subject)"] = tier.tier }
        }
        return result
    }

    private static func key(_ kind: String, _ subject: String, _ statement: Statement) -> String {
        "\(kind) \(subject) [\(statement.evidence.joined(separator: ", "))] \(statement.direction)\(statement.therapy.map { " \($0.en)" } ?? "")"
    }
}
