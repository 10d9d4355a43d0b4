import Knowledgebase
import RulesEngine
import Testing

/// rules/prognosis-cohort.yaml has one rule per tumour type and gene for the TCGA comparisons of
/// knowledgebase/cohorts/tcga-keap1-nfe2l2.json. A rule that tests another gene or tumour type than the analysis it
/// cites would show a patient the wrong comparison; nothing else in the loader or linter would notice.
@Suite("TCGA cohort rules")
struct CohortRuleTests {
    @Test("every TCGA survival statement is made only for its own gene and tumour type")
    func survivalRulesMatchTheirAnalysis() throws {
        let resources = try TestResources.resources()
        let kb = resources.knowledgebase
        let survival = kb.cohorts.flatMap(\.survival)
        var cited = Set<String>()
        for rule in resources.ruleSet.rules {
            for statement in rule.then.prognosis ?? [] {
                for id in statement.evidence {
                    guard let analysis = survival.first(where: { $0.id == id }) else { continue }
                    cited.insert(id)
                    #expect(rule.when.gene?.values == [analysis.gene], "\(rule.id) cites \(id)")
                    #expect(rule.when.tumorType?.within?.values == [analysis.tumorType], "\(rule.id) cites \(id)")
                    #expect(rule.when.tumorType?.group == nil, "\(rule.id) cites \(id)")
                }
            }
        }
        // Every analysis the cohort file derives is shown for its tumour type (ten: six tumour types, two genes).
        #expect(cited == Set(survival.map(\.id)))
        #expect(cited.count == 10)
    }

    @Test("every TCGA frequency is listed by a rule of its own gene")
    func frequencyRulesMatchTheirGene() throws {
        let resources = try TestResources.resources()
        let frequencies = resources.knowledgebase.cohorts.flatMap(\.frequencies)
        var cited = Set<String>()
        for rule in resources.ruleSet.rules {
            for id in rule.then.frequencies ?? [] {
                guard let frequency = frequencies.first(where: { $0.id == id }) else { continue }
                cited.insert(id)
                #expect(rule.when.gene?.values == [frequency.gene], "\(rule.id) lists \(id)")
            }
        }
        #expect(cited == Set(frequencies.map(\.id)))
    }
}
