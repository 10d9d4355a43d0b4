#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import StrictDecoding

/// Turns FHIR JSON into ``FHIRObject``s, with JSON paths as locations.
enum FHIRJSONConversion {
    static func root(_ data: Data, file: String, maximumValues: Int) throws(ReportReadError) -> FHIRObject {
        let value: JSONValue
        do {
            value = try StrictDecoder.parseJSON(data, file: file, maximumValues: maximumValues)
        } catch {
            throw ReportReadError(error)
        }
        guard case .object(let members) = value else {
            throw ReportReadError(file: file, location: "$", problem: "expected a FHIR resource (a JSON object with resourceType)")
        }
        return object(members, path: "$")
    }

    private static func object(_ members: [String: JSONValue], path: String) -> FHIRObject {
        var fields: [String: [FHIRObject.Value]] = [:]
        for (key, member) in members {
            let childPath = "\(path).\(key)"
            switch member {
            case .array(let elements):
                fields[key] = elements.enumerated().compactMap { index, element in value(element, path: "\(childPath)[\(index)]") }
            default:
                fields[key] = value(member, path: childPath).map { [$0] } ?? []
            }
        }
        return FHIRObject(fields: fields, location: path)
    }

    private static func value(_ json: JSONValue, path: String) -> FHIRObject.Value? {
        switch json {
        case .string(let text): return .text(text)
        case .int(let number): return .number(Double(number))
        case .double(let number): return .number(number)
        case .bool(let flag): return .text(flag ? "true" : "false")
        case .object(let members): return .object(object(members, path: path))
        case .array, .null: return nil
        }
    }
}
