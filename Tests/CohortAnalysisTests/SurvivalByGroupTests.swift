import CohortAnalysis
import CohortStatistics
import Testing
import TestSupport

/// One survival analysis per value of a column.
@Suite("Survival by group")
struct SurvivalByGroupTests {
    @Test("TCGA LUAD and LUSC KEAP1 analysed separately equal R survival 3.5-3: HR, CI, Wald p, log-rank, medians, S(t)",
          .requiresSharedData)
    func tcga() throws {
        let design = SurvivalDesign(
            timeColumn: "OS_MONTHS", eventColumn: "OS_STATUS", groupColumn: "KEAP1_status", referenceGroup: "WT",
            filters: [RowFilter(column: "oncotree_code", values: ["LUAD", "LUSC"])])
        let options = AnalysisOptions(times: [12, 24, 36, 60])
        let grouped = try GroupedSurvival.run(table: try CohortTestData.tcga().table, design: design, options: options, by: "oncotree_code")
        #expect(grouped.subsets.map(\.value) == ["LUAD", "LUSC"])
        for (subset, file) in zip(grouped.subsets, ["LUAD_R", "LUSC_KEAP1_R"]) {
            let oracle = try ROracleOutput.load("oracles/ref/tcga/\(file).json")
            let result = try #require(subset.result)
            let efron = try #require(oracle.efron)
            #expect(result.n == oracle.n_used && result.events == oracle.events)
            #expect(agrees(result.cox.hr, efron.hr) && agrees(result.cox.ciLower, efron.hr_lower95) && agrees(result.cox.ciUpper, efron.hr_upper95))
            #expect(agrees(result.cox.p, efron.p_wald))
            #expect(agrees(result.logrank.chisq, oracle.logrank?.chisq) && agrees(result.logrank.p, oracle.logrank?.p))
            #expect(result.design.filters.last == RowFilter(column: "oncotree_code", values: [subset.value]))
            #expect(Set(result.groups.map(\.name)) == Set(oracle.km.keys))
            for group in result.groups {
                let r = try #require(oracle.km[group.name])
                #expect(group.n == r.n && group.events == r.events, "\(subset.value) \(group.name)")
                #expect(agrees(group.median, r.median) && agrees(group.medianLower, r.median_lower)
                        && agrees(group.medianUpper, r.median_upper), "\(subset.value) \(group.name) median")
                let points = try #require(r.at, "\(subset.value) \(group.name): no S(t) in the oracle")
                #expect(group.km.map(\.time) == points.map(\.time))
                for (ours, expected) in zip(group.km, points) {
                    #expect(agrees(ours.survival, expected.surv) && agrees(ours.lower, expected.lower)
                            && agrees(ours.upper, expected.upper) && ours.nRisk == expected.n_risk,
                            "\(subset.value) \(group.name) S(\(expected.time))")
                }
            }
        }
    }

    @Test("A subset without the reference group is reported, not thrown; one group and no events are statuses")
    func degenerateSubsets() throws {
        let table = try CohortTestData.table([
            "patient_id\tcode\ttime\tstatus\tgroup",
            "P1\tA\t5\t1\tMUT", "P2\tA\t7\t0\tMUT",
            "P3\tB\t3\t0\tWT", "P4\tB\t4\t0\tMUT",
            "P5\tC\t2\t1\tWT", "P6\tC\t9\t0\tWT",
            "P7\tNA\t1\t1\tWT",
        ]).table
        let design = SurvivalDesign(timeColumn: "time", eventColumn: "status", groupColumn: "group", referenceGroup: "WT")
        let grouped = try GroupedSurvival.run(table: table, design: design, options: AnalysisOptions(), by: "code")
        #expect(grouped.rowsWithoutValue == 1)
        #expect(grouped.subsets.map(\.status) == ["reference_group_absent", "analysed", "analysed"])
        #expect(grouped.subsets[0].message?.contains("reference group 'WT' does not occur") == true)
        #expect(grouped.subsets[1].result?.cox.status == .noEvents)
        #expect(grouped.subsets[2].result?.cox.status == .oneGroup)
    }

    @Test("A negative time in any subset is an error naming the row and column")
    func negativeTime() throws {
        let table = try CohortTestData.table([
            "patient_id\tcode\ttime\tstatus\tgroup", "P1\tA\t5\t1\tWT", "P2\tB\t-1\t0\tMUT",
        ]).table
        let design = SurvivalDesign(timeColumn: "time", eventColumn: "status", groupColumn: "group")
        #expect(throws: CohortTableError.negativeTime(row: 3, column: "time", value: "-1")) {
            try GroupedSurvival.run(table: table, design: design, options: AnalysisOptions(), by: "code")
        }
    }
}
