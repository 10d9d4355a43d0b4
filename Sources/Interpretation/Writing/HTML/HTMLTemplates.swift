/// The Mustache templates of the HTML report. Every value is written with `{{…}}`, which escapes `<`, `>`,
/// `&`, `"` and `'`; no template uses unescaped output. Names inside sections start with `.` so that a missing
/// optional value is never looked up in an enclosing object. Labels come from `label` (`report.*` in
/// `knowledgebase/texts.yaml`).
enum HTMLTemplates {
    /// Template name → Mustache text; `page` is the entry point.
    static let all: [String: String] = [
        "page": page, "card": card, "section": section, "protein": protein, "survival": survival,
        "style": HTMLStyle.sheet,
    ]

    static let page = #"""
    <!DOCTYPE html>
    <html lang="{{language}}">
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>{{label.title}}{{#header.patientId}} — {{.}}{{/header.patientId}}</title>
    <style>
    {{>style}}
    </style>
    </head>
    <body>
    <header>
    <h1>{{label.title}}</h1>
    <p class="disclaimer">{{disclaimer}}</p>
    <table class="facts">
    <tr><th>{{label.patientId}}</th><td>{{#header.patientId}}{{.}}{{/header.patientId}}{{^header.patientId}}{{label.notGiven}}{{/header.patientId}}</td></tr>
    <tr><th>{{label.specimenId}}</th><td>{{#header.specimenId}}{{.}}{{/header.specimenId}}{{^header.specimenId}}{{label.notGiven}}{{/header.specimenId}}</td></tr>
    <tr><th>{{label.tumorType}}</th><td><strong>{{header.tumorType}}</strong><span class="meta">{{header.tumorTypeMatch}}</span></td></tr>
    <tr><th>{{label.panel}}</th><td>{{#header.panel}}{{.}}{{/header.panel}}{{^header.panel}}{{label.notGiven}}{{/header.panel}}</td></tr>
    <tr><th>{{label.reportDate}}</th><td>{{#header.reportDate}}{{.}}{{/header.reportDate}}{{^header.reportDate}}{{label.notGiven}}{{/header.reportDate}}</td></tr>
    <tr><th>{{label.genomeBuild}}</th><td>{{#header.genomeBuild}}{{.}}{{/header.genomeBuild}}{{^header.genomeBuild}}{{label.notGiven}}{{/header.genomeBuild}}</td></tr>
    </table>
    </header>
    {{^empty(overview)}}
    <section>
    <h2>{{label.overview}}</h2>
    <table class="overview">
    <thead><tr><th>{{label.overviewAlteration}}</th><th>{{label.vaf}}</th><th>{{label.originLabel}}</th><th>{{label.overviewClassification}}</th><th>{{label.overviewTier}}</th><th>{{label.overviewImplication}}</th></tr></thead>
    <tbody>
    {{#overview}}
    <tr><td><a href="#{{.anchor}}">{{.alteration}}</a></td><td>{{.vaf}}</td><td>{{.origin}}</td><td>{{.classification}}</td><td>{{.tier}}</td><td>{{.implication}}</td></tr>
    {{/overview}}
    </tbody>
    </table>
    </section>
    {{/empty(overview)}}
    <section>
    <h2>{{label.summary}}</h2>
    <p>{{summary}}</p>
    {{#warnings}}
    <p class="warning">{{.}}</p>
    {{/warnings}}
    </section>
    {{^empty(relevant)}}
    <section>
    <h2>{{label.relevant}}</h2>
    {{#relevant}}
    <h3>{{.heading}}</h3>
    <table class="relevant">
    <thead><tr><th>{{label.relevantTherapy}}</th><th>{{label.overviewAlteration}}</th><th>{{label.relevantDirection}}</th><th>{{label.relevantLevel}}</th><th>{{label.references}}</th></tr></thead>
    <tbody>
    {{#.rows}}
    <tr><td>{{.therapy}}</td><td>{{.alteration}}</td><td>{{.direction}}</td><td>{{.level}}</td><td>{{#.references}}<a href="#{{.anchor}}">[{{.number}}]</a>{{/.references}}</td></tr>
    {{/.rows}}
    </tbody>
    </table>
    {{/relevant}}
    <p class="meta">{{label.relevantNote}}</p>
    </section>
    {{/empty(relevant)}}
    {{#omitted}}
    <p class="meta">{{.}}</p>
    {{/omitted}}
    {{#alterations}}
    {{>card}}
    {{/alterations}}
    {{^alterations}}
    <p>{{label.noAlterations}}</p>
    {{/alterations}}
    <section>
    <h2>{{label.otherAlterations}}</h2>
    <p class="meta">{{label.otherAlterationsNote}}</p>
    {{^empty(otherAlterations)}}
    <table>
    <thead><tr><th>{{label.gene}}</th><th>{{label.kind}}</th><th>{{label.asReported}}</th><th>{{label.vaf}}</th></tr></thead>
    <tbody>
    {{#otherAlterations}}
    <tr><td>{{.gene}}</td><td>{{.kind}}</td><td>{{.source}}</td><td>{{.vaf}}</td></tr>
    {{/otherAlterations}}
    </tbody>
    </table>
    {{/empty(otherAlterations)}}
    {{#empty(otherAlterations)}}
    <p>{{label.none}}</p>
    {{/empty(otherAlterations)}}
    {{^empty(biomarkers)}}
    <h3>{{label.biomarkers}}</h3>
    <table class="facts">
    {{#biomarkers}}
    <tr><th>{{.name}}</th><td>{{.value}}</td></tr>
    {{/biomarkers}}
    </table>
    {{/empty(biomarkers)}}
    </section>
    {{^empty(levelLegend)}}
    <section>
    <h2>{{label.levelLegend}}</h2>
    <dl class="levels">
    {{#levelLegend}}
    <dt>{{.term}}</dt><dd>{{.text}}</dd>
    {{/levelLegend}}
    </dl>
    </section>
    {{/empty(levelLegend)}}
    <section>
    <h2>{{label.evidence}}</h2>
    <ol class="evidence">
    {{#evidence}}
    <li id="{{.anchor}}"><strong>{{.citation}}</strong>
    {{#.detail}}
    <span class="meta">{{label.locator}}{{label.colon}}{{.locator}} · {{.verification}} · <code>{{.id}}</code></span>
    {{/.detail}}
    {{#.population}}
    <span class="meta">{{label.population}}{{label.colon}}{{.}}</span>
    {{/.population}}
    {{#.statement}}
    <span>{{.}}</span>
    {{/.statement}}
    {{#.links}}
    <span class="meta"><a href="{{.url}}">{{.label}}</a></span>
    {{/.links}}
    </li>
    {{/evidence}}
    </ol>
    </section>
    <section>
    <h2>{{label.provenance}}</h2>
    <table class="facts">
    {{#provenance}}
    <tr><th>{{.name}}</th><td class="hash">{{.value}}</td></tr>
    {{/provenance}}
    </table>
    <p class="meta">{{label.provenanceNote}}</p>
    </section>
    {{#isFull}}
    <footer>
    <p class="disclaimer">{{disclaimer}}</p>
    </footer>
    {{/isFull}}
    </body>
    </html>

    """#

    static let card = #"""
    <article class="card" id="{{.anchor}}">
    <h2>{{.title}}</h2>
    <div class="calls">
    <span><span class="call-label">{{label.oncogenicity}}{{label.colon}}</span><strong>{{#.oncogenicity}}{{.}}{{/.oncogenicity}}{{^.oncogenicity}}—{{/.oncogenicity}}</strong></span>
    <span><span class="call-label">{{label.effect}}{{label.colon}}</span><strong>{{#.effect}}{{.}}{{/.effect}}{{^.effect}}—{{/.effect}}</strong></span>
    <span><span class="call-label">{{label.hotspot}}{{label.colon}}</span><strong>{{.hotspotStatus}}</strong></span>
    </div>
    {{#.pathway}}
    <p><span class="call-label">{{label.pathway}}{{label.colon}}</span>{{.}}</p>
    {{/.pathway}}
    {{#.classification}}
    <p><span class="call-label">{{label.classification}}{{label.colon}}</span>{{.}}</p>
    {{/.classification}}
    {{#.tier}}
    <p><span class="call-label">{{label.tier}}{{label.colon}}</span>{{.}}</p>
    {{/.tier}}
    {{#.notes}}
    <p class="note">{{.}}</p>
    {{/.notes}}
    {{#.background}}
    <p class="background"><span class="call-label">{{label.geneBackground}}{{label.colon}}</span>{{.}}{{#.backgroundLinks}} <a href="{{.url}}">{{.label}}</a>{{/.backgroundLinks}}</p>
    {{/.background}}
    <dl class="facts-grid">
    {{#.facts}}
    <dt>{{.name}}</dt><dd>{{.value}}</dd>
    {{/.facts}}
    </dl>
    {{^empty(.hotspotDetails)}}
    <h4>{{label.hotspotCounts}}</h4>
    <ul>
    {{#.hotspotDetails}}
    <li>{{.}}</li>
    {{/.hotspotDetails}}
    </ul>
    {{/empty(.hotspotDetails)}}
    {{^empty(.regions)}}
    <h4>{{label.regions}}</h4>
    <ul>
    {{#.regions}}
    <li>{{.}}</li>
    {{/.regions}}
    </ul>
    {{/empty(.regions)}}
    {{#.protein}}
    {{>protein}}
    {{/.protein}}
    {{^empty(.overrides)}}
    <h4>{{label.overrides}}</h4>
    <table>
    <thead><tr><th>{{label.overrideField}}</th><th>{{label.rulesValue}}</th><th>{{label.reviewerValue}}</th><th>{{label.reviewer}}</th><th>{{label.reason}}</th><th>{{label.date}}</th></tr></thead>
    <tbody>
    {{#.overrides}}
    <tr><td>{{.field}}</td><td>{{.originalValue}}</td><td>{{.newValue}}</td><td>{{.reviewer}}</td><td>{{.reason}}</td><td>{{.date}}</td></tr>
    {{/.overrides}}
    </tbody>
    </table>
    {{/empty(.overrides)}}
    {{^empty(.warnings)}}
    <h4>{{label.warnings}}</h4>
    <ul>
    {{#.warnings}}
    <li class="warning">{{.}}</li>
    {{/.warnings}}
    </ul>
    {{/empty(.warnings)}}
    {{#.groups}}
    <section class="group {{.kind}}">
    <h3>{{.heading}}</h3>
    <p class="group-note">{{.note}}</p>
    {{#.sections}}
    {{>section}}
    {{/.sections}}
    </section>
    {{/.groups}}
    {{^.hasStatements}}
    <p>{{label.noStatements}}</p>
    {{/.hasStatements}}
    {{^empty(.gaps)}}
    <h4>{{label.gaps}}</h4>
    <ul>
    {{#.gaps}}
    <li>{{.}}</li>
    {{/.gaps}}
    </ul>
    {{/empty(.gaps)}}
    {{^empty(.notApplicable)}}
    <h4>{{label.notApplicable}}</h4>
    <ul>
    {{#.notApplicable}}
    <li>{{.}}</li>
    {{/.notApplicable}}
    </ul>
    {{/empty(.notApplicable)}}
    {{^empty(.rulesFired)}}
    <details>
    <summary>{{.rulesSummary}}</summary>
    <h4>{{label.rulesFired}}</h4>
    <table>
    <thead><tr><th>{{label.rule}}</th><th>{{label.ruleTitle}}</th></tr></thead>
    <tbody>
    {{#.rulesFired}}
    <tr><td><code>{{.id}}</code></td><td>{{.title}}</td></tr>
    {{/.rulesFired}}
    </tbody>
    </table>
    <div class="rules-not-fired">
    <h4>{{label.rulesNotFired}}</h4>
    <table>
    <thead><tr><th>{{label.rule}}</th><th>{{label.ruleTitle}}</th><th>{{label.failedCondition}}</th></tr></thead>
    <tbody>
    {{#.rulesNotFired}}
    <tr><td><code>{{.id}}</code></td><td>{{.title}}</td><td>{{.failedCondition}}</td></tr>
    {{/.rulesNotFired}}
    </tbody>
    </table>
    </div>
    <p class="meta print-only">{{label.rulesNotFiredPrintNote}}</p>
    <p class="meta">{{label.rulesLanguageNote}}</p>
    </details>
    {{/empty(.rulesFired)}}
    {{#empty(.rulesFired)}}
    <p class="meta">{{.rulesSummary}}</p>
    {{/empty(.rulesFired)}}
    </article>

    """#

    static let section = #"""
    <h4>{{.title}}</h4>
    {{#.hasLevels}}
    <table class="statements">
    <thead><tr>{{#.isTherapy}}<th class="narrow">{{label.therapy}}</th>{{/.isTherapy}}<th class="narrow">{{label.direction}}</th><th class="levels">{{label.levels}}</th><th>{{label.statement}}</th></tr></thead>
    <tbody>
    {{#.rows}}
    <tr>
    {{#isTherapy}}<td>{{#.therapy}}{{.}}{{/.therapy}}</td>{{/isTherapy}}
    <td>{{.direction}}</td>
    <td>{{#.levels}}<span class="level-line">{{.framework}}{{label.colon}}<strong>{{.level}}</strong>{{#.note}} {{.}}{{/.note}}</span>{{/.levels}}</td>
    <td><span>{{.text}}</span>
    {{#.detail}}
    <span class="meta">{{label.match}}{{label.colon}}{{.match}} · {{label.rule}}{{label.colon}}<code>{{.rule}}</code> · {{label.references}}{{label.colon}}{{#.references}}<a href="#{{.anchor}}">[{{.number}}]</a>{{/.references}}</span>
    {{/.detail}}
    {{^.detail}}
    <span class="meta">{{#.references}}<a href="#{{.anchor}}">[{{.number}}]</a>{{/.references}}</span>
    {{/.detail}}
    {{#.populations}}
    <span class="meta">{{label.population}}{{label.colon}}{{.}}</span>
    {{/.populations}}
    {{^empty(.effects)}}
    <table class="effects">
    <thead><tr><th>{{label.measure}}</th><th>{{label.value}}</th><th>{{label.pValue}}</th><th>{{label.n}}</th><th>{{label.comparison}}</th></tr></thead>
    <tbody>
    {{#.effects}}
    <tr><td>{{.measure}}</td><td>{{#.value}}{{.}}{{/.value}}</td><td>{{#.p}}{{.}}{{/.p}}</td><td>{{#.n}}{{.}}{{/.n}}</td><td>{{#.comparison}}{{.}}{{/.comparison}}</td></tr>
    {{/.effects}}
    </tbody>
    </table>
    {{/empty(.effects)}}
    </td>
    </tr>
    {{^empty(.plots)}}
    <tr><td colspan="{{#isTherapy}}4{{/isTherapy}}{{^isTherapy}}3{{/isTherapy}}">
    {{#.plots}}
    {{>survival}}
    {{/.plots}}
    </td></tr>
    {{/empty(.plots)}}
    {{/.rows}}
    </tbody>
    </table>
    {{/.hasLevels}}
    {{^.hasLevels}}
    <ul class="statements">
    {{#.rows}}
    <li>{{#.trialIDs}}<strong>{{.}}</strong> {{/.trialIDs}}<span>{{.text}}</span>
    {{#.therapy}}
    <span class="meta">{{label.intervention}}{{label.colon}}{{.}}</span>
    {{/.therapy}}
    {{#.detail}}
    <span class="meta">{{label.match}}{{label.colon}}{{.match}} · {{label.rule}}{{label.colon}}<code>{{.rule}}</code> · {{label.references}}{{label.colon}}{{#.references}}<a href="#{{.anchor}}">[{{.number}}]</a>{{/.references}}</span>
    {{/.detail}}
    {{^.detail}}
    <span class="meta">{{#.references}}<a href="#{{.anchor}}">[{{.number}}]</a>{{/.references}}</span>
    {{/.detail}}
    </li>
    {{/.rows}}
    </ul>
    {{/.hasLevels}}

    """#

    static let protein = #"""
    <figure class="protein">
    {{#.panels}}
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{.width}} {{.height}}" width="{{.width}}" height="{{.height}}" role="img" aria-label="{{.description}}">
    <title>{{.description}}</title>
    <line class="axis" x1="{{.countAxis.x1}}" y1="{{.countAxis.y1}}" x2="{{.countAxis.x2}}" y2="{{.countAxis.y2}}"/>
    {{#.countTicks}}
    <line class="axis" x1="{{.x1}}" y1="{{.y1}}" x2="{{.x2}}" y2="{{.y2}}"/><text x="{{.labelX}}" y="{{.labelY}}" text-anchor="end">{{.label}}</text>
    {{/.countTicks}}
    <text x="4" y="14">{{.countLabel}}</text>
    {{#.stems}}
    <line class="stem{{#.isPatientResidue}} patient{{/.isPatientResidue}}" x1="{{.x}}" y1="{{.base}}" x2="{{.x}}" y2="{{.top}}"><title>{{.title}}</title></line>
    <circle class="stem-head{{#.isPatientResidue}} patient{{/.isPatientResidue}}" cx="{{.x}}" cy="{{.top}}" r="2.8"><title>{{.title}}</title></circle>
    {{/.stems}}
    <rect class="backbone" x="{{.backbone.x}}" y="{{.backbone.y}}" width="{{.backbone.width}}" height="{{.backbone.height}}"/>
    {{#.features}}
    <rect class="{{.style}}" x="{{.rect.x}}" y="{{.rect.y}}" width="{{.rect.width}}" height="{{.rect.height}}"/><text x="{{.numberX}}" y="{{.numberY}}" text-anchor="{{.numberAnchor}}">{{.number}}</text>
    {{/.features}}
    {{#.residueTicks}}
    <line class="axis" x1="{{.x1}}" y1="{{.y1}}" x2="{{.x2}}" y2="{{.y2}}"/><text x="{{.labelX}}" y="{{.labelY}}" text-anchor="middle">{{.label}}</text>
    {{/.residueTicks}}
    {{#.variant}}
    <polygon class="variant-mark" points="{{.points}}"/><text class="variant-label" x="{{.labelX}}" y="{{.labelY}}" text-anchor="{{.anchor}}">{{.label}}</text>
    <rect class="variant-mark" x="{{.span.x}}" y="{{.span.y}}" width="{{.span.width}}" height="{{.span.height}}"/>
    {{/.variant}}
    </svg>
    {{/.panels}}
    <figcaption>{{.caption}}</figcaption>
    <ol class="legend">
    {{#.legend}}
    <li><span class="swatch {{.style}}"></span>{{.label}}{{#.range}} ({{.}}){{/.range}}</li>
    {{/.legend}}
    </ol>
    </figure>

    """#

    static let survival = #"""
    <figure class="survival">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{.width}} {{.height}}" width="{{.width}}" height="{{.height}}" role="img" aria-label="{{.title}}">
    <title>{{.title}}</title>
    {{#.axes}}
    <line class="axis" x1="{{.x1}}" y1="{{.y1}}" x2="{{.x2}}" y2="{{.y2}}"/>
    {{/.axes}}
    {{#.timeTicks}}
    <line class="axis" x1="{{.x1}}" y1="{{.y1}}" x2="{{.x2}}" y2="{{.y2}}"/><text x="{{.labelX}}" y="{{.labelY}}" text-anchor="middle">{{.label}}</text>
    {{/.timeTicks}}
    {{#.survivalTicks}}
    <line class="axis" x1="{{.x1}}" y1="{{.y1}}" x2="{{.x2}}" y2="{{.y2}}"/><text x="{{.labelX}}" y="{{.labelY}}" text-anchor="end">{{.label}}</text>
    {{/.survivalTicks}}
    <text x="{{.timeLabelX}}" y="{{.timeLabelY}}" text-anchor="middle">{{.timeLabel}}</text>
    <text transform="rotate(-90)" x="{{.survivalLabelX}}" y="{{.survivalLabelY}}" text-anchor="middle">{{.survivalLabel}}</text>
    {{#.curves}}
    <path class="{{.style}}" d="{{.path}}"/>
    <line class="{{.style}}" x1="60" y1="{{.legendY}}" x2="80" y2="{{.legendY}}"/><text x="86" y="{{.legendTextY}}">{{.legend}}</text>
    {{/.curves}}
    </svg>
    <figcaption><strong>{{.title}}</strong> {{.caption}}</figcaption>
    </figure>

    """#
}
