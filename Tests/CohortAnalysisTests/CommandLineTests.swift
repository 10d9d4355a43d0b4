import CohortAnalysis
import Foundation
import Interpretation
import Knowledgebase
import Testing
import TestSupport
import StrictDecoding

/// `keapnrf cohort …` run as a process: exit status, one-line errors, and the outputs.
@Suite("keapnrf cohort command line")
struct CommandLineTests {
    private func run(_ arguments: [String]) throws -> CommandResult {
        try Fixtures.runKeapnrf(["cohort"] + arguments)
    }

    private func withTable(_ lines: [String], _ body: (String) throws -> Void) throws {
        try Fixtures.withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("cohort.tsv")
            try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            try body(file.path)
        }
    }

    private func json(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test("Bad data exits 1 with one line naming the file, row and column")
    func badData() throws {
        try withTable(["patient_id\tOS_MONTHS\tOS_STATUS\tgroup", "P1\t3\t1\tA", "P2\t\t0\tB", "P3\t-4\t0\tB"]) { path in
            let result = try run(["survival", path, "--group", "group", "--reject-missing"])
            #expect(result.status == 1)
            #expect(result.standardError == "keapnrf: error: \(path): row 3, column 'OS_MONTHS': survival time is missing\n")
            let negative = try run(["survival", path, "--group", "group"])
            #expect(negative.status == 1)
            #expect(negative.standardError == "keapnrf: error: \(path): row 4, column 'OS_MONTHS': survival time '-4' is negative\n")
            #expect(try run(["survival", path, "--group", "group", "--ties", "exact"]).status == 64)
        }
    }

    @Test("One group, no events and perfect separation are reported in the JSON with exit 0")
    func degenerate() throws {
        try withTable([
            "patient_id\tOS_MONTHS\tOS_STATUS\tsame\tnone\tseparated",
            "P1\t1\t1\tX\tA\tB", "P2\t2\t1\tX\tB\tB", "P3\t3\t0\tX\tA\tA", "P4\t4\t0\tX\tB\tA", "P5\t5\t0\tX\tA\tA",
        ]) { path in
            let oneGroup = try run(["survival", path, "--group", "same"])
            #expect(oneGroup.status == 0)
            #expect(try json(oneGroup.standardOutput)["cox"]?["status"] == .string("oneGroup"))
            let noEvents = try run(["survival", path, "--group", "none", "--where", "OS_STATUS=0"])
            #expect(noEvents.status == 0)
            #expect(try json(noEvents.standardOutput)["logrank"]?["status"] == .string("noEvents"))
            // Both deaths in group B, none in A: the likelihood is monotone, so there is no finite hazard ratio.
            let separated = try json(try run(["survival", path, "--group", "separated", "--reference", "A"]).standardOutput)
            #expect(["infiniteCoefficient", "notConverged"].contains(separated["cox"]?["status"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? ""))
            #expect(separated["cox"]?["hr"] == .null)
            // R survival 3.5-3 on these rows: "Ran out of iterations and did not converge" (coef 22.3 after 21 iterations).
            #expect(separated["cox"]?["status"] == .string("notConverged"))
        }
    }

    @Test("survival --by writes one analysis per value with the fields the issue lists")
    func byGroup() throws {
        try withTable([
            "patient_id\toncotree_code\tOS_MONTHS\tOS_STATUS\tKEAP1_status",
            "P1\tLUAD\t1\t1\tMUT", "P2\tLUAD\t2\t0\tWT", "P3\tLUAD\t3\t1\tWT", "P4\tLUSC\t4\t1\tMUT", "P5\tLUSC\t5\t0\tWT",
        ]) { path in
            let result = try run(["survival", path, "--group", "KEAP1_status", "--reference", "WT", "--by", "oncotree_code", "--times", "2,4"])
            #expect(result.status == 0)
            let document = try json(result.standardOutput)
            guard case .array(let subsets)? = document["subsets"], let first = subsets.first?["result"] else {
                Issue.record("no subsets")
                return
            }
            #expect(subsets.count == 2)
            for key in ["n", "events", "groups", "logrank", "cox"] { #expect(first[key] != nil, "\(key)") }
            for key in ["chisq", "df", "p"] { #expect(first["logrank"]?[key] != nil, "logrank.\(key)") }
            for key in ["hr", "ciLower", "ciUpper", "p", "ties"] { #expect(first["cox"]?[key] != nil, "cox.\(key)") }
            guard case .array(let groups)? = first["groups"], case .array(let km)? = groups.first?["km"] else {
                Issue.record("no groups")
                return
            }
            for key in ["name", "n", "events", "median", "medianLower", "medianUpper"] { #expect(groups.first?[key] != nil, "\(key)") }
            #expect(km.count == 2)
        }
    }

    @Test("derive through the command line reproduces the committed TCGA file, and overwrites an existing output", .requiresSharedData)
    func derive() throws {
        let settings = try CohortTestData.committedSettings()
        try Fixtures.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("tcga-keap1-nfe2l2.json").path
            var arguments = ["derive", SharedData.url(CohortTestData.tcgaPath).path, "--id", settings.id, "--name", settings.name,
                             "--description", settings.description, "--data-version", settings.dataVersion,
                             "--tumor-types", CohortTestData.tcgaTumorTypes.joined(separator: ","), "--out", out]
            arguments += ["--provenance", settings.provenance ?? ""] + settings.caveats.flatMap { ["--caveat", $0] }
            for _ in 0 ..< 2 {
                let result = try run(arguments)
                #expect(result.status == 0, "\(result.standardError)")
                #expect(result.standardError.contains("python3 tools/kb/build_knowledgebase.py --manifest-only"))
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data(contentsOf: CohortTestData.committedEvidence))
        }
    }

    @Test("frequencies and lollipop write TSV, JSON and SVG")
    func outputs() throws {
        try withTable([
            "patient_id\toncotree_code\tKEAP1_status\tKEAP1_protein_change\tNFE2L2_status\tNFE2L2_protein_change",
            "P1\tLUSC\tWT\tNA\tMUT\tp.E79K", "P2\tLUSC\tMUT\tp.G333C\tWT\tNA",
        ]) { path in
            let tsv = try run(["frequencies", path])
            #expect(tsv.status == 0 && tsv.standardOutput.hasPrefix(AlterationFrequencies.tabSeparatedHeader.joined(separator: "\t") + "\n"))
            #expect(tsv.standardOutput.contains("LUSC\tcode\tLung Squamous Cell Carcinoma\tNFE2L2\tETGE\t2\t1\t50\t"))
            let json = try json(try run(["frequencies", path, "--json", "--genes", "NFE2L2"]).standardOutput)
            #expect(json["codesNotInOncoTree"] == .array([]))
            let svg = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("plot.svg")
            let lollipop = try run(["lollipop", path, "--gene", "NFE2L2", "--svg", svg.path])
            #expect(lollipop.status == 0 && lollipop.standardOutput.contains("NFE2L2\t79\tE\t1\t1\tp.E79K:1\tETGE"))
            #expect(try String(contentsOf: svg, encoding: .utf8).hasSuffix("</svg>\n"))
            #expect(try run(["frequencies", path, "--genes", "TP53"]).status == 1)
        }
    }

    @Test("Synthetic cohort: survival with covariates equals R; frequencies equal the oracle with every change interpretable",
          .requiresSharedData, .requiresSyntheticCohort)
    func synthetic() throws {
        let path = try #require(SyntheticCohortFile.url).path
        let result = try run(["survival", path, "--group", "KEAP1_status", "--reference", "WT", "--where", "oncotree_code=LUAD",
                              "--covariates", "age,male", "--times", "6,12,24"])
        #expect(result.status == 0)
        let document = try json(result.standardOutput)
        let oracle = try ROracleOutput.load("oracles/ref/synthetic/LUAD_KEAP1_R.json")
        let efron = try #require(oracle.efron)
        func number(_ value: JSONValue?) -> Double? {
            switch value {
            case .double(let number)?: return number
            case .int(let number)?: return Double(number)
            default: return nil
            }
        }
        #expect(agrees(number(document["cox"]?["hr"]), efron.hr) && agrees(number(document["cox"]?["ciLower"]), efron.hr_lower95))
        #expect(agrees(number(document["cox"]?["ciUpper"]), efron.hr_upper95) && agrees(number(document["cox"]?["p"]), efron.p_wald))
        #expect(agrees(number(document["logrank"]?["chisq"]), oracle.logrank?.chisq))
        guard case .array(let groups)? = document["groups"] else {
            Issue.record("no groups in the survival output")
            return
        }
        #expect(groups.count == oracle.km.count)
        for group in groups {
            guard case .string(let name)? = group["name"], let r = oracle.km[name], let points = r.at, case .array(let km)? = group["km"] else {
                Issue.record("group \(group) is not in the oracle or has no S(t)")
                continue
            }
            #expect(agrees(number(group["median"]), r.median) && agrees(number(group["medianLower"]), r.median_lower)
                    && agrees(number(group["medianUpper"]), r.median_upper), "\(name) median")
            #expect(km.count == points.count)
            for (point, expected) in zip(km, points) {
                #expect(number(point["time"]) == expected.time)
                #expect(agrees(number(point["survival"]), expected.surv) && agrees(number(point["lower"]), expected.lower)
                        && agrees(number(point["upper"]), expected.upper), "\(name) S(\(expected.time))")
            }
        }

        let frequencies = try run(["frequencies", path, "--change-column", "{gene}_hgvsc", "--json"])
        #expect(frequencies.status == 0)
        let rows = try JSONDecoder().decode(AlterationFrequencies.self, from: Data(frequencies.standardOutput.utf8)).rows
        let expected = try TabSeparated.records(SharedData.url("oracles/ref/synthetic/frequencies_by_oncotree.tsv"))
        for record in expected {
            let code = record["oncotree_code"] ?? ""
            for gene in ["KEAP1", "NFE2L2"] {
                let row = rows.first { $0.group == code && $0.scope == (code == "ALL" ? .all : .code) && $0.gene == gene && $0.alteration == "any" }
                #expect(row?.n == Int(record["n"] ?? "") && row?.altered == Int(record["\(gene)_status_mut"] ?? ""), "\(code) \(gene)")
            }
        }
        #expect(rows.filter { $0.alteration == "uninterpretable" }.allSatisfy { $0.altered == 0 })
    }
}
