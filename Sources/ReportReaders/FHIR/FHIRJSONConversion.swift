#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import StrictDecoding

/// Turns FHIR JSON into ``FHIRObject``s, with JSON paths as locations.
enum FHIRJSONConversion {
    static func root(_ data: Data, file: String) throws(ReportReadError) -> FHIRObject {
        let value: JSONValue
        do {
            value = try StrictDecoder.decodeJSON(JSONValue.self, from: data, file: file)
        } catch {
            throw ReportReadError(file: file, location: error.path, problem: error.problem)
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
        case .number(let number): return .number(number)
        case .bool(let flag): return .text(flag ? "true" : "false")
        case .object(let members): return .object(object(members, path: path))
        case .array, .null: return nil
        }
    }
}

/// Any JSON value, decoded through ``StrictDecoder`` (Foundation's JSON parsers, whose nesting limit of 512
/// guards against deep documents, and whose syntax errors name the character offset).
enum JSONValue: Codable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: Key.self) {
            var members: [String: JSONValue] = [:]
            for key in keyed.allKeys { members[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key) }
            self = .object(members)
        } else if var unkeyed = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !unkeyed.isAtEnd { elements.append(try unkeyed.decode(JSONValue.self)) }
            self = .array(elements)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self = .null
            } else if let flag = try? single.decode(Bool.self) {
                self = .bool(flag)
            } else if let number = try? single.decode(Double.self) {
                self = .number(number)
            } else {
                self = .string(try single.decode(String.self))
            }
        }
    }

    func encode(to encoder: Encoder) throws {
        switch self {
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for (key, member) in members { try container.encode(member, forKey: Key(stringValue: key)) }
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .number(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        }
    }
}
