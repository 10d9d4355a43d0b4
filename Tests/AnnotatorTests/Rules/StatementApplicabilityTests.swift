import Foundation
import StrictDecoding
@testable import Interpretation
import Knowledgebase
@testable import RulesEngine
import Testing

/// Which statements reach a patient. Every expectation comes from the sources, not from the program:
/// - POSEIDON enrolled EGFR/ALK wild-type metastatic NSCLC (Peters et al., J Thorac Oncol 2025, PMID 39243945,
///   abstract; registry record NCT03164616); TRITON (NCT06008093, registry record) enrols first-line non-squamous
///   NSCLC with an STK11, KEAP1 or KRAS mutation and without activating EGFR mutations or ALK fusions.
/// - AMP/ASCO/CAP 2017 (Li et al., PMID 27993330) Table 6: a variant of unknown significance is tier III; tiers
///   classify variants, not statements (rules/ruleset.yaml statementPolicy).
/// - No KRAS G12C inhibitor study is curated (rules/therapy.yaml THERAPY.GAP.KRAS_G12C), so the summary must say so.
@Suite("Statements that apply to the patient")
struct StatementApplicabilityTests {
    private static let poseidonEvidence = ["poseidon-5y-keap1-benefit-evident", "skoulidis2024-keap1-stk11-dual-icb-benefit"]
    private static let poseidonTrials = ["trial-poseidon-nct03164616", "trial-triton-nct06008093"]

    private func report(tumor: String?, diagnosis: String? = nil, variants: [String]) -> String {
        var tumorType: [String] = []
        if let tumor { tumorType.append("\"oncotreeCode\": \"\(tumor)\"") }
        if let diagnosis { tumorType.append("\"diagnosis\": \"\(diagnosis)\"") }
        return """
            {"format": "keapnrf-report", "formatVersion": 1, "tumorType": {\(tumorType.joined(separator: ", "))},
             "shortVariants": [\(variants.joined(separator: ", "))]}
            """
    }

    private func variant(_ gene: String, _ protein: String, origin: String = "somatic") -> String {
        "{\"gene\": \"\(gene)\", \"hgvsp\": \"\(protein)\", \"origin\": \"\(origin)\"}"
    }

    private func cited(_ entry: AlterationInterpretation) -> Set<String> {
        Set((entry.prognosis + entry.therapyResistance + entry.trials).flatMap(\.evidence))
    }

    @Test("an EGFR L858R co-mutation keeps EGFR/ALK wild-type immunotherapy evidence and trials off the patient, and says why")
    func egfrExcludesWildTypePopulations() throws {
        let withEGFR = try TestResources.annotate(json: report(tumor: "LUAD", variants: [variant("KEAP1", "p.R470C"), variant("EGFR", "p.L858R")]))
        let entry = try #require(withEGFR.alterations.first)
        #expect(cited(entry).isDisjoint(with: Self.poseidonEvidence + Self.poseidonTrials))
        let excluded = Set(entry.notApplicable.flatMap(\.statement.evidence))
        #expect(excluded.isSuperset(of: Self.poseidonEvidence + Self.poseidonTrials))
        for item in entry.notApplicable {
            #expect(item.reasons.contains { $0.en.contains("EGFR") && $0.en.contains("p.L858R") }, "\(item.statement.evidence)")
        }
        #expect(!withEGFR.summary.en.contains("POSEIDON"))

        // The same alteration without the EGFR mutation does receive them: the exclusion is the co-mutation's doing.
        let without = try #require(try TestResources.annotate(json: report(tumor: "LUAD", variants: [variant("KEAP1", "p.R470C")])).alterations.first)
        #expect(cited(without).isSuperset(of: Self.poseidonEvidence + Self.poseidonTrials))
        #expect(without.notApplicable.isEmpty)
    }

    @Test("an NFE2L2 alteration is not offered the STK11/KEAP1/KRAS trial unless one of those is reported")
    func nfe2l2NotOfferedTriton() throws {
        let alone = try #require(try TestResources.annotate(json: report(tumor: "LUAD", variants: [variant("NFE2L2", "p.E79K")])).alterations.first)
        #expect(!cited(alone).contains("trial-triton-nct06008093"))
        let listed = try #require(alone.notApplicable.first { $0.statement.evidence.contains("trial-triton-nct06008093") })
        #expect(listed.reasons.contains { $0.en.contains("required one of") && $0.ja.contains("STK11") })

        let withKRAS = try #require(try TestResources.annotate(
            json: report(tumor: "LUAD", variants: [variant("NFE2L2", "p.E79K"), variant("KRAS", "p.G12D")])).alterations.first)
        #expect(cited(withKRAS).contains("trial-triton-nct06008093"))

        // TRITON excludes squamous histology: a KEAP1 mutation in LUSC meets the biomarker but not the population.
        let squamous = try #require(try TestResources.annotate(json: report(tumor: "LUSC", variants: [variant("KEAP1", "p.R470C")])).alterations.first)
        #expect(!cited(squamous).contains("trial-triton-nct06008093"))
        #expect(squamous.notApplicable.contains { $0.statement.evidence.contains("trial-triton-nct06008093") && $0.reasons.contains { $0.en.contains("LUSC") } })
    }

    @Test("a VUS gets no prognosis, therapy or trial statement, tier III, and a note saying why")
    func vusGetsNoStatements() throws {
        let interpretation = try TestResources.annotate(json: report(tumor: "HGSFT", variants: [variant("KEAP1", "p.K303M")]))
        let entry = try #require(interpretation.alterations.first)
        #expect(entry.outcome.oncogenicity?.value == "VUS")
        #expect(entry.prognosis.isEmpty && entry.therapyResistance.isEmpty && entry.trials.isEmpty)
        #expect(entry.outcome.statementsWithheld)
        #expect(entry.tier?.tier == "III" && entry.tier?.level == nil)
        #expect(entry.notes.contains { $0.en.contains("tier III") })
        #expect(!interpretation.summary.en.contains("worse outcome") && interpretation.summary.en.contains("no prognosis, therapy or trial statement"))
        #expect(interpretation.summary.ja.contains("予後・治療・臨床試験に関する記述は行いません"))
    }

    @Test("a germline KEAP1 truncation is shown as germline, with the secondary-finding note, in every output")
    func germlineTruncation() throws {
        let interpretation = try TestResources.annotate(json: report(tumor: "LUAD", variants: [variant("KEAP1", "p.Q20*", origin: "germline")]))
        let entry = try #require(interpretation.alterations.first)
        #expect(entry.origin == "germline")
        let note = try #require(entry.notes.first { $0.en.contains("germline") })
        #expect(note.en.contains("somatic alterations") && note.en.contains("genetic counselling"))
        #expect(note.ja.contains("遺伝カウンセリング"))
        #expect(interpretation.summary.en.contains("reported as germline") && interpretation.summary.ja.contains("生殖細胞系列と報告"))
        let knowledgebase = try TestResources.knowledgebase()
        let html = try HTMLReportWriter.text(interpretation, knowledgebase: knowledgebase, language: .en)
        #expect(html.contains("germline (as reported)") && html.contains("genetic counselling"))
        let document = InterpretationJSON.document(interpretation)
        guard case .array(let alterations)? = document["alterations"] else { Issue.record("no alterations"); return }
        #expect(alterations.first?["origin"] == .string("germline"))
        #expect(InterpretationJSON.text(interpretation).contains("genetic counselling"))
    }

    @Test("食道癌 and a missing tumour type give summaries without NSCLC or glottic statements")
    func organOnlyAndUnknownTumourTypes() throws {
        let variants = [variant("KEAP1", "p.G333C"), variant("STK11", "p.Q37*"), variant("KRAS", "p.G12C")]
        let organ = try TestResources.annotate(json: report(tumor: nil, diagnosis: "食道癌", variants: variants))
        #expect(organ.tumorType.oncotreeCode == "STOMACH" && organ.tumorType.histologyNeeded)
        let unknown = try TestResources.annotate(json: report(tumor: nil, variants: variants))
        #expect(unknown.tumorType.oncotreeCode == nil)
        for interpretation in [organ, unknown] {
            for forbidden in ["glottic", "POSEIDON", "PD-1", "NSCLC", "telaglenastat", "lung"] {
                #expect(!interpretation.summary.en.contains(forbidden), "\(forbidden) in: \(interpretation.summary.en)")
            }
            for forbidden in ["声門", "POSEIDON", "肺"] {
                #expect(!interpretation.summary.ja.contains(forbidden), "\(forbidden) in: \(interpretation.summary.ja)")
            }
            // The pan-cancer C-CAT prognosis statement is what applies, and it is still there.
            #expect(interpretation.summary.en.contains("prognosis: worse outcome"))
        }
        #expect(organ.summary.en.contains("organ only") && organ.summary.ja.contains("組織型"))
    }

    @Test("KRAS G12C with KEAP1 names the knowledge gap; another KRAS change does not")
    func krasG12CGap() throws {
        let g12c = try TestResources.annotate(json: report(tumor: "LUAD", variants: [variant("KEAP1", "p.G333C"), variant("KRAS", "p.G12C")]))
        #expect(g12c.summary.en.contains("no curated evidence on KRAS G12C inhibitors"))
        #expect(g12c.summary.ja.contains("KRAS G12C 阻害薬"))
        #expect(g12c.alterations.first?.gaps.count == 1)
        let g12d = try TestResources.annotate(json: report(tumor: "LUAD", variants: [variant("KEAP1", "p.G333C"), variant("KRAS", "p.G12D")]))
        #expect(!g12d.summary.en.contains("KRAS G12C") && g12d.alterations.first?.gaps.isEmpty == true)
    }

    @Test("the summary gives at most three sentences per alteration, published evidence only, never 'no difference'")
    func summaryShape() throws {
        let interpretation = try TestResources.annotate(json: report(tumor: "LUAD", variants: [variant("KEAP1", "p.G333C"), variant("KRAS", "p.G12C")]))
        let perAlteration = interpretation.summary.en.components(separatedBy: ". ").filter { !$0.contains("other alteration(s)") }
        #expect(perAlteration.count <= 3, "\(interpretation.summary.en)")
        #expect(!interpretation.summary.en.contains("no difference") && !interpretation.summary.en.contains("no significant difference"))
        // Published evidence ranks before the knowledgebase's own TCGA reanalysis.
        let entry = try #require(interpretation.alterations.first)
        let knowledgebase = try TestResources.knowledgebase()
        let own = entry.prognosis.map { knowledgebase.evidence.areOwnReanalyses($0.evidence) }
        #expect(own.contains(true) && own == own.sorted { !$0 && $1 })
    }

    @Test("an unknown code suggests codes by synonym, tissue and name before spelling")
    func suggestions() throws {
        let resolver = try TestResources.knowledgebase().tumorTypes
        #expect(Array(resolver.suggestions(for: "KIRP").prefix(2)) == ["PRCC", "KIDNEY"])
        #expect(resolver.suggestions(for: "papillary renal").contains("PRCC"))
    }

    @Test("news, vendor summaries, unverified citations and articles without a DOI or PMID never back a statement")
    func citationPolicy() throws {
        let knowledgebase = try TestResources.knowledgebase()
        let validator = StatementPolicyValidator(knowledgebase: knowledgebase, policy: try TestResources.resources().ruleSet.statementPolicy)
        for refused in ["stanford2020-keap1-nrf2-rt-recurrence-news", "skoulidis-asco2019-pcp-altered-vs-wt",
                        "jeong2020-keap1-nfe2l2-cul3-platinum-ttf", "jeong2017-keap1-nrf2-rt-local-recurrence"] {
            #expect(validator.problem(citing: refused) != nil, "\(refused)")
        }
        for accepted in ["poseidon-5y-keap1-benefit-evident", "skoulidis2024-keap1-stk11-dual-icb-benefit", "ccat2024-keap1-mut-vs-wt"] {
            #expect(validator.problem(citing: accepted) == nil, "\(accepted)")
        }
        // And in an interpretation: every cited item and citation is verified.
        let interpretation = try TestResources.annotate(json: report(tumor: "LUAD", variants: [variant("KEAP1", "p.G333C"), variant("STK11", "p.Q37*"), variant("KRAS", "p.G12C")]))
        for (id, cited) in interpretation.evidence {
            #expect(cited.item.verified && cited.citation?.verified == true, "\(id)")
        }
    }
}
