import Foundation
import Interpretation
import StrictDecoding

/// Deterministic JSON text for the cohort outputs: encoded with `JSONEncoder`, then written by the
/// project's ``JSONSerializer`` (sorted keys, two-space indent, shortest round-trip numbers, final newline),
/// so equal results give identical bytes on every platform.
public enum JSONText {
    /// The value as indented JSON text.
    public static func pretty<Value: Encodable>(_ value: Value) throws(CohortAnalysisError) -> String {
        JSONSerializer.pretty(try tree(value))
    }

    /// The value as a JSON tree.
    static func tree<Value: Encodable>(_ value: Value) throws(CohortAnalysisError) -> JSONValue {
        let data: Data
        do {
            data = try JSONEncoder().encode(value)
        } catch {
            throw .output("cannot encode \(Value.self) as JSON: \(error)")
        }
        do {
            return try JSONParser.parse([UInt8](data))
        } catch {
            throw .output("cannot re-read the encoded \(Value.self): \(error)")
        }
    }
}
