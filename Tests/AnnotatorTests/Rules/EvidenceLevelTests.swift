@testable import Interpretation
import Knowledgebase
import RulesEngine
import Testing
import TestSupport

/// AMP/ASCO/CAP 2017 Table 3 defines levels A and B for the patient's own tumour type and C for a different one
/// (knowledgebase/evidence-levels.yaml). Tiers classify alterations, not statements (see StatementApplicabilityTests).
@Suite("Evidence levels")
struct EvidenceLevelTests {
    private func conclusion(_ level: String) -> StatementConclusion {
        StatementConclusion(direction: "resistance", therapy: nil, therapyClass: "chemotherapy", statement: nil, evidence: [],
                            levels: ["amp_asco_cap_2017": level], levelRationale: "test")
    }

    @Test("level B evidence for this tumour type stays B")
    func sameTumourType() throws {
        let assigner = LevelAssigner(knowledgebase: try TestResources.knowledgebase())
        let amp = try #require(assigner.levels(for: conclusion("B"), match: .exact).first)
        #expect(amp.level == "B" && amp.note == nil)
    }

    @Test("level B evidence from another tumour type is shown as C, with a note")
    func otherTumourType() throws {
        let assigner = LevelAssigner(knowledgebase: try TestResources.knowledgebase())
        for match in [TumorTypeMatchLevel.otherTumorType, .narrower, .panCancer] {
            let amp = try #require(assigner.levels(for: conclusion("B"), match: match).first)
            #expect(amp.level == "C" && amp.note != nil, "\(match)")
        }
        let unchanged = try #require(assigner.levels(for: conclusion("D"), match: .otherTumorType).first)
        #expect(unchanged.level == "D" && unchanged.note == nil)
    }

    @Test("no Japanese level is shown without a verified definition; the note says why")
    func japanese() throws {
        let assigner = LevelAssigner(knowledgebase: try TestResources.knowledgebase())
        let japanese = try #require(assigner.levels(for: conclusion("C"), match: .exact).last)
        #expect(japanese.framework == "jsmo_jsco_jca_v2_1" && japanese.level == nil && japanese.note?.ja.isEmpty == false)
    }
}
