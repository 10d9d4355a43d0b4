import Knowledgebase
import Normalization
import StrictDecoding

/// The Variant observation (Genomics Reporting IG STU3 `variant` profile) of one alteration: gene (HGNC),
/// c. and p. HGVS with the `http://varnomen.hgvs.org` system, transcript, allele fraction as a fraction,
/// read depth, genomic source class, and copy number for copy-number alterations.
struct FHIRVariantBuilder {
    let knowledgebase: Knowledgebase

    func resource(_ entry: AlterationInterpretation, subject: JSONValue?, specimen: JSONValue?) -> JSONValue {
        let alteration = entry.annotated.alteration
        var components: [JSONValue] = []
        let gene = knowledgebase.gene(alteration.gene)
        // Pathway genes (CUL3) have no HGNC id in the knowledgebase: their gene is given as text only.
        let hgnc = gene?.file.hgnc
        components.append(FHIRElements.component(
            FHIRElements.loinc(FHIRTerms.LOINC.geneStudied),
            value: FHIRElements.concept(hgnc.map { [FHIRElements.coding(FHIRTerms.hgnc, $0, display: alteration.gene)] } ?? [], text: alteration.gene)))
        if let transcript = alteration.transcript {
            if let hgvsc = alteration.hgvsc {
                let code = "\(transcript):\(hgvsc)"
                components.append(FHIRElements.component(
                    FHIRElements.loinc(FHIRTerms.LOINC.codingHGVS),
                    value: FHIRElements.concept([FHIRElements.coding(FHIRTerms.hgvs, code)], text: code)))
            }
            components.append(FHIRElements.component(
                FHIRElements.loinc(FHIRTerms.LOINC.transcript),
                value: FHIRElements.concept([FHIRElements.coding(FHIRTerms.refSeq, transcript)], text: transcript)))
        }
        if let hgvsp = alteration.hgvsp {
            // The protein accession is known for the MANE transcript only.
            let protein = gene.flatMap { $0.maneTranscript == alteration.transcript ? $0.file.maneSelect.refseqProtein : nil }
            let code = protein.map { "\($0):\(hgvsp)" } ?? hgvsp
            components.append(FHIRElements.component(
                FHIRElements.loinc(FHIRTerms.LOINC.proteinHGVS),
                value: FHIRElements.concept(protein == nil ? [] : [FHIRElements.coding(FHIRTerms.hgvs, code)], text: code)))
        }
        if let vaf = alteration.vaf {
            components.append(FHIRElements.component(FHIRElements.loinc(FHIRTerms.LOINC.allelicFrequency), quantity: vaf, unit: "relative frequency"))
        }
        if let depth = alteration.depth {
            components.append(FHIRElements.component(FHIRElements.loinc(FHIRTerms.LOINC.readDepth), quantity: Double(depth), unit: "reads per base pair"))
        }
        if let copies = alteration.copyNumber?.copyNumber {
            components.append(FHIRElements.component(FHIRElements.loinc(FHIRTerms.LOINC.copyNumber), quantity: copies, unit: "copies"))
        }
        if let origin = entry.origin {
            let code: FHIRTerms.Code
            switch origin {
            case "somatic": code = FHIRTerms.LOINC.somatic
            case "germline": code = FHIRTerms.LOINC.germline
            default: code = FHIRTerms.LOINC.unknownOrigin
            }
            components.append(FHIRElements.component(FHIRElements.loinc(FHIRTerms.LOINC.genomicSourceClass), value: FHIRElements.concept([FHIRElements.loinc(code)])))
        }
        var resource: [String: JSONValue] = [
            "resourceType": .string("Observation"),
            "meta": .object(["profile": .strings([FHIRTerms.variantProfile])]),
            "status": .string("final"),
            "category": FHIRElements.observationCategories,
            "code": FHIRElements.concept([FHIRElements.loinc(FHIRTerms.LOINC.geneticVariantAssessment)]),
            "valueCodeableConcept": FHIRElements.concept([FHIRElements.loinc(FHIRTerms.LOINC.present)]),
            "component": .array(components),
            "note": .array([FHIRElements.note(alteration.source)]),
        ]
        if let subject { resource["subject"] = subject }
        if let specimen { resource["specimen"] = specimen }
        return .object(resource)
    }
}
