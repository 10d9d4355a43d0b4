import Annotator
import Foundation
import Hummingbird
import Interpretation
import Knowledgebase
import ReportModel
import ReportReaders
import StrictDecoding

/// `POST /v1/interpretations`, `/v1/lookup`, `/v1/verify` and `/v1/digest`: the CLI's annotate, lookup, verify
/// and digest on request bodies, through the same `Annotator`, writers and digest, so that the bytes match. A
/// class: each request's closures hold one reference instead of a copy of every field (copying them was 3% of
/// the event loops' time).
final class ServiceRoutes: Sendable {
    let setup: ServerSetup
    let annotator: Annotator
    let verifier: InterpretationVerifier
    let metrics: ServerMetrics
    let access: Access
    let compute: ComputeWork

    init(setup: ServerSetup, metrics: ServerMetrics, access: Access) {
        self.setup = setup
        annotator = Annotator(resources: setup.resources)
        verifier = InterpretationVerifier(archive: setup.archive)
        self.metrics = metrics
        self.access = access
        compute = ComputeWork(metrics: metrics)
    }

    func register(on router: Router<ServerRequestContext>) {
        router.post(ContractRoute.interpretations.path) { [self] request, context in
            try await access.run(request, context, scope: .interpret) { [self] in try await interpret(request, context: context) }
        }
        router.post(ContractRoute.lookup.path) { [self] request, context in
            try await access.run(request, context, scope: .interpret) { [self] in try await lookup(request, context: context) }
        }
        router.post(ContractRoute.verify.path) { [self] request, context in
            try await access.run(request, context, scope: .verify) { [self] in try await verify(request, context: context) }
        }
        router.post(ContractRoute.digest.path) { [self] request, context in
            try await access.run(request, context, scope: .interpret) { [self] in try await digest(request) }
        }
    }

    /// The body's bytes: the annotation of `keapnrf annotate` with the query's options, byte for byte.
    private func interpret(_ request: Request, context: ServerRequestContext) async throws -> Response {
        let options = try InterpretationOptions(query: request.uri.queryParameters)
        let data = try await RequestBodyReader.read(request, limit: setup.limits.maxBodyBytes)
        let answer = try await compute.run { [self] in try annotation(of: data, options: options) }
        context.notes.inputSHA256 = answer.inputSHA256
        return answer.response
    }

    /// `{gene, variant, tumorType?}`: what `keapnrf lookup` writes.
    private func lookup(_ request: Request, context: ServerRequestContext) async throws -> Response {
        let data = try await RequestBodyReader.read(request, limit: setup.limits.maxBodyBytes)
        let answer = try await compute.run { [self] in try lookup(try LookupRequest.parse(data, file: Self.bodyName)) }
        context.notes.inputSHA256 = answer.inputSHA256
        return answer.response
    }

    /// `{interpretation, report (base64), overrides?}`: whether a re-run gives the same interpretation.
    private func verify(_ request: Request, context: ServerRequestContext) async throws -> Response {
        let data = try await RequestBodyReader.read(request, limit: setup.limits.maxBodyBytes)
        // The report's SHA-256 goes to the log line whether or not the verification succeeds.
        let outcome = try await compute.run { [self] in
            let query = try VerifyRequest(data, file: Self.bodyName)
            return (inputSHA256: FileDigest.sha256(query.report), result: Result { () throws(Problem) in try verification(of: query) })
        }
        context.notes.inputSHA256 = outcome.inputSHA256
        let result = try outcome.result.get()
        metrics.recordVerification(identical: result.isIdentical)
        return Responses.json(VerifyResponse(result: result.isIdentical ? "identical" : "differs", differences: result.differences))
    }

    /// Any JSON: `{sha256}` of its RFC 8785 form, as `keapnrf digest` prints it.
    private func digest(_ request: Request) async throws -> Response {
        let data = try await RequestBodyReader.read(request, limit: setup.limits.maxBodyBytes)
        return try await compute.run { [self] in try digest(of: data) }
    }

    /// A response and the SHA-256 of the input it answers (for the request's log line).
    private struct Answer: Sendable {
        var response: Response
        var inputSHA256: String
    }

    /// Annotates a report and writes it in the query's output format.
    private func annotation(of data: Data, options: InterpretationOptions) throws(Problem) -> Answer {
        let interpretation: Interpretation
        do {
            interpretation = try annotator.annotate(
                data, fileName: Self.reportName, tumorType: options.tumorType, format: options.format, sample: options.sample,
                build: options.build)
        } catch {
            throw Self.problem(error)
        }
        metrics.recordAlterations(of: interpretation)
        let knowledgebase = setup.resources.knowledgebase
        let response: Response
        switch options.output {
        case .json: response = Responses.annotation(InterpretationJSON.document(interpretation), format: .json)
        case .fhir: response = Responses.annotation(FHIRBundleWriter.document(interpretation, knowledgebase: knowledgebase, language: options.language), format: .fhir)
        case .html, .markdown:
            do {
                response = Responses.page(try options.output.text(interpretation, knowledgebase: knowledgebase, language: options.language), format: options.output)
            } catch {
                throw Problem.internalFailure
            }
        }
        return Answer(response: response, inputSHA256: interpretation.provenance.inputSHA256)
    }

    private func lookup(_ query: LookupRequest) throws(Problem) -> Answer {
        let interpretation: Interpretation
        do {
            interpretation = try annotator.lookup(gene: query.gene, variant: query.variant, tumorType: query.tumorType)
        } catch {
            throw Self.problem(error)
        }
        metrics.recordAlterations(of: interpretation)
        return Answer(response: Responses.annotation(InterpretationJSON.document(interpretation), format: .json), inputSHA256: interpretation.provenance.inputSHA256)
    }

    private func verification(of query: VerifyRequest) throws(Problem) -> InterpretationVerifier.Result {
        do {
            return try verifier.verify(
                interpretation: query.interpretation, interpretationName: "interpretation", report: query.report,
                reportName: Self.reportName, overrides: query.overrides.map { (data: $0, name: "overrides") })
        } catch {
            throw Problem.unprocessable(error.description, kind: "verification-failed", errors: [.init(location: "$", reason: error.description)])
        }
    }

    private func digest(of data: Data) throws(Problem) -> Response {
        do {
            return Responses.json(["sha256": try InterpretationDigest.sha256(ofJSON: Array(data))])
        } catch {
            let detail = "\(Self.bodyName): \(error)"
            throw Problem.unprocessable(detail, kind: "invalid-json", errors: [.init(location: "$", reason: error.description)])
        }
    }

    /// The name a report body has in messages, as a file named `report` has in the CLI's.
    static let reportName = "report"
    /// The name of a JSON request body in messages.
    static let bodyName = "request body"

    /// A 422 with the CLI's one-line message for an invalid report or argument; 500 for anything else.
    static func problem(_ error: AnnotatorError) -> Problem {
        switch error {
        case .input(let read):
            return .unprocessable(read.description, kind: "invalid-report", errors: [.init(location: read.location, reason: read.problem)])
        case .invalidArgument(let message):
            return .unprocessable(message, kind: "invalid-argument", errors: [.init(location: "$", reason: message)])
        case .knowledgebase, .rules:
            return .internalFailure
        }
    }
}
