import VariantEffect

/// Checks one gene file for internal consistency: sequences, exon models and transcript aliases.
enum GeneValidator {
    /// Builds the MANE transcript model for each build; the models validate the exon structure and the CDS,
    /// and their translation must equal the stored protein.
    static func transcriptModels(of gene: GeneFile, label: String) throws(KnowledgebaseError) -> [GenomeAssembly: TranscriptModel] {
        var models: [GenomeAssembly: TranscriptModel] = [:]
        for (build, exonModel) in gene.models.sorted(by: { $0.key < $1.key }) {
            guard let assembly = GenomeAssembly(rawValue: build) else {
                throw .invalidFact(file: label, location: "models.\(build)", problem: "unknown genome build")
            }
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
                throw .invalidFact(file: label, location: "models.\(build)", problem: error.description)
            }
            guard model.proteinSequence == gene.protein.sequence + "*" else {
                throw .invalidFact(file: label, location: "protein.sequence", problem: "differs from the translation of cds.sequence")
            }
            models[assembly] = model
        }
        return models
    }

    static let aminoAcids = Set("ACDEFGHIKLMNPQRSTVWY".utf8)
    static let bases = Set("ACGT".utf8)

    static func validate(_ gene: GeneFile, label: String) throws(KnowledgebaseError) {
        func fail(_ location: String, _ problem: String) -> KnowledgebaseError {
            .invalidFact(file: label, location: location, problem: problem)
        }
        guard ["oncogene", "tumor_suppressor"].contains(gene.role.value) else {
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
        for (build, model) in gene.models.sorted(by: { $0.key < $1.key }) {
            try validate(model, build: build, cdsLength: cds.count, fail: fail)
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
    }

    private static func validate(
        _ model: ExonModel, build: String, cdsLength: Int, fail: (String, String) -> KnowledgebaseError
    ) throws(KnowledgebaseError) {
        let location = "models.\(build)"
        guard ["GRCh37", "GRCh38"].contains(build) else { throw fail(location, "unknown genome build '\(build)'") }
        guard ["+", "-"].contains(model.strand) else { throw fail("\(location).strand", "expected '+' or '-'") }
        var expectedFirst = 1
        for (index, exon) in model.codingExons.enumerated() {
            let exonLocation = "\(location).codingExons[\(index)]"
            guard exon.start <= exon.end else { throw fail(exonLocation, "start \(exon.start) is after end \(exon.end)") }
            guard exon.cFirst == expectedFirst else {
                throw fail(exonLocation, "coding exons must be contiguous in c. numbering: expected cFirst \(expectedFirst), found \(exon.cFirst)")
            }
            guard exon.end - exon.start == exon.cLast - exon.cFirst else {
                throw fail(exonLocation, "genomic length \(exon.end - exon.start + 1) differs from c. length \(exon.cLast - exon.cFirst + 1)")
            }
            expectedFirst = exon.cLast + 1
        }
        guard expectedFirst - 1 == cdsLength else {
            throw fail(location, "coding exons cover c.1-\(expectedFirst - 1) but the CDS has \(cdsLength) bases")
        }
        guard model.source.isTraceable else { throw fail("\(location).source", "a fact needs a source") }
    }
}
