import Annotator
import CohortAnalysis
import Foundation
import Knowledgebase
import Testing
import TestSupport

/// `cohort derive` and the committed TCGA evidence file.
@Suite("Cohort evidence derivation")
struct DerivationTests {
    @Test("Re-deriving from the shared TCGA table reproduces the committed file byte for byte", .requiresSharedData)
    func reproducible() throws {
        let derived = try CohortEvidenceDeriver.derive(try CohortTestData.tcga(), settings: try CohortTestData.committedSettings())
        let committed = try String(contentsOf: CohortTestData.committedEvidence, encoding: .utf8)
        #expect(derived.text == committed)
        // Below the default minimums (≥ 10 altered with follow-up): KEAP1 in ESCC (4 of 96) and CESC (2 of 289).
        #expect(derived.skipped.map { "\($0.gene) \($0.tumorType)" } == ["KEAP1 ESCC", "KEAP1 CESC"])
    }

    @Test("Every comparison equals R survival 3.5-3: counts, HR, CI, p, log-rank, medians and every curve point")
    func everyComparisonEqualsR() throws {
        let file = try JSONDecoder().decode(CohortEvidenceFile.self, from: Data(contentsOf: CohortTestData.committedEvidence))
        let oracle = try DerivedComparisonOracle.all()
        #expect(Set(file.survival.map { "\($0.tumorType)_\($0.gene)" }) == Set(oracle.keys))
        var points = 0
        for analysis in file.survival {
            let expected = try #require(oracle["\(analysis.tumorType)_\(analysis.gene)"])
            let label = analysis.id
            #expect(analysis.n == expected.n && analysis.events == expected.events, "\(label)")
            #expect(analysis.coxStatus == "converged")
            #expect(agrees(analysis.hazardRatio, expected.hr) && agrees(analysis.ciLower, expected.hr_lower)
                    && agrees(analysis.ciUpper, expected.hr_upper) && agrees(analysis.coxP, expected.p_wald), "\(label) Cox")
            #expect(agrees(analysis.logrankChisq, expected.logrank_chisq) && agrees(analysis.logrankP, expected.logrank_p), "\(label) log-rank")
            #expect(analysis.groups.map(\.name) == ["WT", "MUT"])
            for group in analysis.groups {
                let r = try #require(expected.groups[group.name])
                #expect(group.n == r.n && group.events == r.events, "\(label) \(group.name)")
                #expect(agrees(group.median, r.median) && agrees(group.medianLower, r.median_lower)
                        && agrees(group.medianUpper, r.median_upper), "\(label) \(group.name) median")
                // R's rows at the event times, plus time 0 and (when later than the last event) the last follow-up.
                for (index, time) in r.time.enumerated() {
                    guard let point = group.curve.first(where: { $0.time == time }) else {
                        Issue.record("\(label) \(group.name): no curve point at event time \(time)")
                        continue
                    }
                    #expect(agrees(point.survival, r.surv[index]) && agrees(point.lower, r.lower[index])
                            && agrees(point.upper, r.upper[index]) && point.atRisk == r.n_risk[index], "\(label) \(group.name) t=\(time)")
                    points += 1
                }
                // Time 0 is on the curve with S = 1 and everyone at risk, unless a death at time 0 makes it an event time.
                let first = try #require(group.curve.first)
                #expect(first.time == 0 && first.atRisk == group.n)
                #expect(r.time.first == 0 || first.survival == 1, "\(label) \(group.name) S(0)")
                let extra = group.curve.count - Set(r.time + [0]).count
                #expect(extra == 0 || extra == 1, "\(label) \(group.name)")
                if extra == 1, let last = group.curve.last, let lastEvent = r.time.last {
                    #expect(last.time > lastEvent && agrees(last.survival, r.surv.last), "\(label) \(group.name) last follow-up")
                }
            }
        }
        #expect(points > 1000)
    }

    @Test("The six shared-oracle subsets: HR, CI, log-rank and S(t) at 12, 24, 36 and 60 months", .requiresSharedData,
          arguments: [("LUAD", "KEAP1", "LUAD_R"), ("LUAD", "NFE2L2", "LUAD_NFE2L2_R"), ("LUSC", "KEAP1", "LUSC_KEAP1_R"),
                      ("LUSC", "NFE2L2", "LUSC_NFE2L2_R"), ("ESCC", "NFE2L2", "ESCC_NFE2L2_R"), ("HNSC", "NFE2L2", "HNSC_NFE2L2_R")])
    func sharedOracle(_ code: String, _ gene: String, _ file: String) throws {
        let evidence = try JSONDecoder().decode(CohortEvidenceFile.self, from: Data(contentsOf: CohortTestData.committedEvidence))
        let analysis = try #require(evidence.survival.first { $0.tumorType == code && $0.gene == gene })
        let oracle = try ROracleOutput.load("oracles/ref/tcga/\(file).json")
        let efron = try #require(oracle.efron)
        #expect(analysis.n == oracle.n_used && analysis.events == oracle.events)
        #expect(agrees(analysis.hazardRatio, efron.hr) && agrees(analysis.ciLower, efron.hr_lower95) && agrees(analysis.ciUpper, efron.hr_upper95))
        #expect(agrees(analysis.coxP, efron.p_wald))
        #expect(agrees(analysis.logrankChisq, oracle.logrank?.chisq) && agrees(analysis.logrankP, oracle.logrank?.p))
        for group in analysis.groups {
            let r = try #require(oracle.km[group.name])
            #expect(agrees(group.median, r.median) && agrees(group.medianLower, r.median_lower) && agrees(group.medianUpper, r.median_upper))
            for expected in try #require(r.at, "\(group.name): no S(t) in the oracle") {
                // The curve is a step function: S(t) is the value at the last point at or before t.
                let point = try #require(group.curve.last { $0.time <= expected.time })
                #expect(agrees(point.survival, expected.surv) && agrees(point.lower, expected.lower) && agrees(point.upper, expected.upper),
                        "\(code) \(gene) \(group.name) S(\(expected.time))")
            }
        }
    }

    @Test("Frequencies equal the oracle: n and mutated exactly, Wilson bounds to the oracle's two decimals", .requiresSharedData)
    func frequencies() throws {
        let file = try JSONDecoder().decode(CohortEvidenceFile.self, from: Data(contentsOf: CohortTestData.committedEvidence))
        let oracle = try TabSeparated.records(SharedData.url("oracles/ref/tcga/frequencies_by_oncotree.tsv"))
        #expect(file.frequencies.count == 2 * (CohortTestData.tcgaTumorTypes.count + 1))
        for frequency in file.frequencies {
            let row = try #require(oracle.first { $0["oncotree_code"] == frequency.tumorType })
            let gene = frequency.gene
            #expect(frequency.n == Int(row["n"] ?? "") && frequency.altered == Int(row["\(gene)_status_mut"] ?? ""), "\(frequency.id)")
            #expect(abs(frequency.percent - (Double(row["\(gene)_status_pct"] ?? "") ?? .nan)) < 0.0005)
            let bounds = (row["\(gene)_status_wilson95"] ?? "").split(separator: "-").compactMap { Double($0) }
            #expect(bounds.count == 2 && abs(100 * frequency.wilsonLower - bounds[0]) < 0.005
                    && abs(100 * frequency.wilsonUpper - bounds[1]) < 0.005, "\(frequency.id)")
            #expect(frequency.id == "tcga-keap1-nfe2l2-\(frequency.tumorType.lowercased())-\(gene.lowercased())-freq")
        }
    }

    @Test("The knowledgebase states the derived numbers: LUAD KEAP1 G333C shows the TCGA LUAD statement with its HR")
    func statementInAnnotation() throws {
        let interpretation = try Annotator(resources: try CohortTestData.resources()).lookup(gene: "KEAP1", variant: "p.G333C", tumorType: "LUAD")
        let statement = try #require(interpretation.alterations.first?.prognosis.first { $0.evidence == ["tcga-keap1-nfe2l2-luad-keap1-os"] })
        #expect(statement.tumorTypeMatch == .exact && statement.direction == "none")
        // R (../shared/oracles/ref/tcga/LUAD_R.json): HR 1.25288631467431 (0.812353759253925-1.93231593947425),
        // log-rank chi-square 1.04515 on 1 df, p = 0.3066; n 461, 115 deaths.
        #expect(statement.text.en.contains("n = 461 with 115 events"))
        #expect(statement.text.en.contains("hazard ratio 1.25 (95% CI 0.812-1.93), log-rank p = 0.307"))
        #expect(statement.levels.contains { $0.framework == "amp_asco_cap_2017" && $0.level == "D" })
    }

    @Test("Each TCGA rule's direction is the one its evidence's confidence interval gives, and every item is cited")
    func ruleDirections() throws {
        let resources = try CohortTestData.resources()
        let rules = resources.ruleSet.rules.filter { $0.id.hasPrefix("PROGNOSIS.TCGA.") }
        #expect(rules.count == 10)
        var cited = Set<String>()
        for rule in resources.ruleSet.rules {
            for statement in rule.then.prognosis ?? [] {
                for id in statement.evidence where id.hasPrefix("tcga-keap1-nfe2l2-") {
                    cited.insert(id)
                    #expect(resources.knowledgebase.evidence.item(id)?.direction == statement.direction, "\(rule.id)")
                }
            }
            cited.formUnion((rule.then.frequencies ?? []).filter { $0.hasPrefix("tcga-keap1-nfe2l2-") })
        }
        let cohort = try #require(resources.knowledgebase.cohorts.first { $0.id == "tcga-keap1-nfe2l2" })
        #expect(cited == Set(cohort.survival.map(\.id) + cohort.frequencies.map(\.id)))
    }

    @Test("Comparisons below the minimums are skipped with the reason; settings and tumour types are checked")
    func minimumsAndSettings() throws {
        var lines = ["patient_id\toncotree_code\tKEAP1_status\tOS_MONTHS\tOS_STATUS"]
        lines += (0 ..< 30).map { "A\($0)\tLUAD\t\($0 < 12 ? "MUT" : "WT")\t\(1 + $0)\t\($0 % 2 == 0 ? "1:DECEASED" : "0:LIVING")" }
        lines += (0 ..< 8).map { "B\($0)\tLUSC\t\($0 < 2 ? "MUT" : "WT")\t\(1 + $0)\t1:DECEASED" }
        let input = try CohortTestData.table(lines)
        var settings = DerivationSettings(id: "test-cohort", name: "Test", description: "d", dataVersion: "v", genes: ["KEAP1"])
        let derived = try CohortEvidenceDeriver.derive(input, settings: settings)
        // LUAD: 12 MUT, 15 deaths in all, 6 among MUT; LUSC: 2 MUT.
        #expect(derived.file.survival.map(\.id) == ["test-cohort-luad-keap1-os"])
        #expect(derived.skipped.map(\.description) == ["KEAP1 in LUSC: MUT patients with follow-up: 2 (minimum 10)"])
        #expect(derived.file.frequencies.map(\.id) == ["test-cohort-all-keap1-freq", "test-cohort-luad-keap1-freq", "test-cohort-lusc-keap1-freq"])
        settings.tumorTypes = ["LUAD", "ESCC"]
        #expect(throws: CohortAnalysisError.tumorTypeNotInTable(file: "test.tsv", code: "ESCC", column: "oncotree_code")) {
            try CohortEvidenceDeriver.derive(input, settings: settings)
        }
        settings.id = "Test Cohort"
        #expect {
            try CohortEvidenceDeriver.derive(input, settings: settings)
        } throws: { "\($0)".contains("cohort id 'Test Cohort' must be lower-case letters") }
    }

    @Test("Genes or tumour types that would give the same evidence id are refused, not written twice")
    func duplicateIDs() throws {
        var lines = ["patient_id\toncotree_code\tKEAP1_status\tOS_MONTHS\tOS_STATUS"]
        lines += (0 ..< 30).map { "A\($0)\t\($0 < 15 ? "LUAD" : "luad")\t\($0 % 3 == 0 ? "MUT" : "WT")\t\(1 + $0)\t1" }
        let input = try CohortTestData.table(lines)
        var settings = DerivationSettings(
            id: "t", name: "T", description: "d", dataVersion: "v", tumorTypes: ["LUAD"], genes: ["KEAP1", "keap1"])
        #expect(throws: CohortAnalysisError.invalidSetting("genes 'KEAP1' and 'keap1' would give the same evidence ids")) {
            try CohortEvidenceDeriver.derive(input, settings: settings)
        }
        settings.genes = ["KEAP1"]
        settings.tumorTypes = ["LUAD", "LUAD"]
        #expect(throws: CohortAnalysisError.invalidSetting("tumour types 'LUAD' and 'LUAD' would give the same evidence ids")) {
            try CohortEvidenceDeriver.derive(input, settings: settings)
        }
        // Every value of the column: LUAD and luad are different table values but the same id.
        settings.tumorTypes = nil
        #expect(throws: CohortAnalysisError.invalidSetting("tumour types 'LUAD' and 'luad' would give the same evidence ids")) {
            try CohortEvidenceDeriver.derive(input, settings: settings)
        }
        // `all` would give the ids of the all-patients frequencies.
        settings.tumorTypes = ["luad"]
        #expect(throws: Never.self) { try CohortEvidenceDeriver.derive(input, settings: settings) }
        let allInput = try CohortTestData.table(lines.map { $0.replacingOccurrences(of: "\tluad\t", with: "\tall\t") })
        settings.tumorTypes = ["all"]
        #expect(throws: CohortAnalysisError.invalidSetting("a tumour type named 'all' would collide with the all-patients frequencies")) {
            try CohortEvidenceDeriver.derive(allInput, settings: settings)
        }
    }

    @Test("Unusable cells stop the derivation with the row and column")
    func badCell() throws {
        let input = try CohortTestData.table([
            "patient_id\toncotree_code\tKEAP1_status\tOS_MONTHS\tOS_STATUS", "P1\tLUAD\tMUT\t3\t1", "P2\tLUAD\tWT\t4\tunknown",
        ])
        let settings = DerivationSettings(id: "t", name: "T", description: "d", dataVersion: "v", genes: ["KEAP1"])
        #expect {
            try CohortEvidenceDeriver.derive(input, settings: settings)
        } throws: { "\($0)".hasPrefix("test.tsv: row 3, column 'OS_STATUS': event status 'unknown'") }
    }
}
