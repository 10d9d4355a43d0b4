import Foundation
import Hummingbird
import Interpretation
import Knowledgebase
import ReportModel
import ReportReaders
import StrictDecoding

/// The query of `POST /v1/interpretations`: the options of `keapnrf annotate`, checked as it checks them.
struct InterpretationOptions {
    var tumorType: String?
    var format: ReportFormat?
    var sample: String?
    var build: GenomeBuild?
    var output: OutputFormat = .json
    var language: OutputLanguage = .en

    /// The longest value of each free-text parameter (the contract's `maxLength`).
    private static let maxLengths = ["tumorType": 64, "sample": 256]

    /// Values are taken exactly as the contract spells them (`GRCh38`, `html`, `ja`); the CLI's other
    /// spellings are refused here so that the server accepts what the contract allows and nothing else.
    init(query: Parameters) throws(Problem) {
        var seen: Set<String> = []
        for (key, value) in query {
            let name = String(key)
            let text = String(value)
            guard seen.insert(name).inserted else { throw .badRequest("query parameter '\(name)' is given more than once", location: "query \(name)") }
            if let limit = Self.maxLengths[name], text.isEmpty || text.count > limit {
                throw .badRequest("\(name) must have 1 to \(limit) characters", location: "query \(name)")
            }
            switch name {
            case "tumorType": tumorType = text
            case "sample": sample = text
            case "format": format = try Self.choice(ReportFormat.self, name, text)
            case "build": build = try Self.choice(GenomeBuild.self, name, text)
            case "output": output = try Self.choice(OutputFormat.self, name, text)
            case "lang": language = try Self.choice(OutputLanguage.self, name, text)
            default:
                throw .badRequest("unknown query parameter '\(name)'; accepted: tumorType, format, sample, build, output, lang", location: "query \(name)")
            }
        }
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ name: String, _ text: String) throws(Problem) -> T where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            throw .badRequest("\(name) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")); found '\(text)'", location: "query \(name)")
        }
        return value
    }
}

/// The body of `POST /v1/lookup`.
struct LookupRequest: Decodable {
    var gene: String
    var variant: String
    var tumorType: String?

    /// The request in `data`: a JSON object with no member the contract does not name. A member set to `null` is
    /// refused too (the contract allows no other members), which the decoder alone would take as absent.
    static func parse(_ data: Data, file: String) throws(Problem) -> LookupRequest {
        let document: JSONValue
        do {
            document = try StrictDecoder.parseJSON(data, file: file)
        } catch {
            throw .badRequest(error.description, location: error.path)
        }
        if case .object(let members) = document,
           let unknown = members.keys.sorted().first(where: { !["gene", "variant", "tumorType"].contains($0) }) {
            throw .badRequest("\(file): $: unknown field '\(unknown)'", location: "$.\(unknown)")
        }
        let request: LookupRequest
        do {
            request = try StrictDecoder.decodeJSON(LookupRequest.self, from: document, file: file)
        } catch {
            throw .badRequest(error.description, location: error.path)
        }
        try request.check()
        return request
    }

    /// Refuses values longer than the contract allows.
    func check() throws(Problem) {
        for (field, value, limit) in [("gene", gene, 32), ("variant", variant, 256), ("tumorType", tumorType ?? "", 64)] where value.count > limit {
            throw .badRequest("\(field) is longer than \(limit) characters", location: "$.\(field)")
        }
    }
}

/// The body of `POST /v1/verify`: the stored interpretation (a JSON object), the report's bytes in base64
/// and, when the interpretation was made with reviewer overrides, their text.
struct VerifyRequest {
    var interpretation: Data
    var report: Data
    var overrides: Data?

    init(_ data: Data, file: String) throws(Problem) {
        let document: JSONValue
        do {
            document = try StrictDecoder.parseJSON(data, file: file)
        } catch {
            throw .badRequest(error.description, location: error.path)
        }
        guard case .object(let members) = document else { throw .badRequest("\(file): $: expected an object", location: "$") }
        if let unknown = members.keys.sorted().first(where: { !["interpretation", "report", "overrides"].contains($0) }) {
            throw .badRequest("\(file): $: unknown field '\(unknown)'", location: "$.\(unknown)")
        }
        guard let stored = members["interpretation"], case .object = stored else {
            throw .badRequest("\(file): $.interpretation: expected the interpretation JSON object", location: "$.interpretation")
        }
        guard case .string(let encoded)? = members["report"], let report = Data(base64Encoded: encoded) else {
            throw .badRequest("\(file): $.report: expected the report's bytes in base64", location: "$.report")
        }
        interpretation = Data(JSONSerializer.canonical(stored).utf8)
        self.report = report
        switch members["overrides"] {
        case nil, .null?: overrides = nil
        case .string(let text)?: overrides = Data(text.utf8)
        default: throw .badRequest("\(file): $.overrides: expected the overrides file's text", location: "$.overrides")
        }
    }
}

/// The response of `POST /v1/verify`.
struct VerifyResponse: Encodable {
    var result: String
    var differences: [String]
}

/// Response bodies.
enum Responses {
    /// A page (HTML or Markdown) as `keapnrf annotate` writes it; pages carry no ETag.
    static func page(_ text: String, format: OutputFormat) -> Response {
        output(ByteBuffer(string: text), format: format, sha256: nil)
    }

    /// A JSON answer (the interpretation, or the FHIR bundle) as `keapnrf annotate` writes it, with its ETag
    /// `"sha256:<RFC 8785 digest>"`. The document is written once and its RFC 8785 form taken from that text,
    /// instead of parsing the written text again (a tenth of the server's time per report) or writing it twice;
    /// both stay bytes (decoding them as `String`s took 2% of the server's time).
    static func annotation(_ document: JSONValue, format: OutputFormat) -> Response {
        let forms = JSONSerializer.prettyAndCanonical(document)
        return output(ByteBuffer(bytes: forms.pretty), format: format, sha256: FileDigest.sha256(forms.canonical))
    }

    private static func output(_ body: ByteBuffer, format: OutputFormat, sha256: String?) -> Response {
        var headers: HTTPFields = [.contentType: contentType(of: format)]
        if let sha256 {
            headers[.eTag] = "\"sha256:\(sha256)\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    static func contentType(of format: OutputFormat) -> String {
        switch format {
        case .json: return "application/json"
        case .html: return "text/html; charset=utf-8"
        case .markdown: return "text/markdown; charset=utf-8"
        case .fhir: return "application/fhir+json"
        }
    }

    /// A small JSON document, members sorted.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data()
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
