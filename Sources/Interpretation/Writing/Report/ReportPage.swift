/// Everything one tumour-board report (HTML or Markdown) shows, already written in the output language.
/// The templates only lay it out: every text here comes from the interpretation or from
/// `knowledgebase/texts.yaml`, and every value is escaped by the template engine when it is written.
struct ReportPage {
    /// `en` or `ja`, for the page's `lang` attribute.
    let language: String
    /// The `report.*` labels of `texts.yaml` in the output language, keyed without the `report.` prefix.
    let label: [String: String]
    let header: ReportHeaderView
    /// True when the page prints everything (`--detail full`); false for the default summary page.
    let isFull: Bool
    /// Page one: one row per KEAP1/NFE2L2 alteration.
    let overview: [OverviewRow]
    let summary: String
    let warnings: [String]
    /// Page one: therapies and trials with potential relevance, by how their evidence relates to the patient.
    let relevant: [RelevantGroup]
    /// What the summary page leaves to `--detail full`, counted.
    let omitted: [String]
    let alterations: [AlterationCard]
    let otherAlterations: [OtherAlterationRow]
    let biomarkers: [LabelledValue]
    let evidence: [EvidenceEntry]
    /// Definitions of the evidence levels shown and the notes the level cells refer to.
    let levelLegend: [LevelLegend.Entry]
    let provenance: [LabelledValue]
    let disclaimer: String
}

/// One row of the page-one alteration table.
struct OverviewRow {
    let anchor: String
    let alteration: String
    let vaf: String
    let origin: String
    /// The rules' call with the evidence codes met (`Likely Oncogenic; OM1, OM3`).
    let classification: String
    let tier: String
    /// What applies to the patient, in one line.
    let implication: String
}

/// Therapies or trials with potential relevance, in one tumour-type relation.
struct RelevantGroup {
    let heading: String
    let rows: [RelevantRow]
}

/// A therapy or trial with potential relevance: what, for which alteration, the direction, the level and references.
struct RelevantRow {
    let therapy: String
    let alteration: String
    let direction: String
    let level: String
    let references: [ReferenceMark]
}

/// A label and its value (one row of a facts table).
struct LabelledValue {
    let name: String
    let value: String
}

/// The report header: pseudonymous identifiers, tumour type and how it was matched, panel and dates.
struct ReportHeaderView {
    let patientId: String?
    let specimenId: String?
    let panel: String?
    let reportDate: String?
    let genomeBuild: String?
    let tumorType: String
    let tumorTypeMatch: String
}

/// One KEAP1/NFE2L2 alteration: what it is, the protein picture, its calls and the evidence, grouped by
/// how the evidence's tumour type relates to the patient's.
struct AlterationCard {
    /// The page anchor, e.g. `alteration-1`.
    let anchor: String
    let title: String
    let facts: [LabelledValue]
    let hotspotStatus: String
    let hotspotDetails: [String]
    let regions: [String]
    let oncogenicity: String?
    let effect: String?
    let pathway: String?
    /// The evidence codes met, their points and the class the standard gives (`OM3 (+2), OP3 (+1) = 3: VUS`).
    let classification: String?
    /// The AMP/ASCO/CAP tier with what it rests on.
    let tier: String?
    /// Notes the reader must see (statements withheld, germline origin).
    let notes: [String]
    /// What the gene does and where cancer changes act, on the gene's first card only.
    let background: String?
    /// The background's sources (DOI and PubMed links).
    let backgroundLinks: [Link]
    /// Questions the knowledgebase cannot answer here.
    let gaps: [String]
    /// Statements whose study population excludes the patient, each with why.
    let notApplicable: [String]
    let overrides: [OverrideRow]
    let warnings: [String]
    /// Nil when the gene has no protein model.
    let protein: ProteinFigure?
    let groups: [EvidenceGroupView]
    let hasStatements: Bool
    let rulesSummary: String
    let rulesFired: [RuleRow]
    let rulesNotFired: [RuleRow]
}

/// Statements whose evidence relates to the patient's tumour type in one way (the patient's own type,
/// pan-cancer, or another tumour type), by kind.
struct EvidenceGroupView {
    /// `patient`, `pan-cancer` or `other`: the CSS class that colours the box.
    let kind: String
    let heading: String
    let note: String
    let sections: [StatementSection]
}

/// Prognosis, therapy, frequency or trial statements within one evidence group.
struct StatementSection {
    let title: String
    /// True for prognosis and therapy statements, which carry evidence levels and are shown as a table.
    let hasLevels: Bool
    let isTherapy: Bool
    let rows: [StatementRow]
}

/// One statement with its direction, evidence levels, effect sizes, survival plots and references.
struct StatementRow {
    let text: String
    let direction: String
    let therapy: String?
    let match: String
    /// The AMP/ASCO/CAP and the Japanese level (prognosis and therapy statements; empty otherwise).
    let levels: [LevelCell]
    let populations: [String]
    let effects: [EffectRow]
    let trialIDs: [String]
    let references: [ReferenceMark]
    let plots: [SurvivalPlot]
    let rule: String
    /// False on the summary page: the row shows its references, not its tumour-type match and rule.
    let detail: Bool
}

/// An evidence level in one framework, or that no sourced level applies, with a reference to its note in
/// the page's level legend.
struct LevelCell {
    let framework: String
    /// E.g. `C (tier II)`, or "no sourced level".
    let level: String
    /// E.g. `(note 1)`.
    let note: String?
}

/// One number an evidence item reports: measure, value with its interval, p value, n and the comparison
/// as the source words it.
struct EffectRow {
    let measure: String
    let value: String?
    let p: String?
    let n: String?
    let comparison: String?
}

/// A numbered reference to an entry of the evidence list.
struct ReferenceMark {
    let number: String
    let anchor: String
}

/// A reviewer's change to a rule conclusion.
struct OverrideRow {
    let field: String
    let originalValue: String
    let newValue: String
    let reviewer: String
    let reason: String
    let date: String
}

/// A rule, fired or not (with the condition that failed).
struct RuleRow {
    let id: String
    let title: String
    let failedCondition: String?
}

/// An alteration outside KEAP1/NFE2L2, listed without interpretation.
struct OtherAlterationRow {
    let gene: String
    let kind: String
    let source: String
    let vaf: String?
}

/// One cited evidence item in the evidence list, with its citation and links.
struct EvidenceEntry {
    let number: String
    let anchor: String
    let id: String
    /// The item's own statement, shown when no statement row of the page carries it.
    let statement: String?
    /// Nil on the summary page.
    let population: String?
    /// False on the summary page: the entry gives the citation and links only.
    let detail: Bool
    let citation: String
    let locator: String
    let verification: String
    let links: [Link]
}

/// A web link (only http and https addresses are linked).
struct Link {
    let label: String
    let url: String
}
