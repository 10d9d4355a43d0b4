import Interpretation
import Testing
import TestSupport

/// C-CAT statements (Tohoku University press release on the Cancer Science 2024 study, 今回の取り組み, second
/// paragraph): KEAP1-mutant patients had worse prognosis than wild type; squamous carcinomas with an NRF2
/// mutation in the latter (ETGE) motif had poor prognosis; NFE2L2 mutated in 35.9% of ESCC and 19.6% of LUSC;
/// KEAP1 mutated in 2.5% of all cases and 11.0% of lung cancers.
@Suite("C-CAT prognosis and frequency rules")
struct PrognosisRuleTests {
    @Test("NFE2L2 ETGE mutation in lung squamous carcinoma: poor prognosis (squamous group) and the LUSC frequency")
    func etgeInLUSC() throws {
        let entry = try TestResources.lookup("NFE2L2", "p.E79K", tumorType: "LUSC")
        let ccat = try #require(entry.prognosis.first { $0.evidence == ["ccat2024-nfe2l2-etge-squamous"] })
        #expect(ccat.direction == "worse")
        #expect(ccat.tumorTypeMatch == .group)
        let frequency = try #require(entry.frequencies.first { $0.evidence == ["ccat2024-freq-nfe2l2-lusc"] })
        #expect(frequency.tumorTypeMatch == .exact)
        #expect(frequency.text.en.contains("19.6%"))
        // The ESCC frequency is for another tumour type and is not shown.
        #expect(!entry.frequencies.contains { $0.evidence == ["ccat2024-freq-nfe2l2-escc"] })
    }

    @Test("the same ETGE mutation in lung adenocarcinoma gets no squamous statement and no squamous frequencies")
    func etgeInLUAD() throws {
        let entry = try TestResources.lookup("NFE2L2", "p.E79K", tumorType: "LUAD")
        #expect(!entry.prognosis.contains { $0.evidence == ["ccat2024-nfe2l2-etge-squamous"] })
        #expect(!entry.frequencies.contains { ["ccat2024-freq-nfe2l2-lusc", "ccat2024-freq-nfe2l2-escc"].contains($0.evidence[0]) })
        let rule = try #require(entry.outcome.notFired.first { $0.id == "PROGNOSIS.CCAT.NFE2L2_ETGE_SQUAMOUS" })
        #expect(rule.failedCondition.contains("squamous_cell_carcinoma"))
    }

    @Test("a DLG mutation in ESCC has the ESCC frequency but not the ETGE prognosis statement")
    func dlgInESCC() throws {
        let entry = try TestResources.lookup("NFE2L2", "p.D29H", tumorType: "ESCC")
        #expect(!entry.prognosis.contains { $0.evidence == ["ccat2024-nfe2l2-etge-squamous"] })
        let frequency = try #require(entry.frequencies.first { $0.evidence == ["ccat2024-freq-nfe2l2-escc"] })
        #expect(frequency.text.en.contains("35.9%"))
    }

    @Test("KEAP1 mutation: worse than wild type (pan-cancer), lung frequency via the LUNG ancestor, chemotherapy resistance")
    func keap1InLUAD() throws {
        let entry = try TestResources.lookup("KEAP1", "p.G333C", tumorType: "LUAD")
        // C-CAT (pan-cancer) and the TCGA LUAD comparison of rules/prognosis-cohort.yaml, whose R survival 3.5-3
        // hazard ratio (../shared/oracles/ref/tcga/LUAD_R.json: 1.253, 0.812-1.932) gives direction `none`.
        let prognosis = Dictionary(uniqueKeysWithValues: entry.prognosis.map { ($0.evidence[0], $0) })
        #expect(prognosis.keys.sorted() == ["ccat2024-keap1-mut-vs-wt", "tcga-keap1-nfe2l2-luad-keap1-os"])
        #expect(prognosis["ccat2024-keap1-mut-vs-wt"]?.tumorTypeMatch == .panCancer)
        #expect(prognosis["tcga-keap1-nfe2l2-luad-keap1-os"]?.tumorTypeMatch == .exact)
        #expect(prognosis["tcga-keap1-nfe2l2-luad-keap1-os"]?.direction == "none")
        let frequencies = Dictionary(uniqueKeysWithValues: entry.frequencies.map { ($0.evidence[0], $0.tumorTypeMatch) })
        #expect(frequencies["ccat2024-freq-keap1-all"] == .panCancer)
        #expect(frequencies["ccat2024-freq-keap1-lung"] == .ancestor)
        #expect(entry.therapyResistance.contains { $0.therapyClass == "chemotherapy" && $0.evidence == ["ccat2024-chemoresistance"] })
    }

    @Test("every prognosis and therapy statement carries an AMP/ASCO/CAP level, the alteration the tier, and no unsourced Japanese level")
    func levels() throws {
        let entry = try TestResources.lookup("KEAP1", "p.G333C", tumorType: "LUAD")
        // AMP/ASCO/CAP tiers: levels A and B place a variant in tier I, C and D in tier II (knowledgebase/
        // evidence-levels.yaml, from the guideline's Tables 4-5); the alteration takes its strongest level's tier.
        let tiers = ["A": "I", "B": "I", "C": "II", "D": "II"]
        let levels = (entry.prognosis + entry.therapyResistance).compactMap { $0.levels.first { $0.framework == "amp_asco_cap_2017" }?.level }
        let strongest = try #require(levels.min())
        #expect(entry.tier?.tier == tiers[strongest] && entry.tier?.level == strongest)
        for statement in entry.prognosis + entry.therapyResistance {
            let amp = try #require(statement.levels.first { $0.framework == "amp_asco_cap_2017" })
            #expect(amp.level != nil && amp.definition != nil, "\(statement.ruleID)")
            let japanese = try #require(statement.levels.first { $0.framework == "jsmo_jsco_jca_v2_1" })
            #expect(japanese.level == nil && japanese.note != nil)
        }
    }

    @Test("an uninterpretable alteration gets no statements at all")
    func uninterpretableGetsNothing() throws {
        let entry = try TestResources.lookup("KEAP1", "p.A333C", tumorType: "LUAD")
        #expect(entry.prognosis.isEmpty && entry.therapyResistance.isEmpty && entry.frequencies.isEmpty)
        #expect(entry.outcome.fired.isEmpty)
    }
}
