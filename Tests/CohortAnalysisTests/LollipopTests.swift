import CohortAnalysis
import Foundation
import Testing
import TestSupport

/// Calls per residue and the SVG plot.
@Suite("Lollipop counts and plot")
struct LollipopTests {
    static let table = [
        "patient_id\toncotree_code\tKEAP1_status\tKEAP1_protein_change\tNFE2L2_status\tNFE2L2_protein_change",
        "P1\tLUSC\tWT\tNA\tMUT\tp.E79K",
        "P2\tLUSC\tWT\tNA\tMUT\tp.E79Q;p.E79K",
        "P3\tESCC\tWT\tNA\tMUT\tp.D29H",
        "P4\tESCC\tWT\tNA\tMUT\tp.EVFDFSQR35del",
    ]

    private func lollipop() throws -> GeneLollipop {
        let patients = try CohortTestData.patients(try CohortTestData.table(Self.table), genes: ["NFE2L2"])
        return GeneLollipop(patients: patients, geneIndex: 0, gene: "NFE2L2", knowledgebase: try CohortTestData.knowledgebase())
    }

    @Test("Calls and patients per residue, most frequent change first; unplaceable calls kept apart")
    func counts() throws {
        let gene = try lollipop()
        #expect(gene.residues.map(\.residue) == [29, 79])
        let e79 = try #require(gene.residues.last)
        #expect(e79.calls == 3 && e79.patients == 2 && e79.reference == "E" && e79.classes == [.etge])
        #expect(e79.changes == [ChangeCount(change: "p.E79K", count: 2), ChangeCount(change: "p.E79Q", count: 1)])
        #expect(gene.unplaced == [ChangeCount(change: "p.EVFDFSQR35del", count: 1)])
        // The knowledgebase's verified NFE2L2 motifs, exon ranges (aa 16-104, 16-134) and no 3D cluster.
        #expect(gene.features.map(\.id) == ["EXON2", "EXON2_3", "DLG", "ETGE"])
    }

    @Test("The table lists every call, unplaceable ones with residue NA")
    func table() throws {
        let text = LollipopTableText.text([try lollipop()])
        #expect(text == """
            gene\tresidue\treference\tcalls\tpatients\tchanges\tclasses
            NFE2L2\t29\tD\t1\t1\tp.D29H:1\tDLG
            NFE2L2\t79\tE\t3\t2\tp.E79K:2;p.E79Q:1\tETGE
            NFE2L2\tNA\tNA\t1\tNA\tp.EVFDFSQR35del:1\tNA

            """)
    }

    @Test("The SVG draws the protein to scale with its features and one stem per residue, deterministically")
    func svg() throws {
        let gene = try lollipop()
        let svg = LollipopSVG.render([gene], title: "NFE2L2 & co")
        #expect(svg == LollipopSVG.render([gene], title: "NFE2L2 & co"))
        #expect(svg.hasPrefix("<?xml") && svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("<title>NFE2L2 &amp; co</title>"))
        #expect(svg.components(separatedBy: "<circle cx=").count - 1 == 2 + AlterationClass.allCases.count)  // stems + legend
        // 605 residues over 900 px: the ETGE motif (79-82) starts at 70 + 78/605·900 = 186.0 px and is 4/605·900 = 6.0 px wide.
        #expect(svg.contains("<rect x=\"186.0\" y=\"230.0\" width=\"6.0\" height=\"14.0\""))
        #expect(svg.contains("E79 (3)"))
    }

    @Test("TCGA: placed plus unplaced calls equal the calls written in the table", .requiresSharedData)
    func tcgaTotals() throws {
        let input = try CohortTestData.tcga()
        let patients = try CohortTestData.patients(input)
        let records = try TabSeparated.records(SharedData.url(CohortTestData.tcgaPath))
        for (index, gene) in ["KEAP1", "NFE2L2"].enumerated() {
            // Calls counted from the text: ';'-separated changes of MUT patients; a MUT patient without a change counts once.
            let expected = records.filter { $0["\(gene)_status"] == "MUT" }.reduce(0) { total, record in
                let cell = record["\(gene)_protein_change"] ?? ""
                return total + (["", "NA"].contains(cell) ? 1 : cell.split(separator: ";").count)
            }
            let lollipop = GeneLollipop(patients: patients, geneIndex: index, gene: gene, knowledgebase: try CohortTestData.knowledgebase())
            #expect(lollipop.placedCalls + lollipop.unplacedCalls == expected, "\(gene)")
        }
    }
}
