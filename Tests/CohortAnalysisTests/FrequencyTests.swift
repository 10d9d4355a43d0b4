import CohortAnalysis
import Foundation
import Testing
import TestSupport

/// Frequencies per tumour type, OncoTree subtree and all patients.
@Suite("Alteration frequencies")
struct FrequencyTests {
    /// Four patients, counted by hand: LUAD P1 has KEAP1 G333C (hotspot missense) and NFE2L2 E79K (ETGE); LUAD P2 has
    /// KEAP1 Q20* (truncating) and a filtered KEAP1 call; LUSC P3 is KEAP1 MUT without a change (uninterpretable);
    /// LUSC P4 is wild type; XYZ P5 (not an OncoTree code) has only a filtered NFE2L2 call.
    static let table = [
        "patient_id\toncotree_code\tKEAP1_status\tKEAP1_protein_change\tNFE2L2_status\tNFE2L2_protein_change",
        "P1\tLUAD\tMUT\tp.G333C\tMUT\tp.E79K",
        "P2\tLUAD\tMUT\tp.Q20*;p.R470C[oxog]\tWT\tNA",
        "P3\tLUSC\tMUT\t\tWT\tNA",
        "P4\tLUSC\tWT\tNA\tWT\tNA",
        "P5\tXYZ\tWT\tNA\tMUT\tp.D29H[wga]",
    ]

    private func frequencies(_ policy: CallFilterPolicy) throws -> AlterationFrequencies {
        let input = try CohortTestData.table(Self.table)
        return AlterationFrequencies(
            patients: try CohortTestData.patients(input, policy: policy), genes: ["KEAP1", "NFE2L2"],
            groupColumn: "oncotree_code", oncotree: try CohortTestData.knowledgebase().oncotree, callPolicy: policy)
    }

    private func count(_ result: AlterationFrequencies, _ group: String, _ scope: FrequencyScope, _ gene: String, _ alteration: String) -> [Int]? {
        result.rows.first { $0.group == group && $0.scope == scope && $0.gene == gene && $0.alteration == alteration }
            .map { [$0.altered, $0.n] }
    }

    @Test("Counts per code, per OncoTree ancestor and for all patients")
    func handCounted() throws {
        let result = try frequencies(.includeFiltered)
        #expect(count(result, "LUAD", .code, "KEAP1", "any") == [2, 2])
        #expect(count(result, "LUAD", .code, "KEAP1", "hotspot_missense") == [2, 2])  // G333C, and R470C (filtered, counted)
        #expect(count(result, "LUAD", .code, "KEAP1", "truncating") == [1, 2])
        #expect(count(result, "LUAD", .code, "KEAP1", "with_filtered_call") == [1, 2])
        #expect(count(result, "LUSC", .code, "KEAP1", "uninterpretable") == [1, 2])
        #expect(count(result, "NSCLC", .subtree, "KEAP1", "any") == [3, 4])
        #expect(count(result, "LUNG", .subtree, "NFE2L2", "ETGE") == [1, 4])
        #expect(count(result, "TISSUE", .subtree, "KEAP1", "any") == [3, 4])  // XYZ is not in OncoTree
        #expect(count(result, "XYZ", .code, "NFE2L2", "DLG") == [1, 1])
        #expect(count(result, "ALL", .all, "NFE2L2", "any") == [2, 5])
        #expect(count(result, "LUAD", .subtree, "KEAP1", "any") == nil)  // no patient is coded below LUAD
        #expect(result.codesNotInOncoTree == ["XYZ"])
        #expect(result.rows.last?.group == "ALL")
    }

    @Test("Under pass-only, filtered calls are left out and a gene with only filtered calls is not altered")
    func passOnly() throws {
        let result = try frequencies(.passOnly)
        #expect(count(result, "LUAD", .code, "KEAP1", "hotspot_missense") == [1, 2])
        #expect(count(result, "XYZ", .code, "NFE2L2", "any") == [0, 1])
        #expect(count(result, "XYZ", .code, "NFE2L2", "with_filtered_call") == [1, 1])
    }

    @Test("Wilson interval of 91 of 533 (TCGA LUAD KEAP1, oracle 14.12-20.50%)")
    func wilson() throws {
        var lines = ["patient_id\toncotree_code\tKEAP1_status\tKEAP1_protein_change"]
        lines += (0 ..< 533).map { "P\($0)\tLUAD\t\($0 < 91 ? "MUT\tp.G333C" : "WT\tNA")" }
        let input = try CohortTestData.table(lines)
        let result = AlterationFrequencies(
            patients: try CohortTestData.patients(input, genes: ["KEAP1"]), genes: ["KEAP1"], groupColumn: "oncotree_code",
            oncotree: try CohortTestData.knowledgebase().oncotree, callPolicy: .includeFiltered)
        let row = try #require(result.rows.first { $0.group == "LUAD" && $0.alteration == "any" })
        #expect(abs(row.wilsonLower - 14.12) < 0.005 && abs(row.wilsonUpper - 20.50) < 0.005)
        #expect(abs(row.percent - 17.073) < 0.0005)
    }

    @Test("A patient on two rows is an error naming both rows and the column")
    func duplicatePatient() throws {
        let input = try CohortTestData.table(Self.table + ["P2\tLUAD\tWT\tNA\tWT\tNA"])
        #expect(throws: CohortAnalysisError.duplicatePatient(file: "test.tsv", row: 7, column: "patient_id", patient: "P2", firstRow: 3)) {
            try CohortTestData.patients(input)
        }
    }

    @Test("A missing status column is an error listing the columns")
    func missingColumn() throws {
        let input = try CohortTestData.table(["patient_id\toncotree_code\tKEAP1_status", "P1\tLUAD\tWT"])
        #expect {
            try CohortTestData.patients(input, genes: ["KEAP1"])
        } throws: { error in
            "\(error)".contains("column 'KEAP1_protein_change' not found") && "\(error)".hasPrefix("test.tsv: ")
        }
    }

    @Test("TCGA: every code and ALL equal the oracle (n, mutated, Wilson 95%)", .requiresSharedData)
    func tcgaOracle() throws {
        let input = try CohortTestData.tcga()
        let result = AlterationFrequencies(
            patients: try CohortTestData.patients(input), genes: ["KEAP1", "NFE2L2"], groupColumn: "oncotree_code",
            oncotree: try CohortTestData.knowledgebase().oncotree, callPolicy: .includeFiltered)
        let oracle = try TabSeparated.records(SharedData.url("oracles/ref/tcga/frequencies_by_oncotree.tsv"))
        #expect(oracle.count == 34)
        var compared = 0
        for expected in oracle {
            let code = try #require(expected["oncotree_code"])
            for gene in ["KEAP1", "NFE2L2"] {
                let scope: FrequencyScope = code == "ALL" ? .all : .code
                let row = try #require(result.rows.first { $0.group == code && $0.scope == scope && $0.gene == gene && $0.alteration == "any" })
                #expect(row.n == Int(expected["n"] ?? ""), "\(code) \(gene) n")
                #expect(row.altered == Int(expected["\(gene)_status_mut"] ?? ""), "\(code) \(gene) mutated")
                let bounds = (expected["\(gene)_status_wilson95"] ?? "").split(separator: "-").compactMap { Double($0) }
                #expect(bounds.count == 2 && abs(row.wilsonLower - bounds[0]) < 0.005 && abs(row.wilsonUpper - bounds[1]) < 0.005,
                        "\(code) \(gene) Wilson \(row.wilsonLower)-\(row.wilsonUpper) vs \(bounds)")
                compared += 1
            }
        }
        #expect(compared == 68)
    }

    @Test("TCGA: pass-only counts equal the table's own <GENE>_status_PASS columns", .requiresSharedData)
    func tcgaPassOnly() throws {
        let input = try CohortTestData.tcga()
        let result = AlterationFrequencies(
            patients: try CohortTestData.patients(input, policy: .passOnly), genes: ["KEAP1", "NFE2L2"],
            groupColumn: "oncotree_code", oncotree: try CohortTestData.knowledgebase().oncotree, callPolicy: .passOnly)
        let records = try TabSeparated.records(SharedData.url(CohortTestData.tcgaPath))
        for gene in ["KEAP1", "NFE2L2"] {
            var expected: [String: Int] = [:]
            for record in records where record["\(gene)_status_PASS"] == "MUT" { expected[record["oncotree_code"] ?? "", default: 0] += 1 }
            for row in result.rows where row.gene == gene && row.alteration == "any" && row.scope == .code {
                #expect(row.altered == expected[row.group, default: 0], "\(gene) \(row.group)")
            }
            let all = try #require(result.rows.first { $0.scope == .all && $0.gene == gene && $0.alteration == "any" })
            #expect(all.altered == expected.values.reduce(0, +))
        }
    }
}
