#!/usr/bin/env python3
"""Cross-checks the golden HTML, Markdown and FHIR outputs of the examples against the interpretation JSON
and the knowledgebase files, independently of the Swift writers (used before committing golden files; see
Tests/InterpretationTests/Golden/README.md).

    scripts/check_golden_reports.py KEAPNRF_BINARY

For each example and language it checks that the outputs show: the report header; the summary; every
alteration's HGVS, VAF, depth and genomic positions; the Cancer Hotspots counts as knowledgebase/hotspots.json
lists them; every statement, under the heading of its tumour-type group (patient / pan-cancer / other), with
its AMP/ASCO/CAP level and any assigned Japanese level (an unassigned one is noted once, in the legend); every cited evidence item
with its DOI/PMID links and no curation note; each alteration's AMP/ASCO/CAP tier with its basis, its notes,
its knowledge gaps and the statements kept off the patient with their reasons; every fired and not-fired rule with its title in the page's language as the rule file
writes it; the provenance hashes and the RFC 8785 digest (computed here with json.dumps). For
the FHIR bundle: one Variant per interpreted alteration with the gene's HGNC id, c./p. HGVS and VAF, and one
implication per therapy and prognosis statement plus one per oncogenicity call.
"""
import hashlib
import html
import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "Tests/InterpretationTests/Golden"
TEXTS = yaml.safe_load((ROOT / "knowledgebase/texts.yaml").read_text())["texts"]
HOTSPOTS = json.loads((ROOT / "knowledgebase/hotspots.json").read_text())
GENES = {g: json.loads((ROOT / f"knowledgebase/genes/{g}.json").read_text()) for g in ("KEAP1", "NFE2L2")}
RULE_TITLES = {rule["id"]: rule["title"] for path in sorted((ROOT / "rules").glob("*.yaml")) if path.name != "ruleset.yaml"
               for rule in yaml.safe_load(path.read_text())["rules"]}
GROUP = {"exact": "patient", "ancestor": "patient", "group": "patient", "pan_cancer": "pan-cancer"}
MARKDOWN_SPECIAL = set("\\`*_[]<|~")


def text(key, lang, **values):
    value = TEXTS[key][lang]
    for name, replacement in values.items():
        value = value.replace("{" + name + "}", replacement)
    return value


def md(value):
    return "".join("\\" + c if c in MARKDOWN_SPECIAL else (" " if c == "\n" else c) for c in value)


FORBIDDEN_JA = ("再発変異", "発がん性", "腫瘍型", "処理")


def check_summary_page(name, lang, interpretation, expect):
    """The default (summary) page: page one lists every alteration and every therapy and trial, the summary and
    the Japanese-level note once; it leaves other tumour types' prognosis and frequency statements to the full page;
    a Japanese page uses none of the wordings the expert-panel review rejected."""
    suffix = "Ja" if lang == "ja" else ""
    page = (GOLDEN / f"{name}.{lang}.html").read_text()
    notes = (GOLDEN / f"{name}.{lang}.md").read_text()
    summary = interpretation["summary" + suffix]
    expect(html.escape(summary) in page and md(summary) in notes, "summary missing from the summary page")
    for alteration in interpretation["alterations"]:
        label = f"{alteration['gene']} {alteration['hgvspShort']}"
        expect(f'<a href="#alteration-1">{html.escape(label)}</a>' in page, f"page-one row {label} missing")
        tier = (alteration.get("tier") or {}).get("tier")
        expect(tier is None or f"<td>{tier}</td>" in page, "page-one tier missing")
        for statement in alteration["therapyResistance"] + alteration["trials"]:
            therapy = statement["therapy" + suffix]
            expect(therapy is None or (html.escape(therapy) in page and md(therapy) in notes), f"page-one therapy {therapy} missing")
        for kind in ("prognosis", "frequencies"):
            for statement in alteration[kind]:
                body = statement["statement" + suffix]
                other = statement["tumorTypeMatch"] in ("other_tumor_type", "narrower", "tumor_type_unknown")
                expect((html.escape(body) in page) != other, f"{kind} statement {'shown' if other else 'missing'} on the summary page: {body[:50]}")
    expect(page.count(html.escape(text("level.jp.unassigned", lang))) <= 1, "the Japanese-level note appears more than once")
    if lang == "ja":
        for full in (page, notes, (GOLDEN / f"{name}.{lang}.full.html").read_text(), (GOLDEN / f"{name}.{lang}.full.md").read_text()):
            for word in FORBIDDEN_JA:
                expect(word not in full, f"{word} on a Japanese page")


def number(value):
    return json.dumps(value)


def check(name, lang, binary, problems):
    def expect(condition, message):
        if not condition:
            problems.append(f"{name}.{lang}: {message}")

    interpretation = json.loads(subprocess.run([binary, "annotate", str(ROOT / f"examples/{name}.json")],
                                               check=True, capture_output=True, text=True).stdout)
    page = (GOLDEN / f"{name}.{lang}.full.html").read_text()
    notes = (GOLDEN / f"{name}.{lang}.full.md").read_text()
    check_summary_page(name, lang, interpretation, expect)
    bundle = json.loads((GOLDEN / f"{name}.{lang}.fhir.json").read_text())
    suffix = "Ja" if lang == "ja" else ""

    for field in ("patientId", "specimenId", "panel", "reportDate", "genomeBuild"):
        value = interpretation["report"][field]
        expect(html.escape(value) in page and md(value) in notes, f"header {field} {value!r} missing")
    summary = interpretation["summary" + suffix]
    expect(html.escape(summary) in page and md(summary) in notes, "summary missing")
    disclaimer = interpretation["disclaimer" + suffix]
    expect(html.escape(disclaimer) in page and md(disclaimer) in notes, "disclaimer missing")

    for alteration in interpretation["alterations"]:
        for field in ("hgvsc", "hgvsp", "hgvspShort"):
            expect(alteration[field] in html.unescape(page), f"{field} {alteration[field]} missing from HTML")
            expect(md(alteration[field]) in notes, f"{field} {alteration[field]} missing from Markdown")
        vaf = f"{number(alteration['vaf'])} ({alteration['vaf'] * 100:.1f}%)"
        expect(vaf in page and vaf in notes, f"VAF {vaf} missing")
        expect(str(alteration["depth"]) in notes, "depth missing")
        for build, change in alteration["genomic"].items():
            position = f"chr{change['chromosome']}:{change['position']} {change['reference']}>{change['alternate']}"
            expect(f"{build}{text('report.colon', lang)}{position}" in notes, f"{build} position {position} missing")
        # Hotspot counts as hotspots.json lists them for the residue.
        for match in alteration["hotspot"]["matches"]:
            rows = [r for r in HOTSPOTS["residues"] if r["gene"] == alteration["gene"] and r["dataset"] == match["dataset"]
                    and r["residue"] == match["residue"]]
            expect(rows, f"hotspot row {match['dataset']} {match['residue']} not in hotspots.json")
            for row in rows:
                counts = ", ".join(f"{k} {row['variantCounts'][k]}" for k in sorted(row["variantCounts"]))
                expect(md(counts) in notes, f"hotspot counts {counts} missing")
                expect(f"{row['tumorCount']} " in notes, f"hotspot tumour count {row['tumorCount']} missing")
        # Statements under the heading of their group, with their levels.
        headings = {group: text(f"report.group.{group}", lang) for group in ("patient", "pan-cancer", "other")}
        for kind in ("prognosis", "therapyResistance", "frequencies", "trials"):
            for statement in alteration[kind]:
                body = md(statement["statement" + suffix])
                position = notes.find(body)
                expect(position >= 0, f"{kind} statement missing: {statement['statement'][:60]}")
                if position < 0:
                    continue
                group = GROUP.get(statement["tumorTypeMatch"], "other")
                before = {g: notes.rfind("### " + md(h) + "\n", 0, position) for g, h in headings.items()}
                expect(max(before, key=before.get) == group, f"statement under the wrong group: {statement['statement'][:60]}")
                block = notes[position:notes.find("\n- ", position)]
                for framework, level in statement["levels"].items():
                    if framework == "jsmo_jsco_jca_v2_1" and not level["level"]:
                        continue  # an unassigned Japanese level is said once, in the legend (checked on the summary page)
                    label = text(f"report.framework.{framework}", lang)
                    shown = level["level"] or text("report.level.none", lang)
                    expect(f"{label}{text('report.colon', lang)}**{md(shown)}**" in block, f"{framework} level {shown} missing")
                    if level["note" + suffix]:
                        expect(md(level["note" + suffix]) in notes, f"{framework} note missing")

    for alteration in interpretation["alterations"]:
        if alteration.get("tier"):
            tier = alteration["tier"]
            shown = text("report.tier.value", lang, tier=tier["tier"], basis=tier["basis" + suffix])
            expect(html.escape(shown) in page and md(shown) in notes, f"tier {tier['tier']} of {alteration['gene']} missing")
        for line in alteration["notes" + suffix] + alteration["knowledgeGaps" + suffix]:
            expect(html.escape(line) in page and md(line) in notes, f"note or gap missing: {line[:60]}")
        for excluded in alteration["notApplicable"]:
            for reason in excluded["reasons" + suffix]:
                expect(html.escape(reason) in page and md(reason) in notes, f"not-applicable reason missing: {reason[:60]}")
        rules = alteration.get("rules") or {}
        for rule in rules.get("fired", []) + rules.get("notFired", []):
            title = RULE_TITLES[rule["id"]][lang]
            expect(rule["title" + suffix] == title, f"rule {rule['id']} title in the JSON differs from the rule file")
            expect(f"<td>{html.escape(title)}</td>" in page and f"{md(rule['id'])}{text('report.colon', lang)}{md(title)}" in notes,
                   f"rule {rule['id']} title ({lang}) missing")

    evidence = interpretation["evidence"]
    for evidence_id, item in evidence.items():
        expect(md(evidence_id) in notes and evidence_id in page, f"evidence {evidence_id} missing")
        citation = item["citation"] or {}
        if citation.get("note"):
            expect(html.escape(citation["note"]) not in page and md(citation["note"]) not in notes, f"curation note of {evidence_id} printed")
        if citation.get("doi"):
            expect(f"https://doi.org/{citation['doi']}" in page, f"DOI link of {evidence_id} missing")
        if citation.get("pmid"):
            expect(f"https://pubmed.ncbi.nlm.nih.gov/{citation['pmid']}/" in page, f"PMID link of {evidence_id} missing")

    canonical = json.dumps(interpretation, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    provenance = interpretation["provenance"]
    for value in (provenance["knowledgebase"]["sha256"], provenance["rules"]["sha256"], provenance["input"]["sha256"], digest):
        expect(value in page and value in notes, f"provenance hash {value} missing")

    resources = [entry["resource"] for entry in bundle["entry"]]
    variants = [r for r in resources if r.get("meta", {}).get("profile") == ["http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"]]
    interpreted = [a for a in interpretation["alterations"] if a["disposition"] == "interpreted"]
    expect(len(variants) == len(interpreted), "one Variant per interpreted alteration")
    for variant, alteration in zip(variants, interpreted):
        components = {c["code"]["coding"][0]["code"]: c for c in variant["component"]}
        gene = GENES[alteration["gene"]]
        expect(components["48018-6"]["valueCodeableConcept"]["coding"][0]["code"] == gene["hgnc"], "HGNC id")
        expect(components["48004-6"]["valueCodeableConcept"]["coding"][0]["code"] == f"{alteration['transcript']}:{alteration['hgvsc']}", "c.HGVS")
        expect(components["48005-3"]["valueCodeableConcept"]["coding"][0]["code"] == f"{gene['maneSelect']['refseqProtein']}:{alteration['hgvsp']}", "p.HGVS")
        expect(components["81258-6"]["valueQuantity"]["value"] == alteration["vaf"], "VAF fraction")
    implications = [r for r in resources if "derivedFrom" in r]
    expected = sum(len(a["prognosis"]) + len(a["therapyResistance"]) + (1 if a["oncogenicity"] else 0) for a in interpreted)
    expect(len(implications) == expected, f"{len(implications)} implications, expected {expected}")
    report = resources[0]
    expect(report["conclusion"].startswith(summary), "DiagnosticReport.conclusion is the summary")
    expect(report.get("effectiveDateTime") == interpretation["report"]["reportDate"], "effectiveDateTime is the report date")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 64
    problems = []
    for name in ("lusc-nfe2l2-e79k", "luad-keap1-g333c-stk11-kras", "escc-nfe2l2-d29h"):
        for lang in ("en", "ja"):
            check(name, lang, sys.argv[1], problems)
    print("\n".join(problems) if problems else "all golden outputs agree with the interpretation JSON and the knowledgebase")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
