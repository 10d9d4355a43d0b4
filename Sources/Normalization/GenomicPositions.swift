import HGVS
import Knowledgebase
import ReportModel
import VariantEffect

/// The genomic position of a normalised coding change on every build the knowledgebase models.
struct GenomicPositions {
    let gene: GeneKnowledge

    /// Forward-strand positions and alleles per build; builds where the change cannot be projected are left out.
    func positions(of coding: NucleotideVariant) -> [GenomeBuild: GenomicChange] {
        var result: [GenomeBuild: GenomicChange] = [:]
        for build in GenomeBuild.allCases {
            guard let model = gene.transcriptModels[GenomeAssembly(build)],
                  let alleles = try? model.genomicAlleles(of: coding) else { continue }
            result[build] = GenomicChange(
                chromosome: alleles.chromosome, position: alleles.start, reference: alleles.reference,
                alternate: alleles.alternate, build: build)
        }
        return result
    }
}
