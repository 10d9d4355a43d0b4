/// A FHIR element in a format-neutral form, built from FHIR JSON or FHIR XML: named fields, each a list
/// of values (XML does not say which fields repeat, so every field is a list), and where it was found.
struct FHIRObject: Sendable {
    /// A field value: a primitive's text or number, or a nested element.
    enum Value: Sendable {
        case text(String)
        case number(Double)
        case object(FHIRObject)
    }

    var fields: [String: [Value]]
    /// `$.entry[3].resource` (JSON) or `line 42, /Bundle/entry[4]/resource/Observation` (XML).
    var location: String

    /// The nested elements of a field.
    func objects(_ name: String) -> [FHIRObject] {
        (fields[name] ?? []).compactMap { value in
            if case .object(let object) = value { return object }
            return nil
        }
    }

    /// The first nested element of a field.
    func object(_ name: String) -> FHIRObject? { objects(name).first }

    /// A primitive field as text (numbers are written as in the document, or in Swift's shortest form).
    func string(_ name: String) -> String? {
        for value in fields[name] ?? [] {
            switch value {
            case .text(let text): return text
            case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            case .object: continue
            }
        }
        return nil
    }

    /// A primitive field as a number (FHIR XML writes numbers as text).
    func number(_ name: String) -> Double? {
        for value in fields[name] ?? [] {
            switch value {
            case .number(let number): return number
            case .text(let text): return Double(text)
            case .object: continue
            }
        }
        return nil
    }

    /// The resource type of a resource (`Observation`).
    var resourceType: String? { string("resourceType") }

    /// The codings of a CodeableConcept field, e.g. `code` or `valueCodeableConcept`.
    func codings(of concept: String) -> [FHIRObject] {
        object(concept)?.objects("coding") ?? []
    }

    /// True when the CodeableConcept `concept` has a coding with this code.
    func hasCode(_ code: String, in concept: String = "code") -> Bool {
        codings(of: concept).contains { $0.string("code") == code }
    }

    /// The words of a CodeableConcept for matching by meaning: its text and every coding's display and code.
    func conceptText(_ concept: String) -> String {
        let concept = object(concept)
        let codings = concept?.objects("coding") ?? []
        return ([concept?.string("text")] + codings.flatMap { [$0.string("display"), $0.string("code")] })
            .compactMap { $0 }.joined(separator: " ")
    }
}
