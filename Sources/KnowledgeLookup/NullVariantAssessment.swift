import HGVS
import Knowledgebase
import Normalization
import VariantEffect

/// What a predicted null (loss-of-function) change does to the transcript and protein: where a premature stop
/// lies relative to the last exon–exon junction, what a lost start codon leaves, which exon a canonical splice
/// change is predicted to skip, and which residues and features are removed. These are facts computed from the
/// knowledgebase's transcript model and sequences; the strength they give a null-variant code is decided by
/// the classification criteria in `rules/classification/`.
public struct NullVariantAssessment: Hashable, Sendable {
    /// How the change removes function.
    public enum Mechanism: String, Hashable, Sendable {
        /// A nonsense or frameshift change with a new stop codon.
        case prematureStop = "premature_stop"
        /// The initiation codon is lost.
        case startLoss = "start_loss"
        /// A change of the canonical ±1/2 splice bases, predicted to skip the neighbouring exon.
        case canonicalSplice = "canonical_splice"
        /// The whole gene, or whole exons, are deleted.
        case deletion
    }

    public var mechanism: Mechanism
    /// The codon of the new stop (premature stops; out-of-frame exon skipping), when it can be placed.
    public var stopCodon: Int?
    /// The exon holding the new stop's first base.
    public var exonOfStop: Int?
    /// The transcript's last exon: the last coding exon of the MANE model, which for KEAP1 (exon 6 of 6) and
    /// NFE2L2 (exon 5 of 5) is also the transcript's last exon (`../shared/reference/transcripts`).
    public var lastExon: Int?
    /// Nucleotides from the new stop's first base to the last exon–exon junction (positive: upstream of it);
    /// nil when the stop lies in the last exon or cannot be placed.
    public var nucleotidesUpstreamOfLastJunction: Int?
    /// The residues removed or replaced (from the first changed residue to the protein's end for a truncation).
    public var affectedResidues: ClosedRange<Int>?
    /// The length of the reference protein, in residues.
    public var proteinLength: Int
    /// Verified knowledgebase features with any residue in ``affectedResidues``.
    public var affectedFeatures: [String]
    /// For a lost start codon: the next in-frame ATG of the coding sequence, as a codon number.
    public var alternativeStartCodon: Int?
    /// For a canonical splice change: the exon predicted to be skipped, and whether skipping keeps the frame.
    public var skippedExon: Int?
    public var skippingInFrame: Bool?

    /// True when the new stop lies in the last exon.
    public var stopInLastExon: Bool { exonOfStop != nil && exonOfStop == lastExon }

    /// The share of the protein's residues in ``affectedResidues``.
    public var affectedFraction: Double? {
        guard let affectedResidues, proteinLength > 0 else { return nil }
        return Double(affectedResidues.count) / Double(proteinLength)
    }
}

/// Computes ``NullVariantAssessment`` for an alteration from the gene's validated MANE transcript model (its
/// coding exons, coding sequence and translation; the c. numbering is the same on both builds).
struct NullVariantAssessor {
    let gene: GeneKnowledge
    let features: (ClosedRange<Int>) -> [ProteinFeature]
    private let model: TranscriptModel?

    init(gene: GeneKnowledge, features: @escaping (ClosedRange<Int>) -> [ProteinFeature]) {
        self.gene = gene
        self.features = features
        model = gene.transcriptModels.values.min { $0.assembly.rawValue < $1.assembly.rawValue }
    }

    private var exons: [CodingExon] { model?.codingExons ?? [] }

    func assess(_ alteration: NormalizedAlteration) -> NullVariantAssessment? {
        switch alteration.kind {
        case .copyNumber:
            guard alteration.copyNumber?.kind.rawValue == "deletion" else { return nil }
            return assessment(.deletion, affected: 1...gene.proteinLength)
        case .rearrangement:
            return nil
        case .shortVariant:
            let terms = Set(alteration.consequences)
            if terms.contains("start_lost") { return startLoss() }
            if terms.contains("stop_gained") || terms.contains("frameshift_variant") { return prematureStop(alteration) }
            if !terms.isDisjoint(with: ["splice_acceptor_variant", "splice_donor_variant"]) { return canonicalSplice(alteration) }
            return nil
        }
    }

    private func assessment(_ mechanism: NullVariantAssessment.Mechanism, affected: ClosedRange<Int>?) -> NullVariantAssessment {
        NullVariantAssessment(
            mechanism: mechanism, lastExon: exons.last?.number, affectedResidues: affected, proteinLength: gene.proteinLength,
            affectedFeatures: affected.map { features($0).map(\.id) } ?? [])
    }

    /// A nonsense or frameshift change: the new stop from the protein description (`p.Arg97Ter`,
    /// `p.Arg97ProfsTer23`: codon 97 + 23 − 1).
    private func prematureStop(_ alteration: NormalizedAlteration) -> NullVariantAssessment? {
        guard let first = alteration.proteinStart, first >= 1, first <= gene.proteinLength else { return nil }
        var result = assessment(.prematureStop, affected: first...gene.proteinLength)
        result.stopCodon = stopCodon(alteration, first: first)
        if let stop = result.stopCodon {
            place(stopStartingAt: (stop - 1) * 3 + 1, in: &result)
        } else if let last = exons.last, (first - 1) * 3 + 1 >= last.firstCodingBase {
            // A frameshift whose new stop is not given but which starts in the last exon ends there or beyond.
            result.exonOfStop = last.number
        }
        return result
    }

    private func stopCodon(_ alteration: NormalizedAlteration, first: Int) -> Int? {
        guard let text = alteration.hgvsp, case .protein(.change(let change))? = try? HGVSParser.parse(text).description else {
            return alteration.consequences.contains("frameshift_variant") ? nil : first
        }
        switch change.edit {
        case .substitution(alternate: "*"):
            return change.start.position
        case .frameshift(_, .known(let distance)):
            let (stop, overflow) = change.start.position.addingReportingOverflow(distance - 1)
            return overflow ? nil : stop
        case .deletionInsertion(let inserted) where inserted.last == "*":
            return change.start.position + inserted.count - 1
        default:
            return alteration.consequences.contains("frameshift_variant") ? nil : first
        }
    }

    /// Places a stop codon whose first base is c.`base` (original numbering) on the exons: which exon holds it
    /// and how far upstream of the last exon–exon junction it lies.
    private func place(stopStartingAt base: Int, in result: inout NullVariantAssessment) {
        guard let exon = exons.first(where: { $0.firstCodingBase <= base && base <= $0.lastCodingBase }) else { return }
        result.exonOfStop = exon.number
        if exon.number != exons.last?.number, exons.count >= 2 {
            result.nucleotidesUpstreamOfLastJunction = exons[exons.count - 2].lastCodingBase - base + 1
        }
    }

    /// A lost start codon: the next in-frame methionine of the translation (its codon is an in-frame ATG).
    private func startLoss() -> NullVariantAssessment {
        let alternative = model.flatMap { model in
            model.protein.indices.dropFirst().first { model.protein[$0] == UInt8(ascii: "M") }.map { $0 + 1 }
        }
        var result = assessment(.startLoss, affected: 1...max(1, (alternative ?? gene.proteinLength + 1) - 1))
        result.alternativeStartCodon = alternative
        return result
    }

    /// A canonical splice change (`c.N-1`, `c.N-2` before an exon starting at N; `c.N+1`, `c.N+2` after an exon
    /// ending at N): the neighbouring exon is predicted to be skipped. Only coding exons between the first and
    /// the last are considered; skipping keeps the frame when the exon's length is a multiple of three.
    private func canonicalSplice(_ alteration: NormalizedAlteration) -> NullVariantAssessment? {
        guard let text = alteration.hgvsc, case .nucleotide(let change)? = try? HGVSParser.parse(text).description,
              change.coordinateSystem == .coding, let base = change.location.start.base, let offset = change.location.start.offset,
              change.location.start.datum == .cdsStart, [-2, -1, 1, 2].contains(offset),
              let index = exons.firstIndex(where: { offset < 0 ? $0.firstCodingBase == base : $0.lastCodingBase == base }),
              index > 0, index < exons.count - 1
        else { return nil }
        let exon = exons[index]
        let length = exon.lastCodingBase - exon.firstCodingBase + 1
        let residues = ((exon.firstCodingBase - 1) / 3 + 1)...((exon.lastCodingBase - 1) / 3 + 1)
        var result = assessment(.canonicalSplice, affected: length % 3 == 0 ? residues : residues.lowerBound...gene.proteinLength)
        result.skippedExon = exon.number
        result.skippingInFrame = length % 3 == 0
        if length % 3 != 0 { placeFrameshiftStop(skipping: exon, in: &result) }
        return result
    }

    /// After out-of-frame skipping, the first stop of the shifted frame (the coding sequence without the exon,
    /// translated from the codon where the exon began), placed on the remaining exons.
    private func placeFrameshiftStop(skipping exon: CodingExon, in result: inout NullVariantAssessment) {
        guard let cds = model?.codingSequence, exon.lastCodingBase <= cds.count else { return }
        let spliced = Array(cds[0..<(exon.firstCodingBase - 1)]) + Array(cds[exon.lastCodingBase...])
        let firstCodon = (exon.firstCodingBase - 1) / 3
        let shifted = GeneticCode.translate(spliced[(firstCodon * 3)...], stoppingAtFirstStop: true)
        guard shifted.last == GeneticCode.stop else { return }  // no stop before the end of the coding sequence
        let stop = firstCodon + shifted.count
        result.stopCodon = stop
        // Bases after the skipped exon keep their original numbering, shifted by the exon's length.
        let splicedBase = (stop - 1) * 3 + 1
        place(stopStartingAt: splicedBase >= exon.firstCodingBase ? splicedBase + exon.lastCodingBase - exon.firstCodingBase + 1 : splicedBase,
              in: &result)
    }
}
