/// Turns FHIR XML (a ``ParsedXMLElement`` tree) into ``FHIRObject``s, following the FHIR XML rules:
/// a primitive is an element with a `value` attribute; `resource` and `contained` wrap a resource element
/// whose name is its type. Elements the reader never reads, such as the XHTML narrative (`div`), are left out
/// by the parser (``FHIRReader/xmlSelection``).
enum FHIRXMLConversion {
    static func resource(_ element: ParsedXMLElement) -> FHIRObject {
        var object = complex(element)
        object.fields["resourceType"] = [.text(element.localName)]
        return object
    }

    private static func complex(_ element: ParsedXMLElement) -> FHIRObject {
        var fields: [String: [FHIRObject.Value]] = [:]
        for (name, value) in element.attributes where !name.hasPrefix("xmlns") && !name.contains(":") {
            fields[name] = [.text(value)]
        }
        for child in element.children {
            fields[child.localName, default: []].append(value(child))
        }
        return FHIRObject(fields: fields, location: element.location)
    }

    private static func value(_ element: ParsedXMLElement) -> FHIRObject.Value {
        if let primitive = element.attributeAsWritten("value") { return .text(primitive) }
        if element.localName == "resource" || element.localName == "contained", element.children.count == 1, let inner = element.children.first {
            return .object(resource(inner))
        }
        return .object(complex(element))
    }
}
