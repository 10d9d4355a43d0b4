#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReportModel

/// Reads one variant Observation's components into a ``ShortVariant``.
///
/// Gene studied (48018-6; an `HGNC:n` code is replaced by its display), c.HGVS (48004-6), p.HGVS (48005-3),
/// transcript (51958-7) and genomic HGVS (81290-9) are copied as written; the genomic HGVS also becomes a
/// genomic change when it is a substitution, or a deletion/insertion that spells its bases. The sample VAF
/// (81258-6) is a fraction (a value with unit `%` is divided by 100), and the genomic source class (48002-0)
/// gives the origin. Without a genomic HGVS, the allele components (reference sequence, exact start in a
/// stated coordinate system, reference and alternate allele, as vcf2fhir writes them) give the genomic change.
/// A variant with neither gene nor a gene span around its genomic change is listed under the gene `unassigned`.
struct FHIRVariantObservation {
    let file: String
    let options: ReportReadOptions
    /// The build stated for the document as a whole, used when an Observation states none.
    let reportBuild: GenomeBuild?

    func shortVariant(_ observation: FHIRObject) throws(ReportReadError) -> ShortVariant {
        let components = observation.objects("component")
        func component(_ code: String) -> FHIRObject? { components.first { $0.hasCode(code) } }

        var hgvsc = component(LOINC.codingHGVS).flatMap(Self.conceptValue)
        let hgvsp = component(LOINC.proteinHGVS).flatMap(Self.conceptValue)
        let genomicText = component(LOINC.genomicHGVS).flatMap(Self.conceptValue)
        let build = Self.statedBuild(observation) ?? reportBuild
        let genomic = genomicText.flatMap { GenomicHGVSText.change(from: $0, build: build) } ?? Self.alleleChange(component, build: build)
        if hgvsc == nil, hgvsp == nil, genomic == nil, let genomicText {
            hgvsc = genomicText  // kept so that the variant is listed, with the normaliser's reason
        }
        var gene = component(LOINC.geneStudied).flatMap(Self.geneSymbol)
        if gene == nil, let genomic {
            gene = GeneSpan.gene(at: genomic.chromosome, genomic.position, build: genomic.build, in: options.geneSpans)?.gene
        }
        return ShortVariant(
            gene: gene ?? GeneSpan.unassignedGene,
            transcript: component(LOINC.transcript).flatMap(Self.conceptValue),
            hgvsc: hgvsc, hgvsp: hgvsp, genomic: genomic,
            vaf: try component(LOINC.sampleVAF).flatMap { (vaf: FHIRObject) throws(ReportReadError) -> Double? in try fraction(vaf) },
            origin: component(LOINC.genomicSourceClass).map(Self.origin),
            location: SourceLocation(observation.location))
    }

    // MARK: - Component values

    /// LOINC answers of the genomic coordinate system (92822-6) and how far each is from a 1-based position:
    /// LA30102-0 1-based character counting, LA30101-2 0-based character counting, LA30100-4 0-based interval
    /// counting (whose start is the base's 0-based index).
    static let coordinateOffsets = ["LA30102-0": 0, "LA30101-2": 1, "LA30100-4": 1]

    /// A substitution or other base change from the allele components, as vcf2fhir writes variants without a
    /// genomic HGVS: genomic reference sequence (48013-7), exact start (81254-5, `valueRange.low`), reference
    /// (69547-8) and alternate (69551-0) alleles, in a stated coordinate system (92822-6); nil when any is
    /// missing, the alleles are not plain bases, or the coordinate system is not stated.
    static func alleleChange(_ component: (String) -> FHIRObject?, build: GenomeBuild?) -> GenomicChange? {
        guard let sequence = component(LOINC.genomicReferenceSequence).flatMap(conceptValue),
              let (chromosome, accessionBuild) = GenomicHGVSText.sequence(sequence),
              let start = component(LOINC.exactStartEnd)?.object("valueRange")?.object("low")?.number("value"),
              let system = component(LOINC.coordinateSystem), let offset = coordinateOffsets.first(where: { system.hasCode($0.key, in: "valueCodeableConcept") })?.value,
              let reference = component(LOINC.referenceAllele)?.string("valueString")?.uppercased(),
              let alternate = component(LOINC.alternateAllele)?.string("valueString")?.uppercased(),
              !reference.isEmpty, !alternate.isEmpty, reference != alternate,
              (reference + alternate).allSatisfy({ "ACGT".contains($0) }),
              start.rounded() == start, start >= 0, start < Double(GenomeBuild.longestChromosomeLength) else { return nil }
        let position = Int(start) + offset
        let changeBuild = accessionBuild ?? build
        guard FieldValues.positionProblem(position, chromosome: chromosome, build: changeBuild) == nil else { return nil }
        return GenomicChange(chromosome: chromosome, position: position, reference: reference, alternate: alternate, build: changeBuild)
    }

    /// The value of a CodeableConcept component: the first coding's code (else display), else the text;
    /// `valueString` is read too.
    static func conceptValue(_ component: FHIRObject) -> String? {
        if let text = component.string("valueString") { return nonBlank(text) }
        guard let concept = component.object("valueCodeableConcept") else { return nil }
        let coding = concept.objects("coding").first
        return nonBlank(coding?.string("code")) ?? nonBlank(coding?.string("display")) ?? nonBlank(concept.string("text"))
    }

    /// The gene symbol: the code, or the display when the code is an HGNC identifier (`HGNC:8975` → `PIK3CA`).
    static func geneSymbol(_ component: FHIRObject) -> String? {
        let concept = component.object("valueCodeableConcept")
        let codings = concept?.objects("coding") ?? []
        for coding in codings {
            if let code = nonBlank(coding.string("code")), !code.uppercased().hasPrefix("HGNC:") { return FieldValues.geneSymbol(code) }
            if let display = nonBlank(coding.string("display")) { return FieldValues.geneSymbol(display) }
        }
        return nonBlank(concept?.string("text")).flatMap(FieldValues.geneSymbol)
    }

    /// The build named by the reference assembly component (62374-4), from its display or text.
    static func statedBuild(_ observation: FHIRObject) -> GenomeBuild? {
        guard let component = observation.objects("component").first(where: { $0.hasCode(LOINC.referenceAssembly) }) else { return nil }
        let concept = component.object("valueCodeableConcept")
        let words = (concept?.objects("coding").compactMap { $0.string("display") } ?? []) + [concept?.string("text")].compactMap { $0 }
        return words.lazy.compactMap { GenomeBuild(spelling: $0.trimmingCharacters(in: .whitespaces)) }.first
    }

    static func origin(_ component: FHIRObject) -> VariantOrigin {
        if component.hasCode(LOINC.somatic, in: "valueCodeableConcept") { return .somatic }
        if component.hasCode(LOINC.germline, in: "valueCodeableConcept") { return .germline }
        let words = component.conceptText("valueCodeableConcept").lowercased()
        if words.contains("somatic") { return .somatic }
        if words.contains("germline") { return .germline }
        return .unknown
    }

    private func fraction(_ component: FHIRObject) throws(ReportReadError) -> Double? {
        guard let quantity = component.object("valueQuantity"), let value = quantity.number("value") else { return nil }
        let isPercent = quantity.string("code") == "%" || quantity.string("unit")?.contains("%") == true
        let fraction = isPercent ? value / 100 : value
        guard fraction.isFinite, (0...1).contains(fraction) else {
            throw ReportReadError(file: file, location: component.location, problem: "sample VAF (81258-6): expected a fraction between 0 and 1 (or a percentage with unit %), found \(value)")
        }
        return fraction
    }

    private static func nonBlank(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
