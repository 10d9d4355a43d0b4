import Knowledgebase
import StrictDecoding

/// Implication observations derived from a Variant: a TherapeuticImplication per therapy statement, a
/// DiagnosticImplication per prognosis statement (the STU3 IG has no prognostic profile: it removed the
/// `prognosis` slice and the `prognostic-implication` code, FHIR-41246, so prognosis is the implication's
/// predicted phenotype), and a DiagnosticImplication with the oncogenicity call as clinical significance.
struct FHIRImplicationBuilder {
    let evidence: [String: CitedEvidence]
    let texts: ReportTexts

    /// The therapeutic implication of a therapy statement.
    func therapeutic(_ statement: Statement, variant: String, subject: JSONValue?) -> JSONValue {
        var components: [JSONValue] = []
        let implication: FHIRTerms.Code?
        switch statement.direction {
        case "resistance": implication = FHIRTerms.LOINC.presumedResistant
        case "no_benefit": implication = FHIRTerms.LOINC.presumedNonResponsive
        case "benefit", "sensitivity": implication = FHIRTerms.LOINC.presumedResponsive
        default: implication = nil
        }
        components.append(FHIRElements.component(
            FHIRElements.coding(FHIRTerms.tbdCodes, "therapeutic-implication", display: "Therapeutic Implication"),
            value: FHIRElements.concept(implication.map { [FHIRElements.loinc($0)] } ?? [], text: texts.term("direction.", statement.direction))))
        let therapy = statement.therapy.map(texts.localized) ?? statement.therapyClass ?? ""
        let therapyCode = statement.therapyClass == "radiotherapy"
            ? FHIRElements.coding(FHIRTerms.tbdCodes, "associated-therapy", display: "Associated Therapy")
            : FHIRElements.loinc(FHIRTerms.LOINC.medicationAssessed)
        components.append(FHIRElements.component(therapyCode, value: FHIRElements.concept([], text: therapy)))
        // The phenotypic treatment context: the population the evidence was observed in.
        if let population = statement.evidence.lazy.compactMap({ evidence[$0] }).first?.item.population {
            components.append(FHIRElements.component(FHIRElements.loinc(FHIRTerms.LOINC.phenotype), value: FHIRElements.concept([], text: texts.localized(population))))
        }
        return implicationResource(
            profile: FHIRTerms.therapeuticImplicationProfile,
            code: FHIRElements.coding(FHIRTerms.tbdCodes, "therapeutic-implication", display: "Therapeutic Implication"),
            statement: statement, variant: variant, subject: subject, components: components)
    }

    /// The diagnostic implication carrying a prognosis statement.
    func prognostic(_ statement: Statement, variant: String, subject: JSONValue?) -> JSONValue {
        let phenotype = FHIRElements.component(
            FHIRElements.loinc(FHIRTerms.LOINC.phenotype), value: FHIRElements.concept([], text: texts.term("direction.", statement.direction)))
        return implicationResource(
            profile: FHIRTerms.diagnosticImplicationProfile,
            code: Self.diagnosticCode,
            statement: statement, variant: variant, subject: subject, components: [phenotype])
    }

    /// The oncogenicity call of the rules (or the reviewer) as a diagnostic implication's clinical significance.
    func oncogenicity(_ entry: AlterationInterpretation, variant: String, subject: JSONValue?) -> JSONValue? {
        guard let call = entry.outcome.oncogenicity else { return nil }
        var notes = [texts.term("oncogenicity.", call.value)]
        if let effect = entry.outcome.effect { notes.append(texts.term("report.effect.", effect.value)) }
        if let pathway = entry.outcome.pathway { notes.append(texts.localized(pathway)) }
        let significance = FHIRElements.component(FHIRElements.loinc(FHIRTerms.LOINC.clinicalSignificance), value: FHIRElements.concept([], text: call.value))
        return observation(
            profile: FHIRTerms.diagnosticImplicationProfile, code: Self.diagnosticCode, variant: variant, subject: subject,
            components: [significance], notes: notes, evidenceIDs: entry.outcome.supportingEvidence)
    }

    private static let diagnosticCode = FHIRElements.coding(FHIRTerms.tbdCodes, "diagnostic-implication", display: "Diagnostic Implication")

    private func implicationResource(
        profile: String, code: JSONValue, statement: Statement, variant: String, subject: JSONValue?, components: [JSONValue]
    ) -> JSONValue {
        var components = components
        var notes = [texts.localized(statement.text), texts("report.match") + texts("report.colon") + texts("match.\(statement.tumorTypeMatch.rawValue)")]
        for level in statement.levels {
            if let text = texts.level(level) {
                components.append(FHIRElements.component(
                    FHIRElements.loinc(FHIRTerms.LOINC.evidenceLevel),
                    value: FHIRElements.concept([], text: texts.framework(level.framework) + texts("report.colon") + text)))
            }
            if let note = level.note { notes.append(texts.localized(note)) }
        }
        return observation(
            profile: profile, code: code, variant: variant, subject: subject, components: components, notes: notes, evidenceIDs: statement.evidence)
    }

    /// An implication observation derived from the variant, citing its evidence.
    private func observation(
        profile: String, code: JSONValue, variant: String, subject: JSONValue?, components: [JSONValue], notes: [String], evidenceIDs: [String]
    ) -> JSONValue {
        var resource: [String: JSONValue] = [
            "resourceType": .string("Observation"),
            "meta": .object(["profile": .strings([profile])]),
            "status": .string("preliminary"),
            "category": FHIRElements.observationCategories,
            "code": FHIRElements.concept([code]),
            "derivedFrom": .array([FHIRElements.reference(variant)]),
            "component": .array(components),
            "note": .array(notes.map(FHIRElements.note)),
        ]
        let cited = evidenceIDs.compactMap { id in evidence[id].map { (id, $0) } }
        if !cited.isEmpty { resource["extension"] = .array(cited.map { citation($0.0, $0.1) }) }
        if let subject { resource["subject"] = subject }
        return .object(resource)
    }

    private func citation(_ id: String, _ cited: CitedEvidence) -> JSONValue {
        let text = EvidenceEntryBuilder.citationText(cited.citation)
        return FHIRElements.citation("\(text) [\(id); \(cited.item.locator)]", url: EvidenceEntryBuilder.links(cited.citation).first?.url)
    }
}
