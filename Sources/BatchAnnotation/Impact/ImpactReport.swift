import Foundation
import Interpretation
import StrictDecoding

/// The three files of `keapnrf impact --out DIR`: `impact.tsv` (one row per interpretation), `impact.json`
/// (`counts`, then one entry per interpretation with its outcome and differences) and `impact.html` (the page a
/// lab director reads: counts first, then each changed interpretation with its differences, then the errors).
/// All three are deterministic: entries in path order, no timestamps.
public struct ImpactReport: Sendable {
    public let entries: [ImpactEntry]
    /// What the interpretations were re-run with (`knowledgebase 2.3.0 (sha256 …)`, `rules …`), for the page.
    public let resources: [String]

    public init(entries: [ImpactEntry], resources: [String]) {
        self.entries = entries
        self.resources = resources
    }

    /// Interpretations by outcome (every outcome listed, with 0 when none).
    public var counts: [ImpactEntry.Outcome: Int] {
        Dictionary(uniqueKeysWithValues: ImpactEntry.Outcome.allCases.map { outcome in (outcome, entries.filter { $0.outcome == outcome }.count) })
    }

    /// Writes the three files into `folder`, each whole or not at all.
    public func write(to folder: URL) throws(BatchError) {
        try BatchFiles.write(Data(tsv.utf8), to: folder.appendingPathComponent("impact.tsv"))
        try BatchFiles.write(Data(JSONSerializer.pretty(json).utf8), to: folder.appendingPathComponent("impact.json"))
        try BatchFiles.write(Data(html.utf8), to: folder.appendingPathComponent("impact.html"))
    }

    /// `interpretation`, `report`, `outcome`, `change`, `error` and `differences` (kinds with counts, e.g.
    /// `classification 1; provenance 2`).
    var tsv: String {
        let header = ["interpretation", "report", "outcome", "change", "error", "differences"].joined(separator: "\t") + "\n"
        return header + entries.map { entry in
            [entry.interpretation, entry.report ?? "", entry.outcome.rawValue, entry.change?.rawValue ?? "", entry.error ?? "", Self.kindCounts(entry)]
                .map(TSVField.escape).joined(separator: "\t") + "\n"
        }.joined()
    }

    var json: JSONValue {
        .object([
            "counts": .object(Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, JSONValue.int($0.value)) })),
            "interpretations": .array(entries.map { entry in
                .object([
                    "interpretation": .string(entry.interpretation), "report": .optional(entry.report),
                    "outcome": .string(entry.outcome.rawValue), "change": .optional(entry.change?.rawValue), "error": .optional(entry.error),
                    "differences": .array(entry.differences.map { difference in
                        .object([
                            "kind": .string(difference.kind.rawValue), "alteration": .optional(difference.alteration),
                            "location": .string(difference.location), "old": .optional(difference.old), "new": .optional(difference.new),
                        ])
                    }),
                ])
            }),
        ])
    }

    var html: String {
        let counts = self.counts
        var page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>keapnrf impact</title>
            <style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:.5em 0 1.5em}\
            td,th{border:1px solid #999;padding:.2em .5em;text-align:left;vertical-align:top}th{background:#eee}\
            del{background:#fdd}ins{background:#dfd;text-decoration:none}h2{margin-top:1.5em}</style></head><body>
            <h1>Impact of a knowledgebase or rules change on stored interpretations</h1>
            <p>Re-run with: \(resources.map(Self.escape).joined(separator: "; ")).</p>
            <table><tr><th>outcome</th><th>interpretations</th></tr>
            """
        for outcome in ImpactEntry.Outcome.allCases {
            page += "<tr><td>\(outcome.rawValue)</td><td>\(counts[outcome] ?? 0)</td></tr>\n"
        }
        page += "</table>\n"
        let order: [ImpactEntry.Change] = [.classificationOrTier, .statements, .other, .evidenceOnly, .provenanceOnly]
        for change in order {
            let changed = entries.filter { $0.change == change }
            guard !changed.isEmpty else { continue }
            page += "<h2>Changed: \(change.rawValue) (\(changed.count))</h2>\n"
            for entry in changed {
                page += "<h3>\(Self.escape(entry.interpretation))</h3>\n<p>Report: \(Self.escape(entry.report ?? ""))</p>\n"
                page += "<table><tr><th>change</th><th>alteration</th><th>where</th><th>was</th><th>now</th></tr>\n"
                for difference in entry.differences {
                    page += "<tr><td>\(difference.kind.rawValue)</td><td>\(Self.escape(difference.alteration ?? ""))</td><td>\(Self.escape(difference.location))</td>"
                        + "<td><del>\(Self.escape(difference.old ?? ""))</del></td><td><ins>\(Self.escape(difference.new ?? ""))</ins></td></tr>\n"
                }
                page += "</table>\n"
            }
        }
        let failed = entries.filter { $0.outcome == .error }
        if !failed.isEmpty {
            page += "<h2>Not re-run (\(failed.count))</h2>\n<table><tr><th>interpretation</th><th>why</th></tr>\n"
            for entry in failed {
                page += "<tr><td>\(Self.escape(entry.interpretation))</td><td>\(Self.escape(entry.error ?? ""))</td></tr>\n"
            }
            page += "</table>\n"
        }
        return page + "<p>This list supports, and does not replace, expert review of each report.</p>\n</body></html>\n"
    }

    private static func kindCounts(_ entry: ImpactEntry) -> String {
        ImpactDifference.Kind.allCases.compactMap { kind in
            let count = entry.differences.filter { $0.kind == kind }.count
            return count > 0 ? "\(kind.rawValue) \(count)" : nil
        }.joined(separator: "; ")
    }

    private static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
