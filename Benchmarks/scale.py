#!/usr/bin/env python3
"""Scaling of `keapnrf annotate` with the number of variants, in each input format.

Writes synthetic reports of 1,000, 10,000 and 100,000 variants (and the hostile inputs of issue 12: 300,000
variants, 45 MB FoundationOne and FHIR XML of small elements, a 40 MB JSON string of escapes, 20,000 KEAP1
variants) into a temporary folder, annotates each once with the given (release) binary under /usr/bin/time,
and prints wall time and peak resident memory, per variant and as the ratio to the next smaller size of the same format
(linear growth gives ratios near the size ratio, 10).

    python3 Benchmarks/scale.py .build/release/keapnrf [--sizes 1000,10000,100000] [--hostile]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def write_maf(n, path):
    with open(path, "w") as f:
        f.write("Hugo_Symbol\tNCBI_Build\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\t"
                "Tumor_Sample_Barcode\tHGVSp_Short\tt_depth\tt_alt_count\n")
        for i in range(n):
            f.write(f"GENE{i % 500}\tGRCh37\t1\t{1000000 + i}\tC\tA\tS1\tp.A{i % 900 + 1}T\t100\t20\n")


def write_vcf(n, path):
    with open(path, "w") as f:
        f.write("##fileformat=VCFv4.2\n##reference=GRCh37\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tT\n")
        for i in range(n):
            f.write(f"1\t{1000000 + i}\t.\tC\tA\t.\tPASS\tGENE=G{i % 50}\tGT:AD\t0/1:80,20\n")


def write_json(n, path, gene=None):
    if gene:  # distinct in-scope changes: single-base insertions along the coding sequence
        variants = [{"gene": gene, "hgvsc": f"c.{i % 1800 + 1}_{i % 1800 + 2}ins{'ACGT'[i % 4]}"} for i in range(n)]
    else:
        variants = [{"gene": f"GENE{i % 500}", "hgvsp": f"p.A{i % 900 + 1}T", "vaf": 0.2, "depth": 100} for i in range(n)]
    report = {"format": "keapnrf-report", "formatVersion": 1, "genomeBuild": "GRCh37",
              "tumorType": {"oncotreeCode": "LUAD"}, "shortVariants": variants}
    with open(path, "w") as f:
        json.dump(report, f)


def write_fmi(n, path):
    with open(path, "w") as f:
        f.write('<rr:ResultsReport xmlns:rr="http://integration.foundationmedicine.com/reporting"><rr:ResultsPayload>'
                '<variant-report xmlns="http://foundationmedicine.com/compbio/variant-report-external" '
                'disease-ontology="Lung adenocarcinoma"><short-variants>\n')
        for i in range(n):
            f.write(f'<short-variant allele-fraction="0.2" cds-effect="{i % 900 + 1}C&gt;T" depth="100" gene="GENE{i % 500}" '
                    f'protein-effect="A{i % 300 + 1}V" status="unknown" transcript="NM_000001"><dna-evidence sample="S1"/></short-variant>\n')
        f.write("</short-variants></variant-report></rr:ResultsPayload></rr:ResultsReport>\n")


def write_small_elements(path, size, root='<variant-report xmlns="http://foundationmedicine.com/compbio/variant-report-external"><short-variants/>'):
    """Small elements the reader does not read, inside a FoundationOne variant report (or another root)."""
    name = root[1:].split()[0]
    with open(path, "w") as f:
        f.write(root + "<x>")
        f.write("<a/>" * ((size - 200) // 4))
        f.write(f"</x></{name}>")


def write_escaped_string(path, size):
    with open(path, "w") as f:
        f.write('{"resourceType":"Bundle","type":"collection","id":"' + "\\n" * (size // 2) + '"}')


def measure(binary, path, extra):
    command = ["/usr/bin/time", "-f", "%e %M", binary, "annotate", path] + extra
    with open(os.devnull, "w") as sink:
        result = subprocess.run(command, stdout=sink, stderr=subprocess.PIPE, text=True)
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024, result.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--hostile", action="store_true", help="also the hostile inputs of issue 12")
    arguments = parser.parse_args()
    sizes = [int(s) for s in arguments.sizes.split(",")]
    writers = {"maf": (write_maf, ".maf"), "vcf": (write_vcf, ".vcf"), "keapnrf-json": (write_json, ".json"),
               "f1cdx-xml": (write_fmi, ".xml")}
    with tempfile.TemporaryDirectory() as folder:
        print("format        variants   seconds  peak MB   µs/variant  KB/variant  time ratio")
        for name, (write, suffix) in writers.items():
            previous = None
            for n in sizes:
                path = os.path.join(folder, f"{name}-{n}{suffix}")
                write(n, path)
                seconds, megabytes, status = measure(arguments.binary, path, [])
                ratio = f"{seconds / previous:.1f}x" if previous else ""
                print(f"{name:12} {n:9} {seconds:9.2f} {megabytes:8.0f} {seconds / n * 1e6:11.1f} {megabytes * 1024 / n:11.2f}  {ratio}"
                      + ("" if status == 0 else f"  (exit {status})"))
                previous = seconds
                os.remove(path)
        if arguments.hostile:
            cases = [
                ("300,000-variant MAF", lambda p: write_maf(300000, p), ".maf", []),
                ("300,000-variant VCF", lambda p: write_vcf(300000, p), ".vcf", []),
                ("300,000-variant keapnrf JSON", lambda p: write_json(300000, p), ".json", []),
                ("20,000 KEAP1 variants, keapnrf JSON", lambda p: write_json(20000, p, gene="KEAP1"), ".json", []),
                ("200,000-variant FoundationOne XML", lambda p: write_fmi(200000, p), ".xml", []),
                ("45 MB XML of small elements", lambda p: write_small_elements(p, 45 * 1024 * 1024), ".xml", []),
                ("45 MB FHIR XML of small elements", lambda p: write_small_elements(
                    p, 45 * 1024 * 1024, '<Bundle xmlns="http://hl7.org/fhir"><type value="collection"/>'), ".xml", []),
                ("40 MB JSON string of escapes (fhir-json)", lambda p: write_escaped_string(p, 40 * 1024 * 1024), ".json", ["--format", "fhir-json"]),
            ]
            print("\nhostile input                               seconds  peak MB  exit")
            for label, write, suffix, extra in cases:
                path = os.path.join(folder, "hostile" + suffix)
                write(path)
                seconds, megabytes, status = measure(arguments.binary, path, extra)
                print(f"{label:42} {seconds:8.2f} {megabytes:8.0f}  {status}")
                os.remove(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
