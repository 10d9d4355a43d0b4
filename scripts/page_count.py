#!/usr/bin/env python3
"""Prints each bundled example's tumour-board page to PDF with headless Chromium (A4, the page's own print CSS)
and checks the page count: at most MAX_PAGES at the default detail (issue 11), and reports the full detail's count.

    scripts/page_count.py KEAPNRF_BINARY [MAX_PAGES]

Needs `chromium` and `pdfinfo` (Debian: chromium, poppler-utils); exits 0 with a notice when either is missing, so
CI runs it only where Chromium is available. Exit 1 when any default page is longer than MAX_PAGES (default 4).
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ["escc-nfe2l2-d29h", "luad-keap1-g333c-stk11-kras", "lusc-nfe2l2-e79k"]


def pages(chromium, html, pdf):
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()], check=True, capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def main():
    binary = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium or not shutil.which("pdfinfo"):
        print("page count skipped: chromium or pdfinfo is not installed")
        return 0
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for name in EXAMPLES:
            for lang in ("en", "ja"):
                counts = {}
                for detail in ("summary", "full"):
                    html = Path(folder) / f"{name}.{lang}.{detail}.html"
                    subprocess.run([binary, "annotate", str(ROOT / "examples" / f"{name}.json"), "--output", "html",
                                    "--lang", lang, "--detail", detail, "--out", str(html)], check=True)
                    counts[detail] = pages(chromium, html, Path(folder) / f"{name}.{lang}.{detail}.pdf")
                print(f"{name} {lang}: {counts['summary']} A4 page(s) at default detail, {counts['full']} with --detail full")
                if counts["summary"] > limit:
                    failures.append(f"{name} {lang}: {counts['summary']} pages > {limit}")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
