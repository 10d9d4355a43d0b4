import CohortStatistics
import Foundation
import Testing
import TestSupport

/// The synthetic 60,056-patient cohort was simulated from known hazard ratios
/// (`oracles/ref/synthetic/truth_seed20240601.json`): Weibull proportional hazards within
/// cancer type, age 0.01/year, male HR 1.1. A Cox model adjusted for age and sex must cover
/// the true gene hazard ratio with its 95 % interval.
@Suite("Synthetic cohort truth", .requiresSyntheticCohort)
struct SyntheticTruthTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var codes: [String]
        var gene: String
        /// The other gene as an extra 0/1 covariate, where both genes act in the same patients.
        var adjustForOtherGene = false
        var stratified = false
        var testDescription: String {
            "\(gene) in \(codes.joined(separator: "+"))\(adjustForOtherGene ? " adjusted for the other gene" : "")"
                + (stratified ? " stratified by type" : "")
        }
    }

    /// The oracle's three subsets, then the checks `make_cohort.py --check` itself runs (it
    /// adjusts LUSC for the other gene because both are common there), then all lung types
    /// stratified by type. In the pooled lung model the other gene must be adjusted for: its
    /// mutants (true HR 1.4) sit in the KEAP1 reference group and would attenuate the estimate.
    static let cases: [Case] = [
        Case(codes: ["LUAD"], gene: "KEAP1"),
        Case(codes: ["ESCC"], gene: "NFE2L2"),
        Case(codes: ["LUSC"], gene: "NFE2L2"),
        Case(codes: ["LUSC"], gene: "KEAP1", adjustForOtherGene: true),
        Case(codes: ["LUSC"], gene: "NFE2L2", adjustForOtherGene: true),
        Case(codes: ["COADREAD"], gene: "KEAP1"),
        Case(codes: ["HNSC"], gene: "NFE2L2"),
        Case(codes: ["LUAD", "LUSC", "SCLC", "NSCLC"], gene: "KEAP1", adjustForOtherGene: true, stratified: true),
    ]

    @Test("The 95 % interval covers the true hazard ratio", arguments: cases)
    func coversTruth(_ testCase: Case) throws {
        let table = try #require(SyntheticCohort.standardTable)
        let truth = try JSONSerialization.jsonObject(
            with: Data(contentsOf: SharedData.url("oracles/ref/synthetic/truth_seed20240601.json"))) as? [String: Any]
        let types = try #require(truth?["types"] as? [String: [String: Any]])
        let key = testCase.gene == "KEAP1" ? "true_hr_keap1" : "true_hr_nfe2l2"
        var trueValues = Set<Double>()
        for code in testCase.codes {
            trueValues.insert(try #require(types[code]?[key] as? Double, "no \(key) for \(code) in the truth file"))
        }
        let trueHR = try #require(trueValues.count == 1 ? trueValues.first : nil, "one true HR across the pooled types")

        let other = testCase.gene == "KEAP1" ? "NFE2L2" : "KEAP1"
        var covariates: [CovariateSpecification] = [.numeric(column: "age"), .numeric(column: "male")]
        if testCase.adjustForOtherGene { covariates.append(.twoLevel(column: "\(other)_status", level: "MUT")) }
        let design = SurvivalDesign(
            timeColumn: "OS_MONTHS", eventColumn: "OS_STATUS", groupColumn: "\(testCase.gene)_status",
            referenceGroup: "WT", covariates: covariates, strataColumn: testCase.stratified ? "oncotree_code" : nil,
            filters: [RowFilter(column: "oncotree_code", values: testCase.codes)])
        let cox = try SurvivalAnalysis.run(table: table, design: design).cox
        #expect(cox.status == .converged)
        #expect(cox.primaryTerm == "\(testCase.gene)_statusMUT")
        let lower = try #require(cox.ciLower)
        let upper = try #require(cox.ciUpper)
        print("\(testCase.testDescription): HR \(cox.hr ?? .nan) (\(lower)–\(upper)), true \(trueHR)")
        #expect(lower <= trueHR && trueHR <= upper, "95 % CI \(lower)–\(upper) misses the true HR \(trueHR)")
    }

    @Test("Realized frequencies match the generator's truth file")
    func realizedFrequencies() throws {
        let table = try #require(SyntheticCohort.standardTable)
        let keap1 = try FrequencyTable(table: table, groupColumn: "oncotree_code", statusColumn: "KEAP1_status")
        let all = try #require(keap1.rows.last)
        #expect(all.group == "ALL")
        #expect(all.proportion.count == 1_501)
        #expect(all.proportion.n == 60_056)
        let nfe2l2 = try FrequencyTable(table: table, groupColumn: "oncotree_code", statusColumn: "NFE2L2_status")
        #expect(nfe2l2.rows.first { $0.group == "ESCC" }?.proportion.count == 453)
        #expect(nfe2l2.rows.first { $0.group == "LUSC" }?.proportion.count == 159)
    }
}
