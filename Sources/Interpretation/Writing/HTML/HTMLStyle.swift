/// The report's style sheet, written into the page so that the file needs nothing else: A4 pages when
/// printed, system fonts (Japanese fonts first for `lang="ja"`), colours that survive greyscale printing
/// through borders and labels. It uses no `<` or `&`, so the page stays well-formed XML.
enum HTMLStyle {
    static let sheet = #"""
    @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { font-family: "Noto Sans", "Helvetica Neue", Arial, "Noto Sans CJK JP", sans-serif; font-size: 9.5pt; line-height: 1.4;
           color: #1a1a1a; max-width: 186mm; margin: 0 auto; padding: 6px; }
    html:lang(ja) body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Noto Sans", sans-serif; }
    h1 { font-size: 15pt; margin: 0 0 6px; color: #1d3557; }
    h2 { font-size: 12.5pt; border-bottom: 2px solid #1d3557; padding-bottom: 2px; margin: 16px 0 8px; color: #1d3557; }
    h3 { font-size: 11pt; margin: 4px 0 4px; }
    h4 { font-size: 10pt; margin: 10px 0 4px; }
    h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
    p { margin: 3px 0; }
    table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
    th, td { border: 1px solid #c3cad4; padding: 2px 4px; vertical-align: top; text-align: left; }
    table.overview td:nth-child(-n+5), table.relevant td:nth-child(n+3), table.effects td:first-child, table.effects th { white-space: nowrap; }
    table.overview td:first-child, table.relevant td:first-child { white-space: normal; min-width: 22mm; }
    th { background: #edf1f6; font-weight: 600; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    table.facts th { width: 30%; }
    dl.facts-grid { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 1px 8px; margin: 4px 0 8px;
                    font-size: 8.5pt; border-top: 1px solid #c3cad4; padding-top: 3px; }
    dl.facts-grid dt { font-weight: 600; color: #2b3440; }
    dl.facts-grid dd { margin: 0; overflow-wrap: anywhere; }
    p.background { font-size: 8.5pt; margin: 4px 0 6px; }
    p.note { border-left: 4px solid #9c5a00; padding-left: 6px; font-size: 8.5pt; }
    table.facts, table.overview, table.relevant { font-size: 8.5pt; }
    .hash, code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 8pt; word-break: break-all; }
    .disclaimer { border: 2px solid #9c5a00; background: #fff7e6; padding: 5px 8px; font-weight: 600; margin: 6px 0 10px; }
    .warning { color: #8a1c1c; }
    .card { border: 1px solid #8c99ab; border-radius: 4px; padding: 8px 10px; margin: 14px 0; }
    .card > h2 { margin-top: 0; }
    .calls { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 4px 0 6px; }
    .call-label { color: #4a5566; }
    .group { border-left: 6px solid #1d3557; padding: 4px 8px 2px; margin: 10px 0; }
    .group.patient { border-color: #1e7b3c; background: #f2f9f4; }
    .group.pan-cancer { border-color: #2a5599; background: #f2f5fb; }
    .group.other { border-color: #a05a00; background: #fdf6ec; }
    .group-note { font-size: 8.5pt; color: #3d4652; }
    .level-line { display: block; font-size: 8.5pt; margin-bottom: 2px; }
    th.narrow { width: 14%; } th.levels { width: 22%; }
    .meta { font-size: 8pt; color: #3d4652; display: block; }
    dl.levels dt { font-weight: 700; margin-top: 4px; }
    dl.levels dd { margin: 0 0 2px 14px; font-size: 8.5pt; }
    .print-only { display: none; }
    table.effects { font-size: 8pt; margin: 3px 0; }
    table.effects th { background: #f6f7f9; }
    ul.statements { padding-left: 18px; margin: 2px 0 6px; }
    figure { margin: 6px 0 10px; }
    figure.survival, figure svg, ol.legend { break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-size: 8pt; color: #3d4652; }
    svg { display: block; max-width: 100%; height: auto; }
    svg text { font-size: 9.5px; fill: #1a1a1a; }
    figure.protein svg { margin-bottom: 4px; }
    table.relevant td:nth-child(2) { white-space: nowrap; }
    .backbone { fill: #d5dae1; stroke: #8c99ab; stroke-width: 0.5; }
    .feature-motif { fill: #c0392b; }
    .feature-cysteine { fill: #7d3c98; }
    .feature-window { fill: #e59866; }
    .feature-exon { fill: #5d8aa8; }
    .feature-cluster { fill: #48a36d; }
    .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: middle; }
    .swatch.feature-motif { background: #c0392b; } .swatch.feature-cysteine { background: #7d3c98; }
    .swatch.feature-window { background: #e59866; } .swatch.feature-exon { background: #5d8aa8; }
    .swatch.feature-cluster { background: #48a36d; }
    .stem { stroke: #7b8794; stroke-width: 1; } .stem-head { fill: #7b8794; }
    .stem.patient { stroke: #b00020; stroke-width: 1.5; } .stem-head.patient { fill: #b00020; }
    .variant-mark { fill: #b00020; } .variant-label { font-weight: 700; fill: #b00020; }
    .axis { stroke: #4a5566; stroke-width: 0.8; }
    .curve-1 { stroke: #b00020; } .curve-2 { stroke: #2a5599; } .curve-3 { stroke: #1e7b3c; } .curve-4 { stroke: #9c5a00; }
    path.curve-1, path.curve-2, path.curve-3, path.curve-4 { fill: none; stroke-width: 1.5; }
    line.curve-1, line.curve-2, line.curve-3, line.curve-4 { stroke-width: 2; }
    ol.legend { columns: 2; font-size: 8pt; padding-left: 18px; margin: 2px 0; }
    ol.evidence li { margin-bottom: 5px; }
    details > summary { cursor: pointer; font-weight: 600; margin: 6px 0; }
    footer { margin-top: 16px; font-size: 8pt; color: #3d4652; }
    a { color: #1d4e89; word-break: break-all; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9pt; }
      figure.protein svg { max-height: 62mm; width: auto; }
      ul, ol { margin-top: 2px; margin-bottom: 4px; }
      ol.legend { columns: 3; }
      h2 { margin: 10px 0 5px; }
      table.facts td.hash { font-size: 7pt; }
      ol.evidence li { margin-bottom: 2px; }
      dl.levels dd { font-size: 8pt; }
      .group { margin: 6px 0; }
      table.facts td, table.facts th { padding: 1px 4px; }
      .card { border: none; padding: 0; }
      .card ~ .card { break-before: page; page-break-before: always; }
      details::details-content { display: block; content-visibility: visible; }
      .rules-not-fired { display: none; }
      .print-only { display: block; }
      a { color: #1a1a1a; text-decoration: none; }
    }
    """#
}
