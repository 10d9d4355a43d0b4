import Knowledgebase
import RulesEngine

/// Writes page one of a tumour-board report: the table of every KEAP1/NFE2L2 alteration with its judgement, the
/// therapies and trials with potential relevance split by how their evidence relates to the patient's tumour
/// type, and what the summary page leaves to `--detail full`.
struct FirstPageBuilder {
    let knowledgebase: Knowledgebase
    let texts: ReportTexts
    /// Evidence numbers of the page's evidence list.
    let numbers: [String: Int]

    /// One row per alteration: change, VAF, origin, the rules' call with the codes met, tier and one line of
    /// implication (the summary's second sentence for it).
    func overview(_ interpretation: Interpretation) -> [OverviewRow] {
        let summary = SummaryWriter(knowledgebase: knowledgebase)
        return interpretation.alterations.enumerated().map { index, entry in
            let alteration = entry.annotated.alteration
            let interpreted = alteration.disposition == .interpreted
            let codes = entry.outcome.classification.map { classification in
                classification.met.isEmpty ? texts("summary.codes.none") : classification.met.map(\.code).joined(separator: ", ")
            }
            let call = entry.outcome.oncogenicity.map { texts.term("oncogenicity.", $0.value) } ?? texts("summary.notClassified")
            return OverviewRow(
                anchor: "alteration-\(index + 1)",
                alteration: "\(alteration.gene) \(alteration.hgvspShort ?? alteration.hgvsp ?? alteration.hgvsc ?? alteration.source)",
                vaf: alteration.vaf.map { DisplayNumber.percent(fraction: $0) } ?? "—",
                origin: texts.term("report.origin.", entry.origin ?? "notStated"),
                classification: interpreted ? codes.map { texts("report.overview.call", ["call": call, "codes": $0]) } ?? call
                    : texts.term("report.disposition.", alteration.disposition.rawValue),
                tier: entry.tier?.tier ?? "—",
                implication: interpreted
                    ? summary.implicationSentence(entry, tumorTypeKnown: interpretation.tumorType.oncotreeCode != nil, texts)
                    : alteration.reason ?? "")
        }
    }

    /// Therapy statements by whether their evidence applies to the patient's tumour type (its own type, a broader
    /// type, its group or pan-cancer) or comes from another tumour type, then the clinical trials.
    func relevant(_ interpretation: Interpretation) -> [RelevantGroup] {
        var own: [RelevantRow] = []
        var other: [RelevantRow] = []
        var trials: [RelevantRow] = []
        for entry in interpretation.alterations {
            let alteration = entry.annotated.alteration
            let name = "\(alteration.gene) \(alteration.hgvspShort ?? alteration.hgvsp ?? alteration.source)"
            for statement in entry.therapyResistance {
                let row = self.row(statement, alteration: name)
                if statement.tumorTypeMatch.appliesToPatient || statement.tumorTypeMatch == .panCancer { own.append(row) } else { other.append(row) }
            }
            trials += entry.trials.map { statement in
                row(statement, alteration: name, direction: texts("match.\(statement.tumorTypeMatch.rawValue)"), level: "—")
            }
        }
        return [("report.relevant.patient", own), ("report.relevant.other", other), ("report.relevant.trials", trials)]
            .filter { !$0.1.isEmpty }
            .map { RelevantGroup(heading: texts($0.0), rows: $0.1) }
    }

    /// What the summary page does not print, counted, with how to print it: prognosis and frequency statements
    /// from other tumour types (therapies and trials from them are on page one) and the rules audit.
    func omitted(_ interpretation: Interpretation) -> [String] {
        let other = interpretation.alterations.reduce(0) { count, entry in
            count + StatementGrouping.grouped(entry, groups: [.other], kinds: [.prognosis, .frequency]).flatMap { $0.kinds.flatMap(\.statements) }.count
        }
        let rules = interpretation.alterations.reduce(0) { $0 + $1.outcome.fired.count + $1.outcome.notFired.count }
        return [texts("report.omitted", ["statements": String(other), "rules": String(rules)])]
    }

    /// A therapy row (direction and AMP/ASCO/CAP level), or a trial row when `direction` and `level` are given.
    private func row(_ statement: Statement, alteration: String, direction: String? = nil, level: String? = nil) -> RelevantRow {
        RelevantRow(
            therapy: statement.therapy.map(texts.localized) ?? statement.therapyClass ?? "",
            alteration: alteration,
            direction: direction ?? texts.term("direction.", statement.direction),
            level: level ?? statement.ampLevel ?? "—",
            references: statement.evidence.compactMap { id in
                numbers[id].map { ReferenceMark(number: String($0), anchor: "evidence-\($0)") }
            })
    }
}
