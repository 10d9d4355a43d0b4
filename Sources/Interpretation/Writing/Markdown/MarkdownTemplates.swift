/// The Mustache templates of the Markdown report: the same content as the HTML page without pictures
/// (the survival curves are summarised by their legends), for pasting into tumour-board notes. Values are
/// escaped for Markdown; every partial selects that escaping itself, as the engine resets it per partial.
/// Links are written as `<…>` autolinks from addresses checked to hold no spaces or angle brackets.
enum MarkdownTemplates {
    /// Template name → Mustache text; `page` is the entry point.
    static let all: [String: String] = ["page": page, "card": card, "section": section, "links": links]

    static let page = #"""
    {{% CONTENT_TYPE: MARKDOWN}}
    # {{label.title}}

    **{{disclaimer}}**

    | {{label.patientId}} | {{#header.patientId}}{{.}}{{/header.patientId}}{{^header.patientId}}{{label.notGiven}}{{/header.patientId}} |
    |---|---|
    | {{label.specimenId}} | {{#header.specimenId}}{{.}}{{/header.specimenId}}{{^header.specimenId}}{{label.notGiven}}{{/header.specimenId}} |
    | {{label.tumorType}} | **{{header.tumorType}}** {{header.tumorTypeMatch}} |
    | {{label.panel}} | {{#header.panel}}{{.}}{{/header.panel}}{{^header.panel}}{{label.notGiven}}{{/header.panel}} |
    | {{label.reportDate}} | {{#header.reportDate}}{{.}}{{/header.reportDate}}{{^header.reportDate}}{{label.notGiven}}{{/header.reportDate}} |
    | {{label.genomeBuild}} | {{#header.genomeBuild}}{{.}}{{/header.genomeBuild}}{{^header.genomeBuild}}{{label.notGiven}}{{/header.genomeBuild}} |

    {{^empty(overview)}}
    ## {{label.overview}}

    | {{label.overviewAlteration}} | {{label.vaf}} | {{label.originLabel}} | {{label.overviewClassification}} | {{label.overviewTier}} | {{label.overviewImplication}} |
    |---|---|---|---|---|---|
    {{#overview}}
    | {{.alteration}} | {{.vaf}} | {{.origin}} | {{.classification}} | {{.tier}} | {{.implication}} |
    {{/overview}}

    {{/empty(overview)}}
    ## {{label.summary}}

    {{summary}}
    {{#warnings}}

    - {{.}}
    {{/warnings}}
    {{^empty(relevant)}}

    ## {{label.relevant}}
    {{#relevant}}

    ### {{.heading}}

    {{#.rows}}
    - **{{.therapy}}** ({{.alteration}}){{label.colon}}{{.direction}}; {{label.relevantLevel}} {{.level}} {{#.references}}[{{.number}}]{{/.references}}
    {{/.rows}}
    {{/relevant}}

    {{label.relevantNote}}
    {{/empty(relevant)}}
    {{#omitted}}

    {{.}}
    {{/omitted}}
    {{#alterations}}

    {{>card}}
    {{/alterations}}
    {{^alterations}}

    {{label.noAlterations}}
    {{/alterations}}

    ## {{label.otherAlterations}}

    {{label.otherAlterationsNote}}

    {{#otherAlterations}}
    - {{.gene}} ({{.kind}}): {{.source}}{{#.vaf}}; {{label.vaf}} {{.}}{{/.vaf}}
    {{/otherAlterations}}
    {{#empty(otherAlterations)}}
    {{label.none}}
    {{/empty(otherAlterations)}}
    {{^empty(biomarkers)}}

    ### {{label.biomarkers}}

    {{#biomarkers}}
    - {{.name}}{{label.colon}}{{.value}}
    {{/biomarkers}}
    {{/empty(biomarkers)}}

    {{^empty(levelLegend)}}
    ## {{label.levelLegend}}

    {{#levelLegend}}
    - **{{.term}}**{{label.colon}}{{.text}}
    {{/levelLegend}}

    {{/empty(levelLegend)}}
    ## {{label.evidence}}

    {{#evidence}}
    {{.number}}. **{{.citation}}**{{#.statement}} {{.}}{{/.statement}}{{#.population}} {{label.population}}{{label.colon}}{{.}}.{{/.population}}{{#.detail}} {{label.locator}}{{label.colon}}{{.locator}}. {{.verification}}; {{.id}}.{{/.detail}}{{>links}}
    {{/evidence}}

    ## {{label.provenance}}

    {{#provenance}}
    - {{.name}}{{label.colon}}{{.value}}
    {{/provenance}}

    {{label.provenanceNote}}

    **{{disclaimer}}**

    """#

    static let card = #"""
    {{% CONTENT_TYPE: MARKDOWN}}
    ## {{.title}}

    - **{{label.oncogenicity}}**{{label.colon}}{{#.oncogenicity}}{{.}}{{/.oncogenicity}}{{^.oncogenicity}}—{{/.oncogenicity}}
    - **{{label.effect}}**{{label.colon}}{{#.effect}}{{.}}{{/.effect}}{{^.effect}}—{{/.effect}}
    {{#.pathway}}
    - **{{label.pathway}}**{{label.colon}}{{.}}
    {{/.pathway}}
    {{#.classification}}
    - **{{label.classification}}**{{label.colon}}{{.}}
    {{/.classification}}
    {{#.tier}}
    - **{{label.tier}}**{{label.colon}}{{.}}
    {{/.tier}}
    {{#.background}}
    - **{{label.geneBackground}}**{{label.colon}}{{.}}{{#.backgroundLinks}} <{{.url}}>{{/.backgroundLinks}}
    {{/.background}}
    - **{{label.hotspot}}**{{label.colon}}{{.hotspotStatus}}
    {{#.hotspotDetails}}
      - {{.}}
    {{/.hotspotDetails}}
    {{^empty(.regions)}}
    - **{{label.regions}}**{{label.colon}}
    {{#.regions}}
      - {{.}}
    {{/.regions}}
    {{/empty(.regions)}}
    {{#.facts}}
    - {{.name}}{{label.colon}}{{.value}}
    {{/.facts}}
    {{^empty(.overrides)}}

    ### {{label.overrides}}

    {{#.overrides}}
    - {{label.overrideField}}{{label.colon}}{{.field}}; {{label.rulesValue}}{{label.colon}}{{.originalValue}}; {{label.reviewerValue}}{{label.colon}}{{.newValue}}; {{label.reviewer}}{{label.colon}}{{.reviewer}}; {{label.reason}}{{label.colon}}{{.reason}}; {{label.date}}{{label.colon}}{{.date}}
    {{/.overrides}}
    {{/empty(.overrides)}}
    {{^empty(.warnings)}}

    ### {{label.warnings}}

    {{#.warnings}}
    - {{.}}
    {{/.warnings}}
    {{/empty(.warnings)}}
    {{#.groups}}

    ### {{.heading}}

    {{.note}}
    {{#.sections}}

    {{>section}}
    {{/.sections}}
    {{/.groups}}
    {{^.hasStatements}}

    {{label.noStatements}}
    {{/.hasStatements}}
    {{#.notes}}

    > {{.}}
    {{/.notes}}
    {{^empty(.gaps)}}

    ### {{label.gaps}}

    {{#.gaps}}
    - {{.}}
    {{/.gaps}}
    {{/empty(.gaps)}}
    {{^empty(.notApplicable)}}

    ### {{label.notApplicable}}

    {{#.notApplicable}}
    - {{.}}
    {{/.notApplicable}}
    {{/empty(.notApplicable)}}

    {{^empty(.rulesFired)}}
    ### {{.rulesSummary}}

    {{label.rulesFired}}{{label.colon}}
    {{#.rulesFired}}
    - {{.id}}{{label.colon}}{{.title}}
    {{/.rulesFired}}

    {{label.rulesNotFired}}{{label.colon}}
    {{#.rulesNotFired}}
    - {{.id}}{{label.colon}}{{.title}} ({{label.failedCondition}}{{label.colon}}{{.failedCondition}})
    {{/.rulesNotFired}}

    {{label.rulesLanguageNote}}
    {{/empty(.rulesFired)}}
    {{#empty(.rulesFired)}}
    {{.rulesSummary}}
    {{/empty(.rulesFired)}}
    """#

    static let section = #"""
    {{% CONTENT_TYPE: MARKDOWN}}
    #### {{.title}}

    {{#.rows}}
    - {{#.trialIDs}}**{{.}}** {{/.trialIDs}}{{#.therapy}}**{{.}}**{{label.colon}}{{/.therapy}}{{#hasLevels}}**{{.direction}}**{{label.colon}}{{/hasLevels}}{{.text}} ({{label.references}}{{label.colon}}{{#.references}}[{{.number}}]{{/.references}})
    {{#.levels}}
      - {{.framework}}{{label.colon}}**{{.level}}**{{#.note}} {{.}}{{/.note}}
    {{/.levels}}
    {{#.detail}}
      - {{label.match}}{{label.colon}}{{.match}}; {{label.rule}}{{label.colon}}{{.rule}}
    {{/.detail}}
    {{#.populations}}
      - {{label.population}}{{label.colon}}{{.}}
    {{/.populations}}
    {{#.effects}}
      - {{.measure}}{{#.value}}{{label.colon}}{{.}}{{/.value}}{{#.p}}; {{label.pValue}} {{.}}{{/.p}}{{#.n}}; {{label.n}} {{.}}{{/.n}}{{#.comparison}}; {{.}}{{/.comparison}}
    {{/.effects}}
    {{#.plots}}
      - {{.title}}. {{.caption}}{{#.curves}} {{.legend}}.{{/.curves}}
    {{/.plots}}
    {{/.rows}}
    """#

    static let links = #"""
    {{% CONTENT_TYPE: TEXT}}
    {{#.links}} <{{.url}}>{{/.links}}
    """#
}
