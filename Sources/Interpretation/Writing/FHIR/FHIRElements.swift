import StrictDecoding

/// Small builders for FHIR R4 data types as JSON values.
enum FHIRElements {
    /// A Coding.
    static func coding(_ system: String, _ code: String, display: String? = nil) -> JSONValue {
        var members: [String: JSONValue] = ["system": .string(system), "code": .string(code)]
        if let display { members["display"] = .string(display) }
        return .object(members)
    }

    /// A LOINC Coding.
    static func loinc(_ code: FHIRTerms.Code) -> JSONValue { coding(FHIRTerms.loinc, code.code, display: code.display) }

    /// A CodeableConcept with codings and/or text.
    static func concept(_ codings: [JSONValue], text: String? = nil) -> JSONValue {
        var members: [String: JSONValue] = [:]
        if !codings.isEmpty { members["coding"] = .array(codings) }
        if let text { members["text"] = .string(text) }
        return .object(members)
    }

    /// A Reference to a resource in the bundle.
    static func reference(_ fullURL: String) -> JSONValue { .object(["reference": .string(fullURL)]) }

    /// An Observation component with a CodeableConcept value.
    static func component(_ code: JSONValue, value: JSONValue) -> JSONValue {
        .object(["code": concept([code]), "valueCodeableConcept": value])
    }

    /// An Observation component with a dimensionless Quantity value (UCUM `1`).
    static func component(_ code: JSONValue, quantity: Double, unit: String) -> JSONValue {
        .object([
            "code": concept([code]),
            "valueQuantity": .object(["value": .double(quantity), "system": .string(FHIRTerms.ucum), "code": .string("1"), "unit": .string(unit)]),
        ])
    }

    /// The categories every genomic observation carries: laboratory and genetics (GE).
    static let observationCategories: JSONValue = .array([
        concept([coding(FHIRTerms.observationCategory, "laboratory", display: "Laboratory")]),
        concept([coding(FHIRTerms.diagnosticService, "GE", display: "Genetics")]),
    ])

    /// An Annotation.
    static func note(_ text: String) -> JSONValue { .object(["text": .string(text)]) }

    /// A generated narrative: each paragraph XML-escaped in an XHTML `div`.
    static func narrative(_ paragraphs: [String]) -> JSONValue {
        let body = paragraphs.map { "<p>\(xmlEscaped($0))</p>" }.joined()
        return .object(["status": .string("generated"), "div": .string("<div xmlns=\"http://www.w3.org/1999/xhtml\">\(body)</div>")])
    }

    /// A workflow-relatedArtifact extension citing a source.
    static func citation(_ text: String, url: String?) -> JSONValue {
        var artifact: [String: JSONValue] = ["type": .string("citation"), "citation": .string(text)]
        if let url { artifact["url"] = .string(url) }
        return .object(["url": .string(FHIRTerms.relatedArtifactExtension), "valueRelatedArtifact": .object(artifact)])
    }

    private static func xmlEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
