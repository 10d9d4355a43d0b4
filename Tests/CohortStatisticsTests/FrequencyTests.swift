import CohortStatistics
import Foundation
import Testing
import TestSupport

/// Frequencies per OncoTree code against `oracles/cohort_freq.py` (statsmodels
/// `proportion_confint`, methods "wilson" and "beta"), whose TSV gives percentages to 3 and
/// interval bounds (in %) to 2 decimals.
@Suite("Frequencies")
struct FrequencyTests {
    @Test("TCGA frequencies equal the statsmodels oracle", .requiresSharedData)
    func tcga() throws {
        let table = try CohortTable(contentsOf: SharedData.url("cohorts/tcga_keap1_nfe2l2_os.tsv"))
        try compare(table, oracle: "oracles/ref/tcga/frequencies_by_oncotree.tsv", label: "TCGA frequencies")
    }

    @Test("Synthetic-cohort frequencies equal the statsmodels oracle", .requiresSyntheticCohort)
    func synthetic() throws {
        let table = try #require(SyntheticCohort.standardTable)
        try compare(table, oracle: "oracles/ref/synthetic/frequencies_by_oncotree.tsv", label: "synthetic frequencies")
    }

    @Test("Wilson and Clopper–Pearson bounds checked by hand")
    func handChecked() {
        // 0 of 10: Wilson upper = z²/(n + z²) = 3.8415/13.8415 = 0.27753; Clopper–Pearson upper
        // = 1 − 0.025^(1/10) = 0.30850; both lower bounds are 0.
        let none = BinomialProportion(count: 0, n: 10)
        #expect(none.wilson.lower == 0)
        #expect(abs(none.wilson.upper - 0.277_532) < 1e-6)
        #expect(none.clopperPearson.lower == 0)
        #expect(abs(none.clopperPearson.upper - (1 - pow(0.025, 0.1))) < 1e-12)
        // 10 of 10 mirrors 0 of 10.
        let all = BinomialProportion(count: 10, n: 10)
        #expect(abs(all.wilson.lower - (1 - none.wilson.upper)) < 1e-12)
        #expect(abs(all.clopperPearson.lower - pow(0.025, 0.1)) < 1e-12)
        #expect(all.clopperPearson.upper == 1)
        #expect(all.percent == 100)
        #expect(all.wilson.upper == 1)
        // The edge bounds are exactly 0 and 1 for any n, not 1e-16 off after rounding.
        for n in [7, 461, 2_000, 60_056] {
            #expect(BinomialProportion(count: 0, n: n).wilson.lower == 0)
            #expect(BinomialProportion(count: n, n: n).wilson.upper == 1)
        }
    }

    private func compare(_ table: CohortTable, oracle: String, label: String) throws {
        let lines = try SharedData.dataLines(oracle)
        let header = lines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var comparison = OracleComparison(label, oracle: "statsmodels")
        for gene in ["KEAP1_status", "NFE2L2_status"] {
            let frequencies = try FrequencyTable(table: table, groupColumn: "oncotree_code", statusColumn: gene)
            var columns: [String: Int] = [:]
            for suffix in ["mut", "pct", "wilson95", "exact95"] {
                let index = try #require(header.firstIndex(of: "\(gene)_\(suffix)"), "\(oracle): no column \(gene)_\(suffix)")
                columns[suffix] = index
            }
            let column = { (suffix: String) in columns[suffix] ?? 0 }
            comparison.count("\(gene) groups", frequencies.rows.count, lines.count - 1)
            for line in lines.dropFirst() {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard let row = frequencies.rows.first(where: { $0.group == cells[0] }) else {
                    comparison.count("\(gene) \(cells[0]) present", 0, 1)
                    continue
                }
                let proportion = row.proportion
                let what = "\(gene) \(cells[0])"
                comparison.count("\(what) n", proportion.n, Int(cells[1]))
                comparison.count("\(what) count", proportion.count, Int(cells[column("mut")]))
                comparison.close("\(what) %", rounded(proportion.percent, 3), Double(cells[column("pct")]), tolerance: 1e-12)
                let wilson = bounds(cells[column("wilson95")])
                let exact = bounds(cells[column("exact95")])
                comparison.close("\(what) Wilson lower", rounded(100 * proportion.wilson.lower, 2), wilson.0, tolerance: 1e-12)
                comparison.close("\(what) Wilson upper", rounded(100 * proportion.wilson.upper, 2), wilson.1, tolerance: 1e-12)
                comparison.close("\(what) exact lower", rounded(100 * proportion.clopperPearson.lower, 2), exact.0, tolerance: 1e-12)
                comparison.close("\(what) exact upper", rounded(100 * proportion.clopperPearson.upper, 2), exact.1, tolerance: 1e-12)
            }
        }
        comparison.finish()
    }

    /// Rounded to `decimals` as Python's f-string formatting and `round` do (half to even on the
    /// binary value, which `%.Nf`-style formatting reproduces).
    private func rounded(_ value: Double, _ decimals: Int) -> Double {
        Double(String(format: "%.\(decimals)f", value)) ?? .nan
    }

    private func bounds(_ text: String) -> (Double?, Double?) {
        let parts = text.split(separator: "-").map { Double($0) }
        return (parts.first ?? nil, parts.count > 1 ? parts[1] : nil)
    }
}
