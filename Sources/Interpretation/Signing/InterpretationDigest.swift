import Knowledgebase
import StrictDecoding

/// The digest a report-signing system stores: the SHA-256 of the RFC 8785 (JSON Canonicalization Scheme)
/// form of an interpretation JSON. Whitespace, member order and number spelling do not change it; any
/// change of a value does.
public enum InterpretationDigest {
    /// Why a file cannot be digested.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The bytes are not UTF-8 text.
        case notUTF8
        /// The text is not JSON.
        case invalidJSON(JSONParser.Failure)

        public var description: String {
            switch self {
            case .notUTF8: return "not UTF-8 text (RFC 8785 canonicalises UTF-8 JSON only)"
            case .invalidJSON(let failure): return failure.description
            }
        }
    }

    /// The RFC 8785 canonical text of a JSON document.
    public static func canonicalText(ofJSON bytes: [UInt8]) throws(Failure) -> String {
        guard String(validating: bytes, as: UTF8.self) != nil else { throw .notUTF8 }
        do {
            return JSONSerializer.canonical(try JSONParser.parse(bytes))
        } catch {
            throw .invalidJSON(error)
        }
    }

    /// The SHA-256 (lower-case hex) of the canonical form of a JSON document.
    public static func sha256(ofJSON bytes: [UInt8]) throws(Failure) -> String {
        FileDigest.sha256(try canonicalText(ofJSON: bytes))
    }

    /// The SHA-256 of the canonical form of an interpretation as `annotate` writes it.
    public static func sha256(_ interpretation: Interpretation) -> String {
        FileDigest.sha256(JSONSerializer.canonical(InterpretationJSON.document(interpretation)))
    }
}
