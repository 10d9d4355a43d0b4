import HGVS
import Knowledgebase
import ReportModel
import VariantEffect

/// Normalises one KEAP1/NFE2L2 short variant onto the MANE transcript.
///
/// The coding change is primary: when the report gives `c.` (or a genomic change), the protein change is
/// predicted from it against the knowledgebase CDS and a differing reported `p.` becomes a warning. With a
/// protein change alone, the reference residue is checked against the knowledgebase protein. A stated
/// reference that disagrees with the knowledgebase makes the variant `uninterpretable` (`reference_mismatch`).
struct ShortVariantNormalizer {
    let gene: GeneKnowledge
    let knowledgebase: Knowledgebase

    private static let threeLetter = HGVSFormatter(aminoAcidStyle: .threeLetter, includesReference: false)
    private static let oneLetter = HGVSFormatter(aminoAcidStyle: .oneLetter, includesReference: false)

    func normalize(_ variant: ShortVariant, build: GenomeBuild?) -> NormalizedAlteration {
        var result = NormalizedAlteration(gene: gene.symbol, kind: .shortVariant, source: variant.sourceText, sourceLocation: variant.location)
        result.vaf = variant.vaf
        result.depth = variant.depth
        result.transcript = gene.maneTranscript

        // Parse what the report wrote. ClinVar-style text holds both changes: `NM_006164.5(NFE2L2):c.235G>A (p.Glu79Lys)`.
        var codingText = variant.hgvsc
        var proteinText = variant.hgvsp
        if let combined = codingText, let split = Self.splitCombined(combined) {
            codingText = split.coding
            proteinText = proteinText ?? split.protein
        }
        var coding: HGVSVariant?
        var protein: HGVSVariant?
        do {
            coding = try codingText.map(HGVSParser.parse)
            protein = try proteinText.map(HGVSParser.parse)
        } catch {
            result.markUninterpretable(.invalidHGVS, error.description)
            return result
        }
        if let parsed = coding, case .protein = parsed.description {
            // A protein change written in the c. field: read it as the protein change.
            protein = protein ?? parsed
            coding = nil
        }
        if let problem = geneConflict(coding, protein) {
            result.markUninterpretable(.invalidHGVS, problem)
            return result
        }

        // The transcript: the report's field, else an accession written in the HGVS text.
        let reportedTranscript = variant.transcript ?? coding?.accession ?? protein?.accession
        result.reportedTranscript = reportedTranscript
        switch gene.resolveTranscript(reportedTranscript) {
        case .mane, .notGiven:
            result.transcriptMapping = reportedTranscript == nil ? "not given; MANE Select \(gene.maneTranscript) assumed" : "MANE Select"
        case .alias(let alias):
            result.transcriptMapping = "\(alias.accession) → \(gene.maneTranscript) (\(alias.basis); CDS identity \(alias.cdsIdentical); residue numbering \(alias.numbering))"
            if alias.cdsIdentical != "verified" {
                result.warnings.append("\(reportedTranscript ?? alias.accession) is mapped to \(gene.maneTranscript) on the assumption that their coding sequences are identical (\(alias.note)).")
            }
        case .unknown:
            let problem = "transcript \(reportedTranscript ?? "?") is not known to map to \(gene.symbol)'s MANE Select transcript \(gene.maneTranscript); known accessions: \(knownAccessions)"
            guard variant.genomic != nil else {
                result.markUninterpretable(.transcriptUnknown, problem)
                return result
            }
            // A genomic change does not depend on the report's transcript: it is mapped onto the MANE transcript,
            // and the report's own c./p. (written on the unknown transcript) only serve for comparison.
            result.transcriptMapping = "genomic change mapped to MANE Select \(gene.maneTranscript); the report's transcript is unknown"
            result.warnings.append("\(problem); the genomic change was mapped onto \(gene.maneTranscript) instead")
        }

        let codingVariant = coding.flatMap { parsed -> NucleotideVariant? in
            if case .nucleotide(let nucleotide) = parsed.description { return nucleotide }
            return nil
        }
        if let codingVariant, codingVariant.coordinateSystem != .coding {
            result.markUninterpretable(.unsupportedDescription, "hgvsc must be a c. description on \(gene.maneTranscript); found a \(codingVariant.coordinateSystem.rawValue). description")
            return result
        }
        let reportedProtein = protein.flatMap { parsed -> ProteinVariant? in
            if case .protein(let value) = parsed.description { return value }
            return nil
        }

        // Genomic change: the most primary description when given.
        if let genomic = variant.genomic {
            guard let effect = genomicEffect(genomic, build: genomic.build ?? build, into: &result) else { return result }
            if let codingVariant, let reported = try? model(build).predictEffect(of: codingVariant),
               reported.coding != effect.coding {
                result.warnings.append("the reported coding change \(Self.threeLetter.string(for: .nucleotide(codingVariant))) differs from the one computed from the genomic change (\(Self.threeLetter.string(for: .nucleotide(effect.coding)))); the computed one is used")
            }
            apply(effect, reportedProtein: reportedProtein, into: &result)
        } else if let codingVariant {
            guard let effect = codingEffect(codingVariant, into: &result) else { return result }
            apply(effect, reportedProtein: reportedProtein, into: &result)
        } else if let reportedProtein {
            applyProteinOnly(reportedProtein, into: &result)
        } else {
            result.markUninterpretable(.noDescription, "no usable c., p. or genomic description")
            return result
        }
        if result.disposition == .interpreted, result.hgvsc != nil, let cdna = codingVariantForGenomic(result) {
            result.genomic = GenomicPositions(gene: gene).positions(of: cdna)
        }
        return result
    }

    // MARK: - Paths

    private func codingEffect(_ variant: NucleotideVariant, into result: inout NormalizedAlteration) -> VariantEffect? {
        let model = model(nil)
        do {
            if case .mismatch(let mismatch) = try model.checkReference(of: variant) {
                result.markUninterpretable(.referenceMismatch, "\(gene.maneTranscript) \(mismatch.description)")
                return nil
            }
            return try model.predictEffect(of: variant)
        } catch {
            markFailure(error, into: &result)
            return nil
        }
    }

    private func genomicEffect(_ change: GenomicChange, build: GenomeBuild?, into result: inout NormalizedAlteration) -> VariantEffect? {
        guard let build else {
            result.markUninterpretable(.genomicUnmappable, "the genomic position \(change.description) needs the report's genome build")
            return nil
        }
        guard let model = gene.transcriptModels[GenomeAssembly(build)] else {
            result.markUninterpretable(.genomicUnmappable, "the knowledgebase has no \(gene.symbol) model on \(build.rawValue)")
            return nil
        }
        do {
            let variant = try GenomicVariant(chromosome: change.chromosome, position: change.position, reference: change.reference, alternate: change.alternate)
            return try model.predictEffect(of: variant)
        } catch let error as GenomicVariantError {
            result.markUninterpretable(.genomicUnmappable, error.description)
        } catch let error as VariantEffectError {
            markFailure(error, into: &result)
        } catch {
            result.markUninterpretable(.genomicUnmappable, "\(error)")
        }
        return nil
    }

    private func markFailure(_ error: VariantEffectError, into result: inout NormalizedAlteration) {
        switch error {
        case .referenceMismatch(let mismatch):
            result.markUninterpretable(.referenceMismatch, "\(gene.maneTranscript) \(mismatch.description)")
        case .chromosomeMismatch, .outsideModelledRegion:
            result.markUninterpretable(.genomicUnmappable, error.description)
        case .invalidPosition:
            result.markUninterpretable(.positionOutOfRange, error.description)
        case .invalidEdit, .unsupportedDescription:
            result.markUninterpretable(.unsupportedDescription, error.description)
        }
    }

    /// Fills the normalised fields from a predicted effect and compares a reported protein change.
    private func apply(_ effect: VariantEffect, reportedProtein: ProteinVariant?, into result: inout NormalizedAlteration) {
        result.hgvsc = Self.threeLetter.string(for: .nucleotide(effect.coding))
        result.consequences = effect.consequences.map(\.name)
        result.consequence = result.consequences.first
        result.warnings += effect.caveats.map(\.description)
        if let predicted = effect.protein {
            setProtein(predicted.withoutPrediction, into: &result)
            if let reportedProtein, !sameProtein(reportedProtein, predicted) {
                result.warnings.append("the reported protein change \(Self.oneLetter.string(for: .protein(reportedProtein))) differs from the one predicted from the coding change (\(Self.oneLetter.string(for: .protein(predicted.withoutPrediction)))); the predicted one is used")
            }
        } else if let maf = effect.mafProtein {
            result.hgvspShort = Self.oneLetter.string(for: .protein(maf))
        }
    }

    private func applyProteinOnly(_ protein: ProteinVariant, into result: inout NormalizedAlteration) {
        let term = protein.sequenceOntologyTerm
        switch protein {
        case .unknown, .noProtein:
            result.markUninterpretable(.unsupportedDescription, "\(Self.threeLetter.string(for: .protein(protein))) gives no position or change to interpret")
            return
        case .noChange:
            result.markUninterpretable(.unsupportedDescription, "p.= states that the protein is unchanged but not where; give the coding change")
            return
        case .spliceSite(let position, _):
            guard position >= 1, position <= gene.proteinLength + 1 else {
                result.markUninterpretable(.positionOutOfRange, "codon \(position) lies outside \(gene.symbol) (1-\(gene.proteinLength + 1))")
                return
            }
        case .change(let change):
            if let problem = referenceProblem(change) {
                result.markUninterpretable(problem.0, problem.1)
                return
            }
        }
        setProtein(protein.withoutPrediction, into: &result)
        result.consequence = term.name
        result.consequences = [term.name]
    }

    // MARK: - Helpers

    /// Checks the residues a protein change names against the knowledgebase protein.
    private func referenceProblem(_ change: ProteinChange) -> (UninterpretableReason, String)? {
        for residue in [change.start] + (change.end.map { [$0] } ?? []) {
            let stopPosition = gene.proteinLength + 1
            guard residue.position >= 1, residue.position <= stopPosition else {
                return (.positionOutOfRange, "residue \(residue.position) lies outside \(gene.symbol) (1-\(gene.proteinLength), stop at \(stopPosition))")
            }
            let expected: Character = residue.position == stopPosition ? "*" : (gene.residue(at: residue.position) ?? "?")
            if residue.aminoAcid != "X", residue.aminoAcid != expected {
                return (.referenceMismatch, "\(gene.symbol) residue \(residue.position) is \(AminoAcidCode.threeLetterCode(for: expected) ?? String(expected)) in \(gene.file.maneSelect.refseqProtein), but the report gives \(AminoAcidCode.threeLetterCode(for: residue.aminoAcid) ?? String(residue.aminoAcid))")
            }
        }
        return nil
    }

    private func setProtein(_ protein: ProteinVariant, into result: inout NormalizedAlteration) {
        result.hgvsp = Self.threeLetter.string(for: .protein(protein))
        result.hgvspShort = Self.oneLetter.string(for: .protein(protein))
        switch protein {
        case .change(let change):
            result.proteinStart = change.start.position
            result.proteinEnd = change.end?.position ?? change.start.position
            let range = change.start.position...(change.end?.position ?? change.start.position)
            result.referenceResidues = gene.residues(range)
            if case .substitution(let alternate) = change.edit { result.alternateResidues = String(alternate) }
        case .spliceSite(let position, _):
            result.proteinStart = position
            result.proteinEnd = position
        case .noChange, .noProtein, .unknown:
            break
        }
    }

    /// Two protein changes are the same when their one-letter forms without parentheses agree.
    private func sameProtein(_ lhs: ProteinVariant, _ rhs: ProteinVariant) -> Bool {
        Self.oneLetter.string(for: .protein(lhs.withoutPrediction)) == Self.oneLetter.string(for: .protein(rhs.withoutPrediction))
    }

    private func geneConflict(_ descriptions: HGVSVariant?...) -> String? {
        for description in descriptions.compactMap({ $0 }) {
            if let named = description.gene, named.uppercased() != gene.symbol {
                return "the description names gene \(named) but the variant is listed under \(gene.symbol)"
            }
        }
        return nil
    }

    private func model(_ build: GenomeBuild?) -> TranscriptModel {
        let assembly = build.map(GenomeAssembly.init) ?? .grch38
        return gene.transcriptModels[assembly] ?? gene.transcriptModels.values.first!
    }

    /// Splits `c.235G>A (p.Glu79Lys)` or `c.235G>A p.E79K` (a coding change, a space, the protein change, in
    /// parentheses or not) into its parts.
    static func splitCombined(_ text: String) -> (coding: String, protein: String)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let words = trimmed.split(separator: " ")
        if words.count == 2, words[1].hasPrefix("p."), words[0].contains("c.") {
            return (String(words[0]), String(words[1]))
        }
        guard trimmed.hasSuffix(")"), let open = trimmed.range(of: " (p.", options: .backwards) else { return nil }
        let coding = String(trimmed[..<open.lowerBound]).trimmingCharacters(in: .whitespaces)
        let protein = String(trimmed[trimmed.index(open.lowerBound, offsetBy: 2)..<trimmed.index(before: trimmed.endIndex)])
        guard !coding.isEmpty, !protein.isEmpty else { return nil }
        return (coding, protein)
    }

    private var knownAccessions: String {
        ([gene.maneTranscript, gene.file.maneSelect.refseqProtein, gene.file.maneSelect.ensemblTranscript]
            + gene.file.transcriptAliases.map(\.accession)).joined(separator: ", ")
    }

    private func codingVariantForGenomic(_ result: NormalizedAlteration) -> NucleotideVariant? {
        guard let text = result.hgvsc, let parsed = try? HGVSParser.parse(text), case .nucleotide(let variant) = parsed.description else { return nil }
        return variant
    }
}

extension GenomeAssembly {
    /// The assembly of a report's genome build.
    init(_ build: GenomeBuild) {
        switch build {
        case .grch37: self = .grch37
        case .grch38: self = .grch38
        }
    }
}
