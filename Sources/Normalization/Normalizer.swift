import HGVS
import Knowledgebase
import ReportModel
import VariantEffect

/// Turns a report's alterations into canonical form: KEAP1 and NFE2L2 alterations become
/// ``NormalizedAlteration``s on the MANE transcript (or `uninterpretable`, with the reason); alterations in
/// other genes become ``OutOfScopeAlteration``s. Nothing is dropped.
public struct Normalizer: Sendable {
    public let knowledgebase: Knowledgebase

    public init(knowledgebase: Knowledgebase) {
        self.knowledgebase = knowledgebase
    }

    /// Normalises every alteration of a report, keeping the report's order.
    public func normalize(_ report: PatientReport) -> (inScope: [NormalizedAlteration], outOfScope: [OutOfScopeAlteration]) {
        var inScope: [NormalizedAlteration] = []
        var outOfScope: [OutOfScopeAlteration] = []
        for variant in report.shortVariants {
            if let gene = knowledgebase.gene(variant.gene) {
                inScope.append(ShortVariantNormalizer(gene: gene).normalize(variant, build: report.genomeBuild))
            } else if let pathwayGene = knowledgebase.pathwayGene(variant.gene) {
                inScope.append(PathwayVariantNormalizer(gene: pathwayGene).normalize(variant))
            } else {
                outOfScope.append(Self.outOfScope(variant))
            }
        }
        for alteration in report.copyNumberAlterations {
            if let symbol = interpretedSymbol(alteration.gene) {
                inScope.append(Self.normalize(alteration, gene: symbol, transcript: knowledgebase.gene(symbol)?.maneTranscript))
            } else {
                outOfScope.append(OutOfScopeAlteration(
                    gene: alteration.gene, kind: NormalizedAlteration.Kind.copyNumber.rawValue, source: alteration.sourceText,
                    sourceLocation: alteration.location, vaf: nil, proteinShort: nil, consequence: nil,
                    copyNumberKind: alteration.kind.rawValue))
            }
        }
        for rearrangement in report.rearrangements {
            let genes = rearrangement.genes.compactMap(interpretedSymbol)
            if genes.isEmpty {
                outOfScope.append(OutOfScopeAlteration(
                    gene: rearrangement.genes.joined(separator: "-"), kind: NormalizedAlteration.Kind.rearrangement.rawValue,
                    source: rearrangement.sourceText, sourceLocation: rearrangement.location, vaf: nil, proteinShort: nil,
                    consequence: nil, copyNumberKind: nil))
            }
            for gene in genes { inScope.append(Self.normalize(rearrangement, gene: gene, transcript: knowledgebase.gene(gene)?.maneTranscript)) }
        }
        for unreadable in report.unreadableAlterations {
            let kind = NormalizedAlteration.Kind(rawValue: unreadable.kind.rawValue) ?? .shortVariant
            if let symbol = unreadable.gene.flatMap(interpretedSymbol) {
                var result = NormalizedAlteration(gene: symbol, kind: kind, source: unreadable.sourceText, sourceLocation: unreadable.location)
                result.transcript = knowledgebase.gene(symbol)?.maneTranscript
                result.markUninterpretable(.unreadable, unreadable.reason)
                inScope.append(result)
            } else {
                // Named `unassigned` when no gene could be read, as the readers name a variant without a gene.
                outOfScope.append(OutOfScopeAlteration(
                    gene: unreadable.gene ?? "unassigned", kind: kind.rawValue, source: unreadable.sourceText,
                    sourceLocation: unreadable.location, vaf: nil, proteinShort: nil, consequence: nil, copyNumberKind: nil))
            }
        }
        return (inScope, outOfScope)
    }

    /// True when a bare variant text reads as a coding DNA change (`c.235G>A`, `235G>A`, `NM_…:c.…`)
    /// rather than a protein change.
    public static func looksLikeCodingDNA(_ text: String) -> Bool {
        let first = CombinedDescription.split(text)?.coding ?? text
        guard let parsed = try? HGVSParser.parse(first), case .nucleotide = parsed.description else { return false }
        return true
    }

    // MARK: - Copy number and rearrangements

    /// The knowledgebase symbol of a gene the annotator interprets (modelled or pathway gene), or nil.
    private func interpretedSymbol(_ gene: String) -> String? {
        knowledgebase.gene(gene)?.symbol ?? knowledgebase.pathwayGene(gene)?.symbol
    }

    static func normalize(_ alteration: CopyNumberAlteration, gene: String, transcript: String?) -> NormalizedAlteration {
        var result = NormalizedAlteration(gene: gene, kind: .copyNumber, source: alteration.sourceText, sourceLocation: alteration.location)
        result.copyNumber = alteration
        result.transcript = transcript
        // Low-level gains and losses have SO terms whose accessions were not confirmed here; they keep the term name only.
        let term: String
        switch alteration.kind {
        case .amplification: term = SequenceOntologyTerm.transcriptAmplification.name
        case .deletion: term = SequenceOntologyTerm.transcriptAblation.name
        case .gain: term = "copy_number_increase"
        case .loss: term = "copy_number_decrease"
        }
        result.consequence = term
        result.consequences = [term]
        return result
    }

    static func normalize(_ rearrangement: Rearrangement, gene: String, transcript: String?) -> NormalizedAlteration {
        var result = NormalizedAlteration(gene: gene, kind: .rearrangement, source: rearrangement.sourceText, sourceLocation: rearrangement.location)
        result.rearrangement = rearrangement
        result.transcript = transcript
        switch rearrangement.kind {
        case .exonDeletion:
            result.exonsLost = rearrangement.exons.sorted()
            result.consequence = SequenceOntologyTerm.exonLossVariant.name
            if rearrangement.exons.isEmpty {
                result.markUninterpretable(.unsupportedDescription, "an exon deletion must name the exons lost (numbered on \(transcript ?? "the MANE transcript"))")
            }
        case .truncation:
            result.consequence = SequenceOntologyTerm.featureTruncation.name
        case .fusion, .rearrangement:
            result.consequence = "structural_variant"
        }
        result.consequences = result.consequence.map { [$0] } ?? []
        return result
    }

    // MARK: - Other genes

    static func outOfScope(_ variant: ShortVariant) -> OutOfScopeAlteration {
        var proteinShort: String?
        var consequence: String?
        if let text = variant.hgvsp, let parsed = try? HGVSParser.parse(text), case .protein(let protein) = parsed.description {
            proteinShort = HGVSFormatter.oneLetter.string(for: .protein(protein.withoutPrediction))
            consequence = protein.sequenceOntologyTerm.name
        }
        return OutOfScopeAlteration(
            gene: variant.gene, kind: NormalizedAlteration.Kind.shortVariant.rawValue, source: variant.sourceText,
            sourceLocation: variant.location, vaf: variant.vaf, proteinShort: proteinShort, consequence: consequence,
            copyNumberKind: nil)
    }
}
