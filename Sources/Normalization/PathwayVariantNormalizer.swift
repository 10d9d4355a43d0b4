import HGVS
import Knowledgebase
import ReportModel

/// Normalises a short variant in a pathway gene that has no transcript model (CUL3): the protein change is
/// read as written, without a reference check; a coding change alone cannot be interpreted.
struct PathwayVariantNormalizer {
    let gene: PathwayGene

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
        if let problem = parsed.geneConflict(listedUnder: gene.symbol) {
            result.markUninterpretable(.invalidHGVS, problem)
            return result
        }
        switch protein {
        case .change(let change):
            // No sequence to read the residues from: only the one the description names.
            result.referenceResidues = String(change.start.aminoAcid)
        case .spliceSite:
            break
        case .unknown, .noProtein, .noChange:
            result.markUninterpretable(.unsupportedDescription, "\(HGVSFormatter.canonical.string(for: .protein(protein.withoutPrediction))) gives no position or change to interpret")
            return result
        }
        result.record(protein: protein)
        result.consequence = protein.sequenceOntologyTerm.name
        result.consequences = [protein.sequenceOntologyTerm.name]
        result.warnings.append("The reference residue of this \(gene.symbol) change was not checked: the knowledgebase holds no \(gene.symbol) sequence.")
        return result
    }
}
