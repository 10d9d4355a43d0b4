import Foundation
import Knowledgebase
import StrictDecoding

/// The interpretation as an HL7 FHIR R4 Bundle (type `collection`) following the Genomics Reporting IG STU3
/// (3.0.0): a `genomic-report` DiagnosticReport, one `variant` Observation per interpreted alteration, and
/// `diagnostic-implication` / `therapeutic-implication` Observations derived from it. Resources are
/// identified by `urn:uuid:` UUIDs derived from the interpretation digest, so the same interpretation gives the
/// same bytes; the only date is the report date the input gives.
public enum FHIRBundleWriter {
    /// The bundle as a JSON value. Texts (conclusion, notes, narrative) are in `language`.
    public static func document(_ interpretation: Interpretation, knowledgebase: Knowledgebase, language: OutputLanguage) -> JSONValue {
        let texts = ReportTexts(catalog: knowledgebase.texts, language: language)
        let digest = InterpretationDigest.sha256(interpretation)
        func fullURL(_ key: String) -> String { "urn:uuid:" + DeterministicUUID.version5(name: "keapnrf/\(digest)/\(language.rawValue)/\(key)") }

        var entries: [(String, JSONValue)] = []
        var subject: JSONValue?
        var specimen: JSONValue?
        if let patientId = interpretation.report.patientId {
            let url = fullURL("patient")
            entries.append((url, .object(["resourceType": .string("Patient"), "identifier": .array([.object(["value": .string(patientId)])])])))
            subject = FHIRElements.reference(url)
        }
        if let specimenId = interpretation.report.specimenId {
            let url = fullURL("specimen")
            var resource: [String: JSONValue] = ["resourceType": .string("Specimen"), "identifier": .array([.object(["value": .string(specimenId)])])]
            if let subject { resource["subject"] = subject }
            entries.append((url, .object(resource)))
            specimen = FHIRElements.reference(url)
        }

        var results: [String] = []
        let variants = FHIRVariantBuilder(knowledgebase: knowledgebase)
        let implications = FHIRImplicationBuilder(evidence: interpretation.evidence, texts: texts)
        for (index, entry) in interpretation.alterations.enumerated() where entry.annotated.alteration.disposition == .interpreted {
            let variant = fullURL("alteration/\(index + 1)/variant")
            var observations = [(variant, variants.resource(entry, subject: subject, specimen: specimen))]
            if let call = implications.oncogenicity(entry, variant: variant, subject: subject) {
                observations.append((fullURL("alteration/\(index + 1)/oncogenicity"), call))
            }
            for (number, statement) in entry.prognosis.enumerated() {
                observations.append((fullURL("alteration/\(index + 1)/prognosis/\(number + 1)"), implications.prognostic(statement, variant: variant, subject: subject)))
            }
            for (number, statement) in entry.therapyResistance.enumerated() {
                observations.append((fullURL("alteration/\(index + 1)/therapy/\(number + 1)"), implications.therapeutic(statement, variant: variant, subject: subject)))
            }
            entries.append(contentsOf: observations)
            results.append(contentsOf: observations.map(\.0))
        }

        let reportURL = fullURL("report")
        entries.insert((reportURL, report(interpretation, digest: digest, texts: texts, subject: subject, specimen: specimen, results: results)), at: 0)
        return .object([
            "resourceType": .string("Bundle"),
            "identifier": .object(["system": .string("urn:ietf:rfc:3986"), "value": .string(fullURL("bundle"))]),
            "type": .string("collection"),
            "entry": .array(entries.map { url, resource in
                .object(["fullUrl": .string(url), "resource": withLanguage(resource, language)])
            }),
        ])
    }

    /// The bundle as indented JSON text with a final newline.
    public static func text(_ interpretation: Interpretation, knowledgebase: Knowledgebase, language: OutputLanguage) -> String {
        JSONSerializer.pretty(document(interpretation, knowledgebase: knowledgebase, language: language))
    }

    /// The DiagnosticReport; `digest` is the interpretation's ``InterpretationDigest``, shown in the narrative.
    private static func report(
        _ interpretation: Interpretation, digest: String, texts: ReportTexts, subject: JSONValue?, specimen: JSONValue?, results: [String]
    ) -> JSONValue {
        let provenance = interpretation.provenance
        let summary = texts.localized(interpretation.summary)
        let disclaimer = texts.localized(interpretation.disclaimer)
        let colon = texts("report.colon")
        let provenanceLines = [
            "\(texts("report.provenance.tool"))\(colon)\(provenance.toolName) \(provenance.toolVersion)",
            "\(texts("report.provenance.knowledgebase"))\(colon)\(provenance.knowledgebaseVersion); SHA-256 \(provenance.knowledgebaseSHA256)",
            "\(texts("report.provenance.rules"))\(colon)\(provenance.rulesName) \(provenance.rulesVersion); SHA-256 \(provenance.rulesSHA256)",
            "\(texts("report.provenance.inputSHA256"))\(colon)\(provenance.inputSHA256)",
            "\(texts("report.provenance.overridesSHA256"))\(colon)\(provenance.overridesSHA256 ?? texts("report.provenance.noOverrides"))",
            "\(texts("report.provenance.digest"))\(colon)\(digest)",
        ]
        var resource: [String: JSONValue] = [
            "resourceType": .string("DiagnosticReport"),
            "meta": .object(["profile": .strings([FHIRTerms.genomicReportProfile])]),
            "text": FHIRElements.narrative([summary, disclaimer] + provenanceLines),
            "status": .string("preliminary"),
            "category": .array([FHIRElements.concept([FHIRElements.coding(FHIRTerms.diagnosticService, "GE", display: "Genetics")])]),
            "code": FHIRElements.concept([FHIRElements.loinc(FHIRTerms.LOINC.geneticAnalysisReport)]),
            "result": .array(results.map(FHIRElements.reference)),
            "conclusion": .string(summary + " " + disclaimer),
        ]
        if let subject { resource["subject"] = subject }
        if let specimen { resource["specimen"] = .array([specimen]) }
        if let date = interpretation.report.reportDate, isFHIRDate(date) { resource["effectiveDateTime"] = .string(date) }
        return .object(resource)
    }

    private static func withLanguage(_ resource: JSONValue, _ language: OutputLanguage) -> JSONValue {
        guard case .object(var members) = resource else { return resource }
        members["language"] = .string(language.rawValue)
        return .object(members)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as FHIR's dateTime accepts without a time.
    private static func isFHIRDate(_ text: String) -> Bool {
        text.range(of: #"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"#, options: .regularExpression) != nil
    }
}
