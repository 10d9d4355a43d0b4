import HGVS
import Knowledgebase
import ReportModel

/// Normalises a short variant in a pathway gene that has no transcript model (CUL3): the protein change is
/// read as written, without a reference check; a coding change alone cannot be interpreted.
struct PathwayVariantNormalizer {
    let gene: PathwayGene

    private static let threeLetter = HGVSFormatter(aminoAcidStyle: .threeLetter, includesReference: false)
    private static let oneLetter = HGVSFormatter(aminoAcidStyle: .oneLetter, includesReference: false)

    func normalize(_ variant: ShortVariant) -> NormalizedAlteration {
        var result = NormalizedAlteration(gene: gene.symbol, kind: .shortVariant, source: variant.sourceText, sourceLocation: variant.location)
        result.vaf = variant.vaf
        result.depth = variant.depth
        result.reportedTranscript = variant.transcript
        result.transcriptMapping = "no transcript model in the knowledgebase; the report's protein change is used as written"
        guard let text = variant.hgvsp ?? variant.hgvsc else {
            result.markUninterpretable(.noDescription, "\(gene.symbol) needs a protein change; the knowledgebase has no \(gene.symbol) transcript model to place genomic positions")
            return result
        }
        let parsed: HGVSVariant
        do {
            parsed = try HGVSParser.parse(text)
        } catch {
            result.markUninterpretable(.invalidHGVS, error.description)
            return result
        }
        guard case .protein(let protein) = parsed.description else {
            result.markUninterpretable(.unsupportedDescription, "\(gene.symbol) has no transcript model in the knowledgebase, so a coding change cannot be predicted; give the protein change")
            return result
        }
        if let named = parsed.gene, named.uppercased() != gene.symbol {
            result.markUninterpretable(.invalidHGVS, "the description names gene \(named) but the variant is listed under \(gene.symbol)")
            return result
        }
        let plain = protein.withoutPrediction
        switch plain {
        case .change(let change):
            result.proteinStart = change.start.position
            result.proteinEnd = change.end?.position ?? change.start.position
            result.referenceResidues = String(change.start.aminoAcid)
            if case .substitution(let alternate) = change.edit { result.alternateResidues = String(alternate) }
        case .spliceSite(let position, _):
            result.proteinStart = position
            result.proteinEnd = position
        case .unknown, .noProtein, .noChange:
            result.markUninterpretable(.unsupportedDescription, "\(Self.threeLetter.string(for: .protein(plain))) gives no position or change to interpret")
            return result
        }
        result.hgvsp = Self.threeLetter.string(for: .protein(plain))
        result.hgvspShort = Self.oneLetter.string(for: .protein(plain))
        result.consequence = protein.sequenceOntologyTerm.name
        result.consequences = [protein.sequenceOntologyTerm.name]
        result.warnings.append("The reference residue of this \(gene.symbol) change was not checked: the knowledgebase holds no \(gene.symbol) sequence.")
        return result
    }
}
