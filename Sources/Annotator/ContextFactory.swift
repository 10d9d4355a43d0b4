import Interpretation
import KnowledgeLookup
import Normalization
import RulesEngine

/// Turns pipeline values into what the rules and the outputs see.
enum ContextFactory {
    /// The facts rule conditions test for an annotated alteration.
    static func facts(_ annotated: AnnotatedAlteration) -> AlterationFacts {
        let alteration = annotated.alteration
        var inFrame: Bool?
        switch alteration.kind {
        case .shortVariant:
            if alteration.consequence != nil {
                inFrame = !alteration.consequences.contains("frameshift_variant")
            }
        case .rearrangement:
            inFrame = alteration.rearrangement?.inFrame
        case .copyNumber:
            inFrame = nil
        }
        var proteinRange = alteration.proteinRange
        var exonsLost = Set(alteration.exonsLost)
        // A canonical splice change predicted to skip a whole exon in frame is classified as that exon's loss.
        if annotated.predictsInFrameExonSkipping, let skipped = annotated.nullVariant, let exon = skipped.skippedExon {
            exonsLost.insert(exon)
            proteinRange = skipped.affectedResidues
            inFrame = true
        }
        return AlterationFacts(
            gene: alteration.gene, kind: alteration.kind.rawValue, consequences: Set(alteration.consequences),
            featureIDs: Set(annotated.featureIDs), isHotspot: annotated.hotspot.isHotspot, proteinRange: proteinRange,
            exonsLost: exonsLost, copyNumberKind: alteration.copyNumber?.kind.rawValue, inFrame: inFrame,
            disposition: alteration.disposition.rawValue)
    }

    /// A KEAP1/NFE2L2 alteration as context for the rules of another alteration.
    static func coAlteration(_ alteration: NormalizedAlteration, lossOfFunction: LossOfFunctionDefinition) -> CoAlteration {
        CoAlteration(
            gene: alteration.gene, kind: alteration.kind.rawValue, proteinShort: alteration.hgvspShort,
            isLossOfFunction: lossOfFunction.includes(consequences: alteration.consequences, copyNumber: alteration.copyNumber?.kind.rawValue),
            source: alteration.source)
    }

    /// An alteration in another gene as context for the rules.
    static func coAlteration(_ alteration: OutOfScopeAlteration, lossOfFunction: LossOfFunctionDefinition) -> CoAlteration {
        CoAlteration(
            gene: alteration.gene, kind: alteration.kind, proteinShort: alteration.proteinShort,
            isLossOfFunction: lossOfFunction.includes(consequences: alteration.consequence.map { [$0] } ?? [], copyNumber: alteration.copyNumberKind),
            source: alteration.source)
    }

    /// An alteration in another gene as listed in the interpretation.
    static func listing(_ alteration: OutOfScopeAlteration) -> OtherAlteration {
        OtherAlteration(gene: alteration.gene, kind: alteration.kind, source: alteration.source, sourceLocation: alteration.sourceLocation.path, vaf: alteration.vaf)
    }
}
