#!/usr/bin/env python3
"""Agreement of keapnrf's oncogenicity calls with the KEAP1/NFE2L2 rows of the OncoKB export in ../shared.

Every row of ../shared/reference/oncokb/oncokb_allAnnotatedVariants_KEAP1_NFE2L2.tsv is put to keapnrf as one
alteration in a keapnrf JSON report (missense changes as short variants; "Truncating Mutations" as a representative
nonsense change with predicted nonsense-mediated decay, KEAP1 p.R320*; "Deletion" as a deep deletion; NFE2L2 exon
deletions as in-frame exon deletions). For each row the script prints OncoKB's call, keapnrf's rule-based call and the
ClinGen/CGC/VICC class with its codes, then the agreement of both with OncoKB: exact, and with Oncogenic and Likely
Oncogenic merged. The OncoKB export is used for this check only; nothing of it is shipped or read by keapnrf.

    scripts/oncokb_agreement.py [--bin .build/debug/keapnrf] [--shared ../shared] [--markdown FILE]
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

REPRESENTATIVE_TRUNCATION = {"KEAP1": "p.R320*"}
EXON_DELETIONS = {"Exon 2 in-frame deletions": [2], "Exon 2 and 3 in-frame deletions": [2, 3]}
POSITIVE = {"Oncogenic", "Likely Oncogenic"}


def report_for(gene, alteration):
    """A keapnrf JSON report holding the row's alteration, or None when the row cannot be put as one."""
    report = {"format": "keapnrf-report", "formatVersion": 1, "patientId": "ONCOKB-CHECK", "specimenId": "ONCOKB-CHECK",
              "tumorType": {}, "panel": "OncoKB agreement check", "reportDate": "2026-01-01", "genomeBuild": "GRCh38",
              "shortVariants": [], "copyNumberAlterations": [], "rearrangements": []}
    if alteration == "Deletion":
        report["copyNumberAlterations"].append({"gene": gene, "type": "deletion", "copyNumber": 0})
    elif alteration in EXON_DELETIONS:
        report["rearrangements"].append({"genes": [gene], "type": "exon_deletion", "exons": EXON_DELETIONS[alteration], "inFrame": True})
    elif alteration == "Truncating Mutations":
        if gene not in REPRESENTATIVE_TRUNCATION:
            return None
        report["shortVariants"].append({"gene": gene, "hgvsp": REPRESENTATIVE_TRUNCATION[gene]})
    else:
        report["shortVariants"].append({"gene": gene, "hgvsp": "p." + alteration})
    return report


def annotate(binary, report):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(report, handle)
        path = handle.name
    try:
        result = subprocess.run([binary, "annotate", path], capture_output=True, text=True, check=False)
    finally:
        os.unlink(path)
    if result.returncode != 0:
        raise SystemExit(f"keapnrf failed: {result.stderr.strip()}")
    alterations = json.loads(result.stdout)["alterations"]
    if len(alterations) != 1:
        raise SystemExit(f"expected one alteration, found {len(alterations)}")
    return alterations[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=".build/debug/keapnrf")
    parser.add_argument("--shared", default=os.environ.get("KEAPNRF_SHARED", "../shared"))
    parser.add_argument("--markdown", help="also write the table as Markdown to this file")
    args = parser.parse_args()
    export = os.path.join(args.shared, "reference", "oncokb", "oncokb_allAnnotatedVariants_KEAP1_NFE2L2.tsv")
    if not os.path.exists(export):
        print(f"skipped: {export} is absent", file=sys.stderr)
        return 0
    with open(export, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))

    lines = ["| gene | alteration | OncoKB | keapnrf rules | ClinGen/CGC/VICC (points: codes) |", "|---|---|---|---|---|"]
    counts = {"rows": 0, "rules_exact": 0, "rules_merged": 0, "sop_exact": 0, "sop_merged": 0}
    for row in rows:
        gene, alteration, oncokb = row["Hugo Symbol"], row["Alteration"], row["Oncogenicity"]
        report = report_for(gene, alteration)
        if report is None:
            continue
        entry = annotate(args.bin, report)
        rules = entry["oncogenicity"]
        classification = entry.get("classification") or {}
        sop = classification.get("class")
        codes = ", ".join(f"{c['code']} {c['points']:+d}" for c in classification.get("codesMet", [])) or "none"
        counts["rows"] += 1
        counts["rules_exact"] += rules == oncokb
        counts["rules_merged"] += (rules in POSITIVE) == (oncokb in POSITIVE)
        counts["sop_exact"] += sop == oncokb
        counts["sop_merged"] += (sop in POSITIVE) == (oncokb in POSITIVE)
        lines.append(f"| {gene} | {alteration} | {oncokb} | {rules} | {sop} ({classification.get('total')}: {codes}) |")
    n = counts["rows"]
    summary = [
        f"rows compared: {n}",
        f"keapnrf rules vs OncoKB: exact {counts['rules_exact']}/{n}, Oncogenic/Likely Oncogenic merged {counts['rules_merged']}/{n}",
        f"ClinGen/CGC/VICC class vs OncoKB: exact {counts['sop_exact']}/{n}, Oncogenic/Likely Oncogenic merged {counts['sop_merged']}/{n}",
    ]
    print("\n".join(lines + [""] + summary))
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines + [""] + [f"- {s}" for s in summary]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
