#!/usr/bin/env python3
"""Validates keapnrf FHIR bundles independently of the Swift code.

1. Parses each bundle with the PyPI package fhir.resources (its FHIR R4B model, the R4-family model the
   package ships; Bundle, DiagnosticReport, Observation, Patient and Specimen have the same structure in R4
   4.0.1 and R4B 4.3.0): types, cardinalities, required elements, code formats, unknown elements.
2. Checks what that base validator does not: the Genomics Reporting IG STU3 (3.0.0) profiles and codes the
   bundle claims (genomic-report, variant, therapeutic-implication, diagnostic-implication), urn:uuid fullUrls,
   and that every reference resolves inside the bundle.

Usage: validate_fhir.py BUNDLE.json [...]   exits 1 and prints every problem when a bundle is invalid.
"""
import json
import re
import sys

from fhir.resources.R4B.bundle import Bundle

IG = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/"
LOINC = "http://loinc.org"
TBD = "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs"
# Required bindings of FHIR R4 that the model does not enforce.
STATUS = {
    "DiagnosticReport": {"registered", "partial", "preliminary", "final", "amended", "corrected", "appended",
                         "cancelled", "entered-in-error", "unknown"},
    "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"},
}
UUID = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def codes(concept, system):
    return [c.get("code") for c in (concept or {}).get("coding", []) if c.get("system") == system]


def references(value):
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        for member in value.values():
            found += references(member)
        return found
    if isinstance(value, list):
        return [ref for item in value for ref in references(item)]
    return []


def check_ig(bundle):
    problems = []
    entries = bundle.get("entry", [])
    urls = [entry.get("fullUrl") for entry in entries]
    if bundle.get("type") != "collection":
        problems.append("Bundle.type must be collection")
    if len(set(urls)) != len(urls):
        problems.append("duplicate fullUrl")
    for url in urls:
        if not UUID.match(url or ""):
            problems.append(f"fullUrl {url!r} is not a urn:uuid")
    for reference in references(bundle):
        if reference not in urls:
            problems.append(f"reference {reference} does not resolve in the bundle")
    resources = {entry["fullUrl"]: entry["resource"] for entry in entries}
    for url, resource in resources.items():
        allowed = STATUS.get(resource["resourceType"])
        if allowed is not None and resource.get("status") not in allowed:
            problems.append(f"{url}: status {resource.get('status')!r} is not in the required R4 value set")
    reports = [r for r in resources.values() if r["resourceType"] == "DiagnosticReport"]
    if len(reports) != 1:
        problems.append("expected one DiagnosticReport")
    for report in reports:
        if IG + "genomic-report" not in report.get("meta", {}).get("profile", []):
            problems.append("DiagnosticReport lacks the genomic-report profile")
        if "51969-4" not in codes(report.get("code"), LOINC):
            problems.append("DiagnosticReport.code must be LOINC 51969-4")
        results = [ref["reference"] for ref in report.get("result", [])]
        observations = [url for url, r in resources.items() if r["resourceType"] == "Observation"]
        if sorted(results) != sorted(observations):
            problems.append("DiagnosticReport.result must list every Observation of the bundle")
    variants = set()
    for url, resource in resources.items():
        if resource["resourceType"] != "Observation":
            continue
        profiles = resource.get("meta", {}).get("profile", [])
        categories = [code for concept in resource.get("category", []) for code in
                      codes(concept, "http://terminology.hl7.org/CodeSystem/observation-category")]
        if "laboratory" not in categories:
            problems.append(f"{url}: category laboratory is required by the IG's genomic base profile")
        if IG + "variant" in profiles:
            variants.add(url)
            if "69548-6" not in codes(resource.get("code"), LOINC):
                problems.append(f"{url}: Variant code must be LOINC 69548-6")
            components = {code: c for c in resource.get("component", []) for code in codes(c.get("code"), LOINC)}
            if "48018-6" not in components:
                problems.append(f"{url}: Variant lacks the gene-studied component 48018-6")
            for code in ("48004-6", "48005-3"):
                for coding in components.get(code, {}).get("valueCodeableConcept", {}).get("coding", []):
                    if coding.get("system") != "http://varnomen.hgvs.org":
                        problems.append(f"{url}: HGVS component {code} must use http://varnomen.hgvs.org")
            vaf = components.get("81258-6", {}).get("valueQuantity")
            if vaf is not None and not 0 <= vaf.get("value", -1) <= 1:
                problems.append(f"{url}: allele frequency must be a fraction between 0 and 1")
        elif IG + "therapeutic-implication" in profiles or IG + "diagnostic-implication" in profiles:
            expected = "therapeutic-implication" if IG + "therapeutic-implication" in profiles else "diagnostic-implication"
            if expected not in codes(resource.get("code"), TBD):
                problems.append(f"{url}: code must be {TBD}#{expected}")
            if "value" in "".join(resource.keys()):
                problems.append(f"{url}: implications carry no value[x]")
            derived = [ref["reference"] for ref in resource.get("derivedFrom", [])]
            if not derived:
                problems.append(f"{url}: an implication must be derivedFrom its variant")
        else:
            problems.append(f"{url}: Observation without a Genomics Reporting profile")
    for url, resource in resources.items():
        for ref in resource.get("derivedFrom", []):
            if ref["reference"] not in variants:
                problems.append(f"{url}: derivedFrom {ref['reference']} is not a Variant")
    return problems


def main(paths):
    failed = False
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        problems = []
        try:
            Bundle.model_validate_json(text)
        except Exception as error:  # the validator's message names the element and the rule
            problems.append(f"fhir.resources R4B: {error}")
        problems += check_ig(json.loads(text))
        if problems:
            failed = True
            print(f"{path}: INVALID")
            for problem in problems:
                print(f"  {problem}")
        else:
            print(f"{path}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(64)
    sys.exit(main(sys.argv[1:]))
