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

    func normalize(_ variant: ShortVariant, build: GenomeBuild?) -> NormalizedAlteration {
        var result = NormalizedAlteration(gene: gene.symbol, kind: .shortVariant, source: variant.sourceText, sourceLocation: variant.location)
        result.vaf = variant.vaf
        result.depth = variant.depth
        result.transcript = gene.maneTranscript

        guard let reported = parseDescriptions(of: variant, into: &result),
              mapTranscript(variant.transcript ?? reported.accession, hasGenomicChange: variant.genomic != nil, into: &result)
        else { return result }
        let reportedTranscript = variant.transcript ?? reported.accession
        var onOtherTranscript = false
        if case .unknown = gene.resolveTranscript(reportedTranscript) { onOtherTranscript = true }
        if let codingVariant = reported.coding, codingVariant.coordinateSystem != .coding {
            result.markUninterpretable(.unsupportedDescription, "hgvsc must be a c. description on \(gene.maneTranscript); found a \(codingVariant.coordinateSystem.rawValue). description")
            return result
        }

        // The genomic change is the most primary description when given, then the coding change.
        let effect: VariantEffect
        if let genomic = variant.genomic {
            guard let computed = genomicEffect(genomic, build: genomic.build ?? build, into: &result) else { return result }
            if onOtherTranscript {
                noteOtherNumbering(reported, transcript: reportedTranscript, computed: computed, into: &result)
            } else if let codingVariant = reported.coding {
                compare(codingVariant, with: computed, into: &result)
            }
            effect = computed
        } else if let codingVariant = reported.coding {
            guard let computed = codingEffect(codingVariant, into: &result) else { return result }
            effect = computed
        } else if let protein = reported.protein {
            applyProteinOnly(protein, into: &result)
            return result
        } else {
            result.markUninterpretable(.noDescription, "no usable c., p. or genomic description")
            return result
        }
        apply(effect, reportedProtein: onOtherTranscript ? nil : reported.protein, into: &result)
        result.genomic = GenomicPositions(gene: gene).positions(of: effect.coding)
        return result
    }

    // MARK: - What the report wrote

    /// The report's coding and protein descriptions, parsed.
    private struct ReportedDescriptions {
        var coding: NucleotideVariant?
        var protein: ProteinVariant?
        /// The accession written in the HGVS text, if any (coding first).
        var accession: String?
    }

    /// Parses the report's `hgvsc` and `hgvsp`, or marks the alteration uninterpretable. ClinVar-style text
    /// holds both changes (`NM_006164.5(NFE2L2):c.235G>A (p.Glu79Lys)`); a protein change written in the
    /// `hgvsc` field is read as the protein change. FoundationOne's `splice site 1708+1G>A` protein effect names
    /// no protein change: its coding change is read (when the report gives no other).
    private func parseDescriptions(of variant: ShortVariant, into result: inout NormalizedAlteration) -> ReportedDescriptions? {
        var codingText = variant.hgvsc
        var proteinText = variant.hgvsp
        if let text = proteinText, let coding = CombinedDescription.spliceSiteCoding(text) {
            codingText = codingText ?? coding
            proteinText = nil
        }
        if let combined = codingText, let split = CombinedDescription.split(combined) {
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
            return nil
        }
        if let parsed = coding, case .protein = parsed.description {
            protein = protein ?? parsed
            coding = nil
        }
        if let problem = coding?.geneConflict(listedUnder: gene.symbol) ?? protein?.geneConflict(listedUnder: gene.symbol) {
            result.markUninterpretable(.invalidHGVS, problem)
            return nil
        }
        var reported = ReportedDescriptions(accession: coding?.accession ?? protein?.accession)
        if case .nucleotide(let nucleotide)? = coding?.description { reported.coding = nucleotide }
        if case .protein(let value)? = protein?.description { reported.protein = value }
        return reported
    }

    /// Records how the report's transcript (its field, else an accession in the HGVS text) maps to the MANE
    /// transcript. Returns false when the alteration cannot be placed: an unknown transcript without a
    /// genomic change.
    private func mapTranscript(_ reportedTranscript: String?, hasGenomicChange: Bool,
                               into result: inout NormalizedAlteration) -> Bool {
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
            guard hasGenomicChange else {
                result.markUninterpretable(.transcriptUnknown, problem)
                return false
            }
            // A genomic change does not depend on the report's transcript: it is mapped onto the MANE transcript,
            // and the report's own c./p. (written on the unknown transcript) only serve for comparison.
            result.transcriptMapping = "genomic change mapped to MANE Select \(gene.maneTranscript); the report's transcript is unknown"
            result.warnings.append("\(problem); the genomic change was mapped onto \(gene.maneTranscript) instead")
        }
        return true
    }

    private var knownAccessions: String {
        ([gene.maneTranscript, gene.file.maneSelect.refseqProtein, gene.file.maneSelect.ensemblTranscript]
            + gene.file.transcriptAliases.map(\.accession)).joined(separator: ", ")
    }

    // MARK: - Effects

    /// The model `c.` descriptions are predicted on: the CDS and its exon numbering are the same on every
    /// build, so either serves (GRCh38 first).
    private var codingModel: TranscriptModel? { gene.transcriptModels[.grch38] ?? gene.transcriptModels[.grch37] }

    private func codingEffect(_ variant: NucleotideVariant, into result: inout NormalizedAlteration) -> VariantEffect? {
        guard let model = codingModel else {
            result.markUninterpretable(.unsupportedDescription, "the knowledgebase has no \(gene.symbol) transcript model to predict the coding change on")
            return nil
        }
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
        let variant: GenomicVariant
        do {
            variant = try GenomicVariant(chromosome: change.chromosome, position: change.position, reference: change.reference, alternate: change.alternate)
        } catch {
            result.markUninterpretable(.genomicUnmappable, error.description)
            return nil
        }
        do {
            return try model.predictEffect(of: variant)
        } catch {
            markFailure(error, into: &result)
            return nil
        }
    }

    /// Says that the report's c./p., numbered on a transcript the knowledgebase has no model of (another
    /// isoform), were not compared with the change placed on the MANE transcript from the genomic position;
    /// both numberings are named. Comparing them residue by residue would report a false mismatch.
    private func noteOtherNumbering(_ reported: ReportedDescriptions, transcript: String?, computed: VariantEffect, into result: inout NormalizedAlteration) {
        let written = [reported.coding.map { HGVSFormatter.canonical.string(for: .nucleotide($0)) },
                       reported.protein.map { HGVSFormatter.oneLetter.string(for: .protein($0)) }].compactMap { $0 }
        guard !written.isEmpty else { return }
        let placed = [HGVSFormatter.canonical.string(for: .nucleotide(computed.coding))]
            + (computed.protein.map { [HGVSFormatter.oneLetter.string(for: .protein($0.withoutPrediction))] } ?? [])
        result.warnings.append(
            "the report numbers the change on \(transcript ?? "another transcript") (\(written.joined(separator: " "))); placed on \(gene.maneTranscript) from the genomic position it is \(placed.joined(separator: " ")); the knowledgebase has no model of \(transcript ?? "that transcript"), so the report's numbering was not checked")
    }

    /// Warns when the report's coding change is not the one computed from its genomic change.
    private func compare(_ reported: NucleotideVariant, with computed: VariantEffect, into result: inout NormalizedAlteration) {
        let reportedText = HGVSFormatter.canonical.string(for: .nucleotide(reported))
        let computedText = HGVSFormatter.canonical.string(for: .nucleotide(computed.coding))
        do throws(VariantEffectError) {
            guard let model = codingModel, try model.predictEffect(of: reported).coding != computed.coding else { return }
            result.warnings.append("the reported coding change \(reportedText) differs from the one computed from the genomic change (\(computedText)); the computed one is used")
        } catch {
            result.warnings.append("the reported coding change \(reportedText) could not be compared with the one computed from the genomic change (\(computedText)): \(error.description); the computed one is used")
        }
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
        result.hgvsc = HGVSFormatter.canonical.string(for: .nucleotide(effect.coding))
        result.consequences = effect.consequences.map(\.name)
        result.consequence = result.consequences.first
        result.warnings += effect.caveats.map(\.description)
        if let predicted = effect.protein {
            setProtein(predicted, into: &result)
            if let reportedProtein, !Self.sameProtein(reportedProtein, predicted) {
                result.warnings.append("the reported protein change \(HGVSFormatter.oneLetter.string(for: .protein(reportedProtein))) differs from the one predicted from the coding change (\(HGVSFormatter.oneLetter.string(for: .protein(predicted.withoutPrediction)))); the predicted one is used")
            }
        } else if let maf = effect.mafProtein {
            result.hgvspShort = HGVSFormatter.oneLetter.string(for: .protein(maf))
        }
    }

    /// Two protein changes are the same when their one-letter forms without parentheses agree.
    private static func sameProtein(_ lhs: ProteinVariant, _ rhs: ProteinVariant) -> Bool {
        HGVSFormatter.oneLetter.string(for: .protein(lhs.withoutPrediction)) == HGVSFormatter.oneLetter.string(for: .protein(rhs.withoutPrediction))
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
