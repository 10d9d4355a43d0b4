import VariantEffect

/// Checks one gene file for internal consistency (sequences, transcript aliases, sources) and builds its MANE
/// transcript models, which check the exon structure against the CDS.
enum GeneValidator {
    /// The roles a gene file or a pathway gene may give.
    static let roles: Set = ["oncogene", "tumor_suppressor"]
    static let aminoAcids = Set("ACDEFGHIKLMNPQRSTVWY".utf8)
    static let bases = Set("ACGT".utf8)

    /// Validates the gene file and returns the MANE transcript model on each build, whose translation equals the
    /// stored protein.
    static func validate(_ gene: GeneFile, label: String) throws(KnowledgebaseError) -> [GenomeAssembly: TranscriptModel] {
        func fail(_ location: String, _ problem: String) -> KnowledgebaseError {
            .invalidFact(file: label, location: location, problem: problem)
        }
        guard roles.contains(gene.role.value) else {
            throw fail("role.value", "expected 'oncogene' or 'tumor_suppressor', found '\(gene.role.value)'")
        }
        let cds = Array(gene.cds.sequence.utf8)
        let protein = Array(gene.protein.sequence.utf8)
        guard cds.allSatisfy(bases.contains) else { throw fail("cds.sequence", "contains a character other than A, C, G, T") }
        guard protein.allSatisfy(aminoAcids.contains) else { throw fail("protein.sequence", "contains a character that is not a standard amino acid") }
        guard cds.count == 3 * (protein.count + 1) else {
            throw fail("cds.sequence", "length \(cds.count) is not 3 × (protein length \(protein.count) + 1 stop codon)")
        }
        for (index, residues) in gene.protein.unconfirmedResidues.enumerated() where residues.start < 1 || residues.end > protein.count || residues.start > residues.end {
            throw fail("protein.unconfirmedResidues[\(index)]", "range \(residues.start)-\(residues.end) lies outside the protein (1-\(protein.count))")
        }
        for (index, alias) in gene.transcriptAliases.enumerated() {
            guard !alias.accession.isEmpty, !alias.accession.contains(".") else {
                throw fail("transcriptAliases[\(index)].accession", "expected an accession without version, found '\(alias.accession)'")
            }
            guard ["verified", "assumed"].contains(alias.cdsIdentical) else {
                throw fail("transcriptAliases[\(index)].cdsIdentical", "expected 'verified' or 'assumed'")
            }
            guard alias.source.isTraceable else { throw fail("transcriptAliases[\(index)].source", "a fact needs a source") }
        }
        for (location, source) in [("role.source", gene.role.source), ("cds.source", gene.cds.source), ("protein.source", gene.protein.source)] where !source.isTraceable {
            throw fail(location, "a fact needs a source")
        }
        var models: [GenomeAssembly: TranscriptModel] = [:]
        for (build, exonModel) in gene.models.sorted(by: { $0.key < $1.key }) {
            let (assembly, model) = try transcriptModel(of: gene, build: build, exonModel: exonModel, fail: fail)
            models[assembly] = model
        }
        return models
    }

    /// One build's exon model as a transcript model; `TranscriptModel` rejects exons that overlap, leave gaps in
    /// the c. numbering or do not add up to the CDS.
    private static func transcriptModel(
        of gene: GeneFile, build: String, exonModel: ExonModel, fail: (String, String) -> KnowledgebaseError
    ) throws(KnowledgebaseError) -> (GenomeAssembly, TranscriptModel) {
        let location = "models.\(build)"
        guard let assembly = GenomeAssembly(rawValue: build) else { throw fail(location, "unknown genome build '\(build)'") }
        guard ["+", "-"].contains(exonModel.strand) else { throw fail("\(location).strand", "expected '+' or '-'") }
        guard exonModel.source.isTraceable else { throw fail("\(location).source", "a fact needs a source") }
        let exons = exonModel.codingExons.map {
            CodingExon(number: $0.exon, codingStart: $0.start, codingEnd: $0.end, firstCodingBase: $0.cFirst, lastCodingBase: $0.cLast)
        }
        let model: TranscriptModel
        do {
            model = try TranscriptModel(
                gene: gene.symbol, accession: gene.maneSelect.refseqTranscript, assembly: assembly,
                chromosome: exonModel.chromosome, strand: exonModel.strand == "-" ? .minus : .plus,
                codingExons: exons, codingSequence: gene.cds.sequence)
        } catch {
            throw fail(location, error.description)
        }
        guard model.proteinSequence == gene.protein.sequence + "*" else {
            throw fail("protein.sequence", "differs from the translation of cds.sequence")
        }
        return (assembly, model)
    }
}
