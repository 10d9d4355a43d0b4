#!/usr/bin/env python3
"""Regenerate the derived part of keapnrf's knowledgebase from the shared reference data.

Reads ../shared/reference/ (see its PROVENANCE.md) and writes, in the project's own format:

  knowledgebase/genes/KEAP1.json, knowledgebase/genes/NFE2L2.json   transcripts, sequences, exon models
  knowledgebase/features.json                                      motifs, domains, windows, exons
  knowledgebase/hotspots.json                                      Cancer Hotspots residues and counts
  knowledgebase/oncotree.json                                      OncoTree 2025_10_03 (CC BY 4.0)

and then rewrites knowledgebase/manifest.json with the SHA-256 of every knowledgebase file
(derived, hand-curated, and the cohort evidence in knowledgebase/cohorts/ written by `keapnrf cohort derive`). Output is deterministic: sorted keys, two-space indent, LF, UTF-8.

Usage:
  python3 tools/kb/build_knowledgebase.py [--shared ../shared] [--kb knowledgebase]
  python3 tools/kb/build_knowledgebase.py --manifest-only      # after editing a curated file
  python3 tools/kb/build_knowledgebase.py --check              # exit 1 if anything would change

Python 3.8+ standard library only.
"""
import argparse
import csv
import hashlib
import io
import json
import os
import sys

SCHEMA_VERSION = 1
KB_VERSION = "1.0.0"
DERIVED_FILES = ["genes/KEAP1.json", "genes/NFE2L2.json", "features.json", "hotspots.json", "oncotree.json"]

REF = "shared/reference"


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [line.rstrip("\r\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    return [dict(zip(header, row + [""] * (len(header) - len(row)))) for row in body]


def read_fasta(path):
    with open(path, encoding="utf-8") as handle:
        lines = [line.strip() for line in handle if line.strip()]
    return lines[0][1:], "".join(lines[1:]).upper()


def source(path, note=None):
    entry = {"file": f"{REF}/{path}", "provenance": f"{REF}/PROVENANCE.md"}
    if note:
        entry["note"] = note
    return entry


CODON = {}
_bases = "TCAG"
_aas = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG"
for i, a in enumerate(_bases):
    for j, b in enumerate(_bases):
        for k, c in enumerate(_bases):
            CODON[a + b + c] = _aas[16 * i + 4 * j + k]


def translate(cds):
    return "".join(CODON[cds[i:i + 3]] for i in range(0, len(cds) - 2, 3))


def check(condition, message):
    if not condition:
        sys.exit(f"build_knowledgebase: check failed: {message}")


# --------------------------------------------------------------------------------------- genes

ONCOKB_GENE_LIST = "oncokb/oncokb_cancer_gene_list_KEAP1_NFE2L2.tsv"
MANE_SUMMARY = "transcripts/MANE.GRCh38.v1.5.summary_KEAP1_NFE2L2.tsv"
ISOFORM_MAPPINGS = "transcripts/isoform_mappings_genome_nexus.tsv"


def sequences(ref, gene, cds_file, protein_file, cds_length, protein_length):
    """The CDS and its translation, checked against the protein FASTA and the expected lengths."""
    _, cds = read_fasta(os.path.join(ref, cds_file))
    _, protein_fasta = read_fasta(os.path.join(ref, protein_file))
    protein = translate(cds).rstrip("*")
    check(protein == protein_fasta, f"{gene} protein FASTA equals the translated CDS")
    check(len(cds) == cds_length and len(protein) == protein_length, f"{gene} CDS {cds_length} nt / {protein_length} aa")
    return cds, protein


def coding_exons(rows, start_column, end_column):
    return [{"exon": int(r["exon"]), "start": int(r[start_column]), "end": int(r[end_column]),
             "cFirst": int(r["c_first"]), "cLast": int(r["c_last"])} for r in rows]


def exon_model(chromosome, exons, exon_file, note):
    return {"chromosome": chromosome, "strand": "-", "codingExons": exons, "source": source(exon_file, note)}


def oncokb_role(value, gene_type):
    return {
        "value": value,
        "statement": f"OncoKB cancer gene list: Gene Type {gene_type}",
        "source": source(ONCOKB_GENE_LIST, "genome-nexus-importer oncokb_cancer_genes_list.txt (MIT), commit 7586dbef"),
    }


def mane_select(refseq_transcript, refseq_protein, ensembl_transcript, ensembl_protein):
    return {"refseqTranscript": refseq_transcript, "refseqProtein": refseq_protein,
            "ensemblTranscript": ensembl_transcript, "ensemblProtein": ensembl_protein,
            "source": source(MANE_SUMMARY, "MANE v1.5 summary")}


def alias(accession, versions, basis, cds_identical, note, source_file, source_note=None):
    return {"accession": accession, "versions": versions, "basis": basis, "cdsIdentical": cds_identical,
            "numbering": "identical", "note": note, "source": source(source_file, source_note)}


def gene_record(symbol, name, hgnc, ncbi_gene_id, uniprot, role, mane, aliases, cds, protein, models):
    return {"schemaVersion": SCHEMA_VERSION, "symbol": symbol, "name": name, "hgnc": hgnc, "ncbiGeneId": ncbi_gene_id,
            "uniprot": uniprot, "role": role, "maneSelect": mane, "transcriptAliases": aliases, "cds": cds,
            "protein": protein, "models": models}


def keap1(ref):
    exon_file = "transcripts/KEAP1.NM_203500.2.coding_exons.GRCh37_GRCh38.tsv"
    rows = read_tsv(os.path.join(ref, exon_file))
    cds, protein = sequences(ref, "KEAP1", "transcripts/KEAP1.NM_203500.2.cds.fa", "transcripts/KEAP1.Q14145.protein.fa", 1875, 624)
    return gene_record(
        "KEAP1", "kelch like ECH associated protein 1", "HGNC:23177", 9817, "Q14145",
        oncokb_role("tumor_suppressor", "TSG"),
        mane_select("NM_203500.2", "NP_987096.1", "ENST00000171111.10", "ENSP00000171111.4"),
        [
            alias("NM_203500", ["1", "2"], "same_transcript_other_version", "assumed",
                  "NM_203500.1 is the OncoKB/MSK isoform override for KEAP1; the CDS of .1 was not compared with .2 here",
                  ISOFORM_MAPPINGS),
            alias("NM_012289", [], "shared_ccds", "verified",
                  "NM_012289 (NP_036421.2) and NM_203500 (NP_987096.1) share CCDS12239.1, so the CDS and residue numbering are identical; FoundationOne reports name NM_012289 without a version",
                  ISOFORM_MAPPINGS, "CCDS2UniProtKB.current.txt and isoform_overrides_uniprot.txt"),
            alias("NP_036421", [], "shared_ccds", "verified",
                  "NP_036421.2 (the protein of NM_012289) shares CCDS12239.1 with NP_987096.1, so residue numbering is identical",
                  ISOFORM_MAPPINGS, "CCDS2UniProtKB.current.txt"),
            alias("ENST00000171111", [], "ensembl_mane_equivalent", "verified",
                  "ENST00000171111.10 is the Ensembl MANE Select twin of NM_203500.2; the GRCh37 CDS used here comes from this transcript",
                  MANE_SUMMARY),
            alias("ENST00000393623", [], "same_uniprot_protein", "assumed",
                  "ENST00000393623 encodes ENSP00000377245, mapped to UniProt Q14145 with the same length (624 aa)",
                  ISOFORM_MAPPINGS, "reviewed_map_grch37.tsv / reviewed_map_grch38.tsv"),
        ],
        {"sequence": cds, "status": "sourced",
         "note": "ENST00000171111 CDS cut from GRCh37 (darwinian_shift test data, MIT); protein identical to the project's translation",
         "source": source("transcripts/KEAP1.NM_203500.2.cds.fa")},
        {"sequence": protein, "status": "sourced", "unconfirmedResidues": [],
         "note": "translated from the CDS; equal to Q14145 length and to 54 reference residues named by Cancer Hotspots and OncoKB",
         "source": source("transcripts/KEAP1.Q14145.protein.fa")},
        {
            "GRCh37": exon_model("19", coding_exons(rows, "grch37_coding_start", "grch37_coding_end"), exon_file,
                                 "Ensembl BioMart export of ENST00000171111 (GRCh37)"),
            "GRCh38": exon_model("19", coding_exons(rows, "grch38_coding_start_chain", "grch38_coding_end_chain"), exon_file,
                                 "GRCh37 lifted per base with the UCSC hg19ToHg38 chain; equal to the JSON model exon by exon"),
        },
    )


def nfe2l2(ref):
    exon_file = "transcripts/NFE2L2.NM_006164.5.exons.GRCh38_GRCh37.tsv"
    rows = read_tsv(os.path.join(ref, exon_file))
    cds, protein = sequences(ref, "NFE2L2", "transcripts/NFE2L2.NM_006164.5.cds.RECONSTRUCTED.fa",
                             "transcripts/NFE2L2.Q16236.protein.RECONSTRUCTED.fa", 1818, 605)
    check(protein[28:31] == "DLG" and protein[78:82] == "ETGE", "NFE2L2 DLG at 29-31 and ETGE at 79-82")
    return gene_record(
        "NFE2L2", "NFE2 like bZIP transcription factor 2 (NRF2)", "HGNC:7782", 4780, "Q16236",
        oncokb_role("oncogene", "ONCOGENE"),
        mane_select("NM_006164.5", "NP_006155.2", "ENST00000397062.8", "ENSP00000380252.3"),
        [
            alias("NM_006164", ["4", "5"], "same_transcript_other_version", "assumed",
                  "NM_006164.4 is the OncoKB/MSK isoform for NFE2L2; its CDS was not compared with .5 here",
                  ISOFORM_MAPPINGS),
            alias("ENST00000397062", [], "ensembl_mane_equivalent", "verified",
                  "ENST00000397062.8 is the Ensembl MANE Select twin of NM_006164.5 (CCDS42782.1 = NP_006155.2 = Q16236-1)",
                  MANE_SUMMARY),
        ],
        {"sequence": cds, "status": "reconstructed",
         "note": "written out from recollection of the RefSeq sequence and checked against 96 TCGA MC3 SNV reference bases, 4 indels and the partial protein; NOT copied from a cited source",
         "source": source("transcripts/NFE2L2.NM_006164.5.cds.RECONSTRUCTED.fa")},
        {
            "sequence": protein, "status": "reconstructed",
            "unconfirmedResidues": [
                {"start": 1, "end": 16, "reason": "residues 1-16 are checked by no independent source"},
                {"start": 72, "end": 72, "reason": "reconstructed CDS reads Ala (GCT); the independent partial sequence reads Thr"},
                {"start": 92, "end": 92, "reason": "reconstructed CDS reads Ile (ATC); the independent partial sequence reads Thr"},
            ],
            "note": "translation of the reconstructed CDS; equal to the independent partial sequence at 587 of 589 residues (17-605) and to every MC3 and Cancer Hotspots reference residue",
            "source": source("transcripts/NFE2L2.Q16236.protein.RECONSTRUCTED.fa"),
        },
        {
            "GRCh38": exon_model("2", coding_exons(rows, "grch38_coding_start", "grch38_coding_end"), exon_file,
                                 "RefSeq GFF-derived exon list; spans checked against MANE and Ensembl"),
            "GRCh37": exon_model("2", coding_exons(rows, "grch37_coding_start", "grch37_coding_end"), exon_file,
                                 "GRCh38 lifted per base with the UCSC hg38ToHg19 chain (GRCh37 = GRCh38 + 864728); the older JSON block was 1 bp low"),
        },
    )


# --------------------------------------------------------------------------------------- features

FEATURE_IDS = {
    ("NFE2L2", "DLG motif core"): ("DLG", "DLG motif (KEAP1-binding, low affinity)", "DLG モチーフ"),
    ("NFE2L2", "ETGE motif"): ("ETGE", "ETGE motif (KEAP1-binding, high affinity)", "ETGE モチーフ"),
    ("NFE2L2", "Neh2 N-terminal recurrent in-frame-indel window (DLG region)"): ("NEH2_INDEL_WINDOW_21_42", "Recurrent in-frame indel window 21-42 (DLG region)", "インフレーム挿入欠失ホットスポット領域 21-42（DLG 領域）"),
    ("NFE2L2", "ETGE-region recurrent in-frame-indel window"): ("ETGE_INDEL_WINDOW_73_87", "Recurrent in-frame indel window 73-87 (ETGE region)", "インフレーム挿入欠失ホットスポット領域 73-87（ETGE 領域）"),
    ("NFE2L2", "exon 2 (protein-coding part)"): ("EXON2", "Exon 2 (aa 16-104)", "エクソン 2（16-104 番アミノ酸）"),
    ("NFE2L2", "exons 2-3 (protein-coding part)"): ("EXON2_3", "Exons 2-3 (aa 16-134)", "エクソン 2-3（16-134 番アミノ酸）"),
    ("KEAP1", "C151"): ("C151", "Cysteine 151 (BTB domain, redox-sensitive)", "システイン 151（BTB ドメイン）"),
    ("KEAP1", "C273"): ("C273", "Cysteine 273", "システイン 273"),
    ("KEAP1", "C288"): ("C288", "Cysteine 288", "システイン 288"),
    ("KEAP1", "Kelch/DC region 3D mutation clusters"): ("KELCH_DC_3D_CLUSTERS", "Kelch/DC region 3D mutation clusters (364-550)", "Kelch/DC 領域の 3D 変異クラスター（364-550）"),
    ("KEAP1", "BTB-region 3D mutation cluster"): ("BTB_3D_CLUSTER", "BTB region 3D mutation cluster (139-169)", "BTB 領域の 3D 変異クラスター（139-169）"),
    ("NFE2L2", "nuclear localisation signal 1 (NLS)"): ("NLS1", "Nuclear localisation signal 1", "核移行シグナル 1"),
    ("NFE2L2", "nuclear export signal (NES, Neh5 region)"): ("NES_NEH5", "Nuclear export signal (Neh5 region)", "核外輸送シグナル（Neh5 領域）"),
    ("NFE2L2", "beta-TrCP degron DSGIS (Neh6); GSK-3beta phospho-sites S344, S347"): ("DSGIS", "beta-TrCP degron DSGIS (Neh6)", "β-TrCP デグロン DSGIS（Neh6）"),
    ("NFE2L2", "beta-TrCP degron DSAPGS (Neh6)"): ("DSAPGS", "beta-TrCP degron DSAPGS (Neh6)", "β-TrCP デグロン DSAPGS（Neh6）"),
    ("NFE2L2", "nuclear export signal 2 (NES, Neh1 region)"): ("NES_NEH1", "Nuclear export signal 2 (Neh1 region)", "核外輸送シグナル 2（Neh1 領域）"),
    ("NFE2L2", "nuclear localisation signal 2 (NLS, Neh3 region)"): ("NLS2", "Nuclear localisation signal 2 (Neh3 region)", "核移行シグナル 2（Neh3 領域）"),
}


def feature_status(row):
    status = row["status"]
    if "UNVERIFIED" in status or "DERIVED from the UNVERIFIED" in status:
        return "unverified"
    if status.startswith("literature-reported position"):
        return "unverified"
    if "cite before use" in status or "cite UniProt" in status:
        return "positions_verified_label_secondary"
    return "verified"


def features(ref, genes):
    rows = read_tsv(os.path.join(ref, "domains.tsv"))
    out = []
    for row in rows:
        key = (row["gene"], row["feature"])
        check(key in FEATURE_IDS, f"domains.tsv feature has an id: {key}")
        fid, label_en, label_ja = FEATURE_IDS[key]
        start, end = int(row["aa_start"]), int(row["aa_end"])
        residues = row["residues"] if row["residues"] not in ("", "-") else None
        if residues is not None:
            protein = genes[row["gene"]]["protein"]["sequence"]
            check(protein[start - 1:end] == residues, f"{row['gene']} {fid} residues {residues} at {start}-{end}")
        out.append({
            "id": fid, "gene": row["gene"], "type": row["type"], "start": start, "end": end,
            "residues": residues, "name": row["feature"], "label": {"en": label_en, "ja": label_ja},
            "status": feature_status(row), "statusNote": row["status"], "evidence": row["evidence"],
            "source": {"file": f"{REF}/domains.tsv", "citation": row["source"]},
        })
    out += domain_features(ref, genes)
    return {"schemaVersion": SCHEMA_VERSION, "features": out}


def read_commented_tsv(path):
    """A TSV whose first line is a '# Source: ...' comment; returns (comment, rows)."""
    with open(path, encoding="utf-8") as handle:
        comment = handle.readline().lstrip("# ").strip()
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return comment, rows


def domain_features(ref, genes):
    """KEAP1 BTB, BACK and Kelch repeats from the two domain databases in domains/ (Pfam v31.0 on UniProt Q14145,
    via g3viz; NCBI CDD/SMART Region features on NP_987096, via maftools). Each feature spans both databases' calls
    (their union) and names each database's boundaries, so a reader sees where they disagree."""
    pfam_comment, pfam_rows = read_commented_tsv(os.path.join(ref, "domains", "pfam_uniprot_KEAP1_NFE2L2_CUL3.tsv"))
    cdd_comment, cdd_rows = read_commented_tsv(os.path.join(ref, "domains", "cdd_smart_refseq_KEAP1_NFE2L2.tsv"))
    pfam = [(r["hmm.name"], int(r["start"]), int(r["end"])) for r in pfam_rows if r["symbol"] == "KEAP1"]
    cdd = [(r["Label"], int(r["Start"]), int(r["End"])) for r in cdd_rows if r["HGNC"] == "KEAP1" and r["protein.ID"] == "NP_987096"]
    check(all(int(r["length"]) == len(genes["KEAP1"]["protein"]["sequence"]) for r in pfam_rows if r["symbol"] == "KEAP1"), "Pfam KEAP1 length")
    pfam_commit = pfam_comment.split("commit ")[1].split(" ")[0]
    cdd_commit = cdd_comment.split("commit ")[1].split(" ")[0]

    def feature(fid, name, label_en, label_ja, pfam_range, cdd_range):
        start, end = min(pfam_range[0], cdd_range[0]), max(pfam_range[1], cdd_range[1])
        calls = f"Pfam v31.0 on UniProt Q14145 (g3viz {pfam_commit[:8]}): {pfam_range[0]}-{pfam_range[1]}; NCBI CDD/SMART on NP_987096 (maftools {cdd_commit[:8]}): {cdd_range[0]}-{cdd_range[1]}"
        return {
            "id": fid, "gene": "KEAP1", "type": "domain", "start": start, "end": end, "residues": None, "name": name,
            "label": {"en": label_en, "ja": label_ja},
            "status": "verified", "statusNote": "database domain calls; the feature spans both databases' boundaries",
            "evidence": calls,
            "source": {"file": f"{REF}/domains/", "citation": f"domain databases: {calls}"},
        }

    def one(rows, name):
        found = [(start, end) for label, start, end in rows if label == name]
        check(len(found) == 1, f"one {name} call for KEAP1")
        return found[0]

    out = [
        feature("KEAP1_BTB", "BTB domain", "BTB domain", "BTB ドメイン", one(pfam, "BTB"), one(cdd, "BTB")),
        feature("KEAP1_BACK", "BACK domain", "BACK domain", "BACK ドメイン", one(pfam, "BACK"), one(cdd, "BACK")),
    ]
    pfam_kelch = sorted((s, e) for label, s, e in pfam if label == "Kelch_1")
    cdd_kelch = sorted((s, e) for label, s, e in cdd if label == "Kelch")
    check(len(pfam_kelch) == 6 and len(cdd_kelch) == 6, "six Kelch repeats in each database")
    out.append(feature("KEAP1_KELCH", "Kelch repeats (six-bladed propeller)", "Kelch repeats", "Kelch リピート",
                       (pfam_kelch[0][0], pfam_kelch[-1][1]), (cdd_kelch[0][0], cdd_kelch[-1][1])))
    for index, (p_range, c_range) in enumerate(zip(pfam_kelch, cdd_kelch), start=1):
        out.append(feature(f"KEAP1_KELCH{index}", f"Kelch repeat {index}", f"Kelch repeat {index}", f"Kelch リピート {index}", p_range, c_range))
    return out


# --------------------------------------------------------------------------------------- hotspots

DATASETS = {
    "v1_single_residue": {
        "citation": "Chang MT, Asthana S, Gao SP, et al. Identifying recurrent mutations in cancer reveals widespread lineage diversity and mutational specificity. Nat Biotechnol 2016;34(2):155-163",
        "pmid": "26619011", "doi": "10.1038/nbt.3391", "nTumors": 11119, "verified": True,
        "seenIn": "https://pmc.ncbi.nlm.nih.gov/articles/PMC4744099 (title, authors, journal, DOI, PMID)"},
    "v2_single_residue_and_indel": {
        "citation": "Chang MT, et al. Cancer Discov 2018;8:174",
        "pmid": "29247016", "doi": None, "nTumors": 24592, "verified": True,
        "seenIn": "shared/reference/PROVENANCE.md (cancerhotspots v2 publication)"},
    "3d_hotspots": {
        "citation": "Gao J, et al. 3D clusters of somatic mutations in cancer reveal numerous rare mutations as functional targets. Genome Med 2017;9:4",
        "pmid": "28115009", "doi": "10.1186/s13073-016-0393-x", "nTumors": None, "verified": True,
        "seenIn": "http://genomemedicine.biomedcentral.com/articles/10.1186/s13073-016-0393-x (title, DOI)"},
    "v3_new_hotspots": {
        "citation": "rows new in cancerhotspots v3, attributed by the site to Bandlamudi et al., 2026, with no PubMed record",
        "pmid": None, "doi": None, "nTumors": None, "verified": False,
        "seenIn": "shared/reference/PROVENANCE.md (UNVERIFIED publication)"},
}


def parse_counts(text):
    counts = {}
    for part in filter(None, text.split("|")):
        allele, count = part.rsplit(":", 1)
        counts[allele] = counts.get(allele, 0) + int(count)
    return dict(sorted(counts.items()))


def hotspots(ref, genes):
    rows = read_tsv(os.path.join(ref, "hotspots/cancerhotspots_KEAP1_NFE2L2.tsv"))
    out = []
    for row in rows:
        dataset = row["dataset"]
        check(dataset in DATASETS, f"known hotspot dataset {dataset}")
        check(row["check_counts"] == "ok", f"hotspot row counts check {row['gene']} {row['residue']}")
        start, end = int(row["aa_start"]), int(row["aa_end"])
        protein = genes[row["gene"]]["protein"]["sequence"]
        kind = row["hotspot_type"]
        if kind != "in_frame_indel":
            check(protein[start - 1] == row["ref_aa"], f"{row['gene']} {row['residue']} reference residue")
        entry = {
            "gene": row["gene"], "dataset": dataset, "type": kind, "residue": row["residue"],
            "start": start, "end": end, "referenceAminoAcid": row["ref_aa"] if kind != "in_frame_indel" else None,
            "variantCounts": parse_counts(row["variant_aa_counts"]),
            "tumorCount": int(row["tumor_count"]) if row["tumor_count"] else None,
            "qValue": row["q_value"] or None,
            "clusterId": row["cluster_id"] or None,
            "tumorTypeComposition": row["tumor_type_composition"] or None,
        }
        out.append(entry)
    out.sort(key=lambda e: (e["gene"], e["dataset"], e["start"], e["end"], e["type"], e["clusterId"] or ""))
    datasets = [{"id": k, **v, "source": {"file": f"{REF}/hotspots/cancerhotspots_KEAP1_NFE2L2.tsv",
                                          "repository": "github cBioPortal/cancerhotspots, commit 8c79cc62e85df53930a775191ca828cf27449152",
                                          "provenance": f"{REF}/PROVENANCE.md"}} for k, v in sorted(DATASETS.items())]
    return {"schemaVersion": SCHEMA_VERSION, "datasets": datasets, "residues": out}


# --------------------------------------------------------------------------------------- oncotree

def oncotree(ref):
    rows = read_tsv(os.path.join(ref, "oncotree/oncotree_2025_10_03.tsv"))
    nodes = [{"code": r["code"], "name": r["name"], "mainType": r["main_type"] or None, "tissue": r["tissue"] or None,
              "parent": r["parent"] or None, "level": int(r["level"])} for r in rows]
    codes = {n["code"] for n in nodes}
    check(len(codes) == len(nodes) == 898, "OncoTree 2025_10_03 has 898 unique codes")
    check(all(n["parent"] is None or n["parent"] in codes for n in nodes), "every OncoTree parent exists")
    nodes.sort(key=lambda n: n["code"])
    return {
        "schemaVersion": SCHEMA_VERSION,
        "release": "oncotree_2025_10_03",
        "license": "CC BY 4.0",
        "attribution": "OncoTree, release oncotree_2025_10_03, https://github.com/cBioPortal/oncotree, licensed under CC BY 4.0 (Creative Commons Attribution 4.0 International). Changes: flattened to code, name, main type, tissue, parent and level.",
        "source": source("oncotree/oncotree_2025_10_03.tsv", "cBioPortal/oncotree trees/oncotree_2025_10_03.json, commit b362db70f6472fb6349329d1ef6d8f3dcef7d083"),
        "nodes": nodes,
    }


# --------------------------------------------------------------------------------------- output

def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def manifest(kb_dir, existing):
    files = []
    for root, _, names in os.walk(kb_dir):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), kb_dir).replace(os.sep, "/")
            if rel in ("manifest.json", "README.md") or name.startswith("."):
                continue
            files.append(rel)
    files.sort()
    return {
        "schemaVersion": SCHEMA_VERSION,
        "name": "keapnrf knowledgebase",
        "version": existing.get("version", KB_VERSION),
        "derivedFrom": "../shared/reference (see its PROVENANCE.md); regenerate with tools/kb/build_knowledgebase.py",
        "files": [{"path": rel, "sha256": sha256(os.path.join(kb_dir, rel)),
                   "kind": "derived" if rel in DERIVED_FILES or rel.startswith("cohorts/") else "curated"} for rel in files],
    }


def read_text(path):
    """The file's text, or None when it does not exist."""
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def update(path, text, check):
    """Writes `text` to `path` unless it already holds it (or `check` is set); True when the file differs."""
    if read_text(path) == text:
        return False
    if not check:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    return True


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(repo), "shared"))
    parser.add_argument("--kb", default=os.path.join(repo, "knowledgebase"))
    parser.add_argument("--manifest-only", action="store_true")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file would change")
    args = parser.parse_args()

    outputs = {}
    if not args.manifest_only:
        ref = os.path.join(args.shared, "reference")
        if not os.path.isdir(ref):
            sys.exit(f"build_knowledgebase: shared reference data not found at {ref}")
        genes = {"KEAP1": keap1(ref), "NFE2L2": nfe2l2(ref)}
        outputs["genes/KEAP1.json"] = dumps(genes["KEAP1"])
        outputs["genes/NFE2L2.json"] = dumps(genes["NFE2L2"])
        outputs["features.json"] = dumps(features(ref, genes))
        outputs["hotspots.json"] = dumps(hotspots(ref, genes))
        outputs["oncotree.json"] = dumps(oncotree(ref))

    changed = [rel for rel, text in outputs.items() if update(os.path.join(args.kb, rel), text, args.check)]
    # The manifest hashes the files as they are now on disk (derived files rewritten above, curated ones as edited).
    manifest_path = os.path.join(args.kb, "manifest.json")
    existing = json.loads(read_text(manifest_path) or "{}")
    if update(manifest_path, dumps(manifest(args.kb, existing)), args.check):
        changed.append("manifest.json")

    if args.check:
        if changed:
            print("knowledgebase differs from a fresh build: " + ", ".join(changed))
            sys.exit(1)
        print("knowledgebase is up to date")
    else:
        print("wrote " + (", ".join(changed) if changed else "nothing (already up to date)"))


if __name__ == "__main__":
    main()
