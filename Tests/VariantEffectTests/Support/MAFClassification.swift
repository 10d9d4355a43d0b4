import HGVS
import VariantEffect

/// vcf2maf's mapping from VEP consequences to a MAF `Variant_Classification`, transcribed from
/// mskcc/vcf2maf `vcf2maf.pl` (`GetEffectPriority` and `GetVariantClassification`) for the terms this
/// module produces. vcf2maf picks the first consequence with the best vcf2maf priority (Perl's stable
/// sort over VEP's list), then classifies it with the variant type.
enum MAFClassification {
    enum VariantType { case substitution, insertion, deletion }

    static func classification(of consequences: [SequenceOntologyTerm], type: VariantType, isInFrame: Bool) -> String {
        guard let effect = consequences.enumerated()
            .min(by: { (priority($0.element), $0.offset) < (priority($1.element), $1.offset) })?.element else {
            return "Targeted_Region"
        }
        switch effect {
        case .spliceAcceptorVariant, .spliceDonorVariant: return "Splice_Site"
        case .stopGained: return "Nonsense_Mutation"
        case .frameshiftVariant:
            return type == .deletion ? "Frame_Shift_Del" : type == .insertion ? "Frame_Shift_Ins" : "Targeted_Region"
        case .proteinAlteringVariant where !isInFrame:
            return type == .deletion ? "Frame_Shift_Del" : type == .insertion ? "Frame_Shift_Ins" : "Targeted_Region"
        case .stopLost: return "Nonstop_Mutation"
        case .startLost: return "Translation_Start_Site"
        case .inframeInsertion: return "In_Frame_Ins"
        case .inframeDeletion: return "In_Frame_Del"
        case .proteinAlteringVariant:
            return type == .insertion ? "In_Frame_Ins" : type == .deletion ? "In_Frame_Del" : "Targeted_Region"
        case .missenseVariant, .codingSequenceVariant: return "Missense_Mutation"
        case .intronVariant: return "Intron"
        case .spliceRegionVariant: return "Splice_Region"
        case .synonymousVariant, .stopRetainedVariant, .startRetainedVariant: return "Silent"
        case .fivePrimeUTRVariant: return "5'UTR"
        case .threePrimeUTRVariant: return "3'UTR"
        case .transcriptAblation, .spliceSiteVariant, .transcriptAmplification, .exonLossVariant, .featureTruncation, .sequenceVariant:
            return "Targeted_Region"  // not assigned from a transcript model
        }
    }

    /// vcf2maf `GetEffectPriority` (lower is more severe).
    private static func priority(_ term: SequenceOntologyTerm) -> Int {
        switch term {
        case .spliceAcceptorVariant, .spliceDonorVariant: return 2
        case .stopGained, .frameshiftVariant, .stopLost: return 3
        case .startLost: return 4
        case .inframeInsertion, .inframeDeletion, .proteinAlteringVariant: return 5
        case .missenseVariant: return 6
        case .spliceRegionVariant: return 8
        case .stopRetainedVariant, .synonymousVariant, .startRetainedVariant: return 9
        case .codingSequenceVariant: return 11
        case .fivePrimeUTRVariant, .threePrimeUTRVariant: return 12
        case .intronVariant: return 14
        case .transcriptAblation, .spliceSiteVariant, .transcriptAmplification, .exonLossVariant, .featureTruncation, .sequenceVariant:
            return 20  // not assigned from a transcript model
        }
    }
}
