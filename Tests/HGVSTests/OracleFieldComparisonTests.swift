import HGVS
import Testing
import TestSupport

/// Field-by-field agreement with biocommons hgvs 1.5.7 on the reference outputs in
/// `oracles/ref/` (see `oracles/README.md`): the oracle's accept/reject verdict, and for accepted
/// strings kind, predicted, start/end (base, offset, datum, aa1), ref, alt and edit.
@Suite("Agreement with the biocommons hgvs oracle", .requiresSharedData)
struct OracleFieldComparisonTests {
    /// Inputs on which we deliberately disagree with biocommons, with the reason.
    static let deliberateDifferences: [String: String] = [
        // biocommons has no rule for a bare range without `p.`; the Chang 2018 hotspot table and
        // MAF-derived reports write exactly this (`corpus/variant-spellings.txt`), so we read it as protein.
        "R34_S40del": "bare protein range accepted",
    ]

    struct Tally: CustomStringConvertible {
        var records = 0
        var verdictAgreements = 0
        var parsedCompared = 0
        var fieldAgreements = 0
        var deliberate = 0
        var description: String {
            "\(verdictAgreements)/\(records) accept/reject verdicts agree (\(deliberate) deliberate differences); "
                + "\(fieldAgreements)/\(parsedCompared) parsed records agree on every field"
        }
    }

    /// Compares every record of one oracle file; returns the tally and the unexpected mismatches.
    static func compare(_ file: String) throws -> (Tally, [String]) {
        var tally = Tally()
        var problems: [String] = []
        for record in try OracleRecord.load(file) {
            tally.records += 1
            let parsed = try? HGVSParser.parse(record.input)
            if let reason = deliberateDifferences[record.input] {
                tally.deliberate += 1
                if (parsed != nil) == record.ok { problems.append("\(record.input): expected to differ (\(reason))") }
                continue
            }
            guard (parsed != nil) == record.ok else {
                problems.append("\(record.input): oracle ok=\(record.ok), parser \(parsed == nil ? "rejected" : "accepted")")
                continue
            }
            tally.verdictAgreements += 1
            guard let parsed else { continue }
            tally.parsedCompared += 1
            var disagreements = OracleFields(parsed).disagreements(with: record)
            if !record.prefixed {
                if parsed.accession != record.ac { disagreements.append("accession") }
                if parsed.gene != record.gene { disagreements.append("gene") }
            }
            if disagreements.isEmpty {
                tally.fieldAgreements += 1
            } else {
                problems.append("\(record.input): differs on \(disagreements.joined(separator: ", "))")
            }
        }
        return (tally, problems)
    }

    @Test("Every record of an oracle file agrees", arguments: [
        ("oracles/ref/keap1_nfe2l2_examples.jsonl", 29),
        ("oracles/ref/tcga_mc3_hgvsp_short.jsonl", 173),
        ("oracles/ref/tcga_mc3_hgvsc.jsonl", 173),
    ])
    func agreesWithOracle(file: String, expectedRecords: Int) throws {
        let (tally, problems) = try Self.compare(file)
        print("\(file): \(tally)")
        #expect(tally.records == expectedRecords)
        #expect(problems == [], "\(file)")
        #expect(tally.verdictAgreements + tally.deliberate == tally.records)
        #expect(tally.fieldAgreements == tally.parsedCompared)
    }

    @Test("The deliberately accepted bare range reads as the protein deletion the oracle gives for p.R34_S40del")
    func bareRangeMatchesPrefixedForm() throws {
        let bare = try HGVSParser.parse("R34_S40del")
        let prefixed = try HGVSParser.parse("p.R34_S40del")
        #expect(bare == prefixed)
        // Oracle for NFE2L2:p.R34_S40del (tcga_mc3_hgvsp_short.jsonl): start R34, end S40, edit del.
        let record = try #require(try OracleRecord.load("oracles/ref/tcga_mc3_hgvsp_short.jsonl")
            .first { $0.input == "p.R34_S40del" })
        #expect(OracleFields(bare).disagreements(with: record) == [])
    }
}
