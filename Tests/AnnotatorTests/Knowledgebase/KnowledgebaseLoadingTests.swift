import Foundation
import Knowledgebase
import Testing
import TestSupport

@Suite("Knowledgebase loading and validation")
struct KnowledgebaseLoadingTests {
    @Test("the repository knowledgebase loads and holds the facts the issue names")
    func loadsRepositoryKnowledgebase() throws {
        let kb = try KnowledgebaseLoader.load(from: RepositoryPaths.knowledgebase)
        #expect(kb.geneSymbols == ["KEAP1", "NFE2L2"])
        // MANE Select transcripts (MANE v1.5 summary).
        #expect(kb.gene("NFE2L2")?.maneTranscript == "NM_006164.5")
        #expect(kb.gene("KEAP1")?.maneTranscript == "NM_203500.2")
        // Roles: OncoKB cancer gene list (NFE2L2 ONCOGENE, KEAP1 TSG).
        #expect(kb.gene("NFE2L2")?.file.role.value == "oncogene")
        #expect(kb.gene("KEAP1")?.file.role.value == "tumor_suppressor")
        // Protein lengths: UniProt Q16236 605 aa, Q14145 624 aa (genome-nexus reviewed map).
        #expect(kb.gene("NFE2L2")?.proteinLength == 605)
        #expect(kb.gene("KEAP1")?.proteinLength == 624)
        // Motifs and exon 2 range as the issue states them: DLG 29-31, ETGE 79-82, exon 2 = aa 16-104.
        #expect(kb.feature("DLG")?.range == 29...31)
        #expect(kb.feature("ETGE")?.range == 79...82)
        #expect(kb.feature("EXON2")?.range == 16...104)
        #expect(kb.gene("NFE2L2")?.residues(79...82) == "ETGE")
        // The NFE2L2 sequence is reconstructed; residues 1-16, 72 and 92 are unconfirmed (shared PROVENANCE.md).
        let nfe2l2 = try #require(kb.gene("NFE2L2"))
        #expect(nfe2l2.file.cds.status == .reconstructed)
        #expect(nfe2l2.unconfirmedResidues(overlapping: 72...72).count == 1)
        #expect(nfe2l2.unconfirmedResidues(overlapping: 92...92).count == 1)
        #expect(nfe2l2.unconfirmedResidues(overlapping: 16...16).count == 1)
        #expect(nfe2l2.unconfirmedResidues(overlapping: 79...82).isEmpty)
        // OncoTree 2025_10_03: 898 nodes (shared PROVENANCE.md), LUSC under NSCLC under LUNG.
        #expect(kb.oncotree.codes.count == 898)
        #expect(kb.oncotree.lineage(of: "LUSC") == ["LUSC", "NSCLC", "LUNG", "TISSUE"])
        #expect(kb.oncotree.lineage(of: "ESCC") == ["ESCC", "STOMACH", "TISSUE"])
    }

    @Test("hotspot counts are those of the Cancer Hotspots files")
    func hotspotCounts() throws {
        let kb = try KnowledgebaseLoader.load(from: RepositoryPaths.knowledgebase)
        // cancerhotspots_KEAP1_NFE2L2.tsv, v2 row NFE2L2 E79: Q:17|D:1|V:2|G:1|*:2|K:11, tumour count 34.
        let e79 = try #require(kb.hotspots.verifiedRows(gene: "NFE2L2", overlapping: 79...79).first { $0.dataset == "v2_single_residue_and_indel" && $0.type == "single_residue" })
        #expect(e79.variantCounts["K"] == 11)
        #expect(e79.variantCounts["Q"] == 17)
        #expect(e79.tumorCount == 34)
        // v2 row KEAP1 G333: C:4|S:2|F:1, tumour count 7.
        let g333 = try #require(kb.hotspots.verifiedRows(gene: "KEAP1", overlapping: 333...333).first)
        #expect(g333.variantCounts == ["C": 4, "S": 2, "F": 1])
        #expect(g333.tumorCount == 7)
        // v3 rows (publication unverified) are never verified rows: KEAP1 R362 exists only in v3.
        #expect(kb.hotspots.verifiedRows(gene: "KEAP1", overlapping: 362...362).isEmpty)
        #expect(!kb.hotspots.unverifiedRows(gene: "KEAP1", overlapping: 362...362).isEmpty)
    }

    @Test("transcript accessions that reports use map to the MANE transcripts")
    func transcriptAliases() throws {
        let kb = try KnowledgebaseLoader.load(from: RepositoryPaths.knowledgebase)
        let keap1 = try #require(kb.gene("KEAP1"))
        #expect(keap1.resolveTranscript("NM_203500.2") == .mane)
        #expect(keap1.resolveTranscript("NM_203500") == .mane)
        guard case .alias(let fmi) = keap1.resolveTranscript("NM_012289") else {
            Issue.record("NM_012289 (FoundationOne) should map to NM_203500.2")
            return
        }
        #expect(fmi.basis == "shared_ccds")
        guard case .alias = keap1.resolveTranscript("ENST00000171111.5") else {
            Issue.record("ENST00000171111.5 should map")
            return
        }
        #expect(keap1.resolveTranscript("NM_000546.6") == .unknown)
        let nfe2l2 = try #require(kb.gene("NFE2L2"))
        guard case .alias(let older) = nfe2l2.resolveTranscript("NM_006164.4") else {
            Issue.record("NM_006164.4 should map to NM_006164.5")
            return
        }
        #expect(older.cdsIdentical == "assumed")
        #expect(nfe2l2.resolveTranscript("NM_006164.3") == .unknown)
    }

    @Test("diagnosis text in English and Japanese maps to OncoTree codes")
    func tumorTypeMatching() throws {
        let kb = try KnowledgebaseLoader.load(from: RepositoryPaths.knowledgebase)
        #expect(kb.tumorTypes.match("LUSC")?.method == .code)
        #expect(kb.tumorTypes.match("lusc")?.code == "LUSC")
        #expect(kb.tumorTypes.match("Lung Squamous Cell Carcinoma")?.method == .name)
        #expect(kb.tumorTypes.match("肺扁平上皮癌")?.code == "LUSC")
        #expect(kb.tumorTypes.match("肺腺癌")?.code == "LUAD")
        #expect(kb.tumorTypes.match("食道扁平上皮癌")?.code == "ESCC")
        #expect(kb.tumorTypes.match("頭頸部扁平上皮癌")?.code == "HNSC")
        #expect(kb.tumorTypes.match("肺扁平上皮癌")?.method == .synonym)
        #expect(kb.tumorTypes.match("something else") == nil)
        #expect(kb.tumorTypes.code("LUSC", isIn: "squamous_cell_carcinoma"))
        #expect(kb.tumorTypes.code("OCSC", isIn: "squamous_cell_carcinoma"))  // child of HNSC
        #expect(!kb.tumorTypes.code("LUAD", isIn: "squamous_cell_carcinoma"))
        #expect(kb.oncotree.closestCodes(to: "LUSCC").contains("LUSC"))
    }

    @Test("an OncoTree name that several codes share matches none of them; codes and unique names still match")
    func ambiguousOncoTreeNames() throws {
        let kb = try KnowledgebaseLoader.load(from: RepositoryPaths.knowledgebase)
        // OncoTree 2025_10_03 names BCCA, TCCA and UCCA all "Choriocarcinoma"; the name alone does not say which.
        #expect(["BCCA", "TCCA", "UCCA"].allSatisfy { kb.oncotree.node($0)?.name == "Choriocarcinoma" })
        #expect(kb.tumorTypes.match("Choriocarcinoma") == nil)
        #expect(kb.tumorTypes.match("choriocarcinoma") == nil)
        #expect(kb.tumorTypes.match("TCCA")?.code == "TCCA")
        #expect(kb.tumorTypes.match("Lung Adenocarcinoma")?.code == "LUAD")
    }

    @Test("FoundationOne's disease-ontology form: a tissue name, then a node under it; PEDIATRIC set aside")
    func tissueAndNodeName() throws {
        let kb = try KnowledgebaseLoader.load(from: RepositoryPaths.knowledgebase)
        // The FoundationOne Heme sample of lifeomic/foundation-ingest writes "PEDIATRIC Bone osteosarcoma";
        // OncoTree 2025_10_03 has OS "Osteosarcoma" under the tissue BONE "Bone".
        let osteosarcoma = try #require(kb.tumorTypes.match("PEDIATRIC Bone osteosarcoma"))
        #expect(osteosarcoma.code == "OS" && osteosarcoma.method == .tissueAndName)
        #expect(kb.tumorTypes.match("Bone osteosarcoma")?.code == "OS")
        // The tissue says which of the three Choriocarcinoma nodes is meant (UCCA lies under UTERUS, TCCA under TESTIS).
        #expect(kb.tumorTypes.match("Uterus choriocarcinoma")?.code == "UCCA")
        #expect(kb.tumorTypes.match("Testis Choriocarcinoma")?.code == "TCCA")
        // A node that does not lie under the tissue named, or the qualifier alone, matches nothing.
        #expect(kb.tumorTypes.match("Lung osteosarcoma") == nil)
        #expect(kb.tumorTypes.match("PEDIATRIC") == nil)
        // The qualifier is set aside only when the whole text matches nothing.
        #expect(kb.tumorTypes.match("Pediatric lung adenocarcinoma")?.code == "LUAD")
    }

    // MARK: - Invalid knowledgebases

    @Test("a changed file is refused with its name and the hash mismatch")
    func hashMismatch() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let kb = try Fixtures.copyOfKnowledgebase(in: directory)
            let file = kb.appendingPathComponent("features.json")
            var text = try String(contentsOf: file, encoding: .utf8)
            text += " "
            try text.write(to: file, atomically: true, encoding: .utf8)
            #expect {
                try KnowledgebaseLoader.load(from: kb)
            } throws: { error in
                guard case .hashMismatch(let name, _, _) = error as? KnowledgebaseError else { return false }
                return name == "features.json"
            }
        }
    }

    @Test("a file missing from the folder or the manifest is refused")
    func manifestCoverage() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let kb = try Fixtures.copyOfKnowledgebase(in: directory)
            try "extra: 1\n".write(to: kb.appendingPathComponent("evidence/extra.yaml"), atomically: true, encoding: .utf8)
            #expect {
                try KnowledgebaseLoader.load(from: kb)
            } throws: { error in
                guard case .manifestMismatch(let name, _) = error as? KnowledgebaseError else { return false }
                return name == "evidence/extra.yaml"
            }
        }
        try Fixtures.withTemporaryDirectory { directory in
            let kb = try Fixtures.copyOfKnowledgebase(in: directory)
            try FileManager.default.removeItem(at: kb.appendingPathComponent("hotspots.json"))
            #expect {
                try KnowledgebaseLoader.load(from: kb)
            } throws: { error in
                guard case .manifestMismatch(let name, _) = error as? KnowledgebaseError else { return false }
                return name == "hotspots.json"
            }
        }
        #expect {
            try KnowledgebaseLoader.load(from: URL(fileURLWithPath: "/nonexistent/keapnrf-kb"))
        } throws: { error in
            guard case .missingFile = error as? KnowledgebaseError else { return false }
            return true
        }
    }

    @Test("a motif whose residues disagree with the protein is refused")
    func residueMismatch() throws {
        try expectRefusal(editing: "features.json", { $0.replacingOccurrences(of: "\"residues\": \"ETGE\"", with: "\"residues\": \"ETGA\"") }) { error in
            guard case .invalidFact(let file, let location, let problem) = error else { return false }
            return file == "features.json" && location.contains("ETGE") && problem.contains("ETGA")
        }
    }

    @Test("an unknown field in a curated file is refused with its path")
    func unknownField() throws {
        try expectRefusal(editing: "evidence/ccat-2024.yaml", { $0.replacingOccurrences(of: "    direction: worse\n", with: "    direction: worse\n    directon: worse\n") }) { error in
            guard case .malformed(let problem) = error else { return false }
            return problem.file == "evidence/ccat-2024.yaml" && problem.problem == "unknown field 'directon'" && problem.path.hasPrefix("$.items[")
        }
    }

    @Test("an evidence item citing an unknown OncoTree code is refused")
    func unknownOncoTreeCode() throws {
        try expectRefusal(editing: "evidence/ccat-2024.yaml", { $0.replacingOccurrences(of: "tumorTypes: [ESCC]", with: "tumorTypes: [ESCX]") }) { error in
            guard case .invalidFact(_, _, let problem) = error else { return false }
            return problem.contains("ESCX")
        }
    }

    @Test("a diagnosis text listed as a synonym of two OncoTree codes is refused")
    func conflictingSynonym() throws {
        try expectRefusal(editing: "tumor-types.yaml", { $0.replacingOccurrences(of: "\"hepatocellular carcinoma\", ", with: "\"hepatocellular carcinoma\", \"肺腺癌\", ") }) { error in
            guard case .invalidFact(let file, let location, let problem) = error else { return false }
            return file == "tumor-types.yaml" && location == "synonyms for HCC" && problem == "'肺腺癌' is also a synonym of LUAD"
        }
    }

    @Test("an evidence item about a gene the knowledgebase does not interpret is refused")
    func unknownEvidenceGene() throws {
        try expectRefusal(editing: "evidence/ccat-2024.yaml", { $0.replacingOccurrences(of: "    gene: KEAP1\n", with: "    gene: KEAP2\n") }) { error in
            guard case .invalidFact(let file, let location, let problem) = error else { return false }
            return file == "evidence/ccat-2024.yaml" && location.hasPrefix("item ccat2024-") && problem.hasPrefix("unknown gene 'KEAP2'")
        }
    }

    @Test("an exon model whose c. numbering has a gap is refused with the build it is on")
    func brokenExonModel() throws {
        try expectRefusal(editing: "genes/KEAP1.json", { $0.replacingOccurrences(of: "\"cFirst\": 640,", with: "\"cFirst\": 641,") }) { error in
            guard case .invalidFact(let file, let location, _) = error else { return false }
            return file == "genes/KEAP1.json" && location == "models.GRCh37"
        }
    }

    @Test("an evidence level that points to a level its framework does not define is refused")
    func unknownLevelReference() throws {
        try expectRefusal(editing: "evidence-levels.yaml", { $0.replacingOccurrences(of: "evidenceLevels: [\"C\", \"D\"]", with: "evidenceLevels: [\"C\", \"E\"]") }) { error in
            guard case .invalidFact(let file, let location, let problem) = error else { return false }
            return file == "evidence-levels.yaml" && location == "framework amp_asco_cap_2017 level II" && problem == "'E' is not an evidence level of amp_asco_cap_2017"
        }
    }

    @Test("hotspot matching must list every row type, only row types that exist, and consequence terms the normaliser assigns", arguments: [
        ("  3d_cluster_member:\n", "  3d_member:\n", "rowTypes", "hotspots.json has rows of type '3d_cluster_member', which is not listed"),
        ("consequences: [missense_variant, stop_gained]", "consequences: [missense, stop_gained]", "rowTypes.single_residue.consequences",
         "'missense' is not a consequence term the normaliser assigns"),
    ])
    func hotspotMatchingCoverage(original: String, replacement: String, location: String, problem: String) throws {
        try expectRefusal(editing: "hotspot-matching.yaml", { $0.replacingOccurrences(of: original, with: replacement) }) { error in
            guard case .invalidFact(let file, let errorLocation, let errorProblem) = error else { return false }
            return file == "hotspot-matching.yaml" && errorLocation == location && errorProblem == problem
        }
    }

    @Test("a hotspot matching entry for a row type no row has is refused")
    func hotspotMatchingUnknownType() throws {
        try expectRefusal(editing: "hotspot-matching.yaml", { $0 + "  splice_region:\n    consequences: [splice_donor_variant]\n    hotspotConsequences: []\n    extent: overlap\n    basis: \"x\"\n" }) { error in
            guard case .invalidFact(let file, let location, let problem) = error else { return false }
            return file == "hotspot-matching.yaml" && location == "rowTypes.splice_region" && problem == "no row of hotspots.json has this type"
        }
    }

    @Test("a fresh build from the shared reference data equals the committed knowledgebase", .requiresSharedData)
    func regenerationIsUpToDate() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", RepositoryPaths.root.appendingPathComponent("tools/kb/build_knowledgebase.py").path,
                             "--check", "--shared", SharedData.root.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }

    /// Loads a copy of the repository knowledgebase with one file edited (and its manifest hash updated, so that
    /// the loader reaches the content check) and expects a refusal that `accepts` recognises.
    private func expectRefusal(editing path: String, _ edit: (String) -> String, _ accepts: (KnowledgebaseError) -> Bool) throws {
        try Fixtures.withTemporaryDirectory { directory in
            let kb = try Fixtures.copyOfKnowledgebase(in: directory)
            try TestResources.rewrite(kb, path, edit)
            #expect {
                try KnowledgebaseLoader.load(from: kb)
            } throws: { error in
                (error as? KnowledgebaseError).map(accepts) ?? false
            }
        }
    }
}
