import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import KeapnrfServerApp
import Testing
import TestSupport

/// Every example report in every output format and language: the response body is byte for byte what the
/// `keapnrf annotate` executable writes, and the ETag of JSON outputs is what `keapnrf digest` prints.
@Suite struct ByteIdentityTests {
    static let cases: [(URL, String, String)] = RepositoryFiles.allExamples.flatMap { report in
        ["json", "html", "markdown", "fhir"].flatMap { output in ["en", "ja"].map { (report, output, $0) } }
    }

    @Test(arguments: cases)
    func responseEqualsTheCommandLine(report: URL, output: String, lang: String) async throws {
        let cli = try Fixtures.runKeapnrf(["annotate", report.path, "--output", output, "--lang", lang])
        #expect(cli.status == 0, "\(cli.standardError)")
        let body = try Data(contentsOf: report)
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/v1/interpretations?output=\(output)&lang=\(lang)", method: .post,
                headers: ServerFixture.bearer(ServerFixture.allScopesToken), body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView) == Array(cli.standardOutput.utf8))
                if output == "json" || output == "fhir" {
                    let digest = try Fixtures.withTemporaryDirectory { directory in
                        let file = directory.appendingPathComponent("output.json")
                        try Data(cli.standardOutput.utf8).write(to: file)
                        return try Fixtures.runKeapnrf(["digest", file.path]).standardOutput
                    }
                    #expect(response.headers[.eTag] == "\"sha256:\(digest.trimmingCharacters(in: .newlines))\"")
                } else {
                    #expect(response.headers[.eTag] == nil)
                }
            }
        }
    }

    @Test func queryOptionsMatchTheCommandLineOptions() async throws {
        let report = RepositoryFiles.example("formats/vcf-grch37-keap1-nfe2l2.vcf")
        let cli = try Fixtures.runKeapnrf(["annotate", report.path, "--tumor-type", "LUSC", "--format", "vcf", "--build", "GRCh37"])
        #expect(cli.status == 0, "\(cli.standardError)")
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/v1/interpretations?tumorType=LUSC&format=vcf&build=GRCh37", method: .post,
                headers: ServerFixture.bearer(ServerFixture.allScopesToken), body: ByteBuffer(bytes: try Data(contentsOf: report))
            ) { response in
                #expect(response.status == .ok)
                #expect(response.text == cli.standardOutput)
            }
        }
    }

    @Test func invalidReportGets422WithTheCommandLineMessage() async throws {
        let broken = Data(#"{"patient": {"id": "P1"}, "shortVariants": [{"gene": "KEAP1", "vaf": "high"}]}"#.utf8)
        let expected = try Fixtures.withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("report")
            try broken.write(to: file)
            return try Fixtures.runKeapnrf(["annotate", file.path]).standardError
        }
        #expect(expected.hasPrefix("keapnrf: error: report: "))
        let app = try await ServerFixture.application()
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/v1/interpretations", method: .post, headers: ServerFixture.bearer(ServerFixture.allScopesToken),
                body: ByteBuffer(bytes: broken)
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try response.json()
                #expect("keapnrf: error: " + (problem["detail"] as? String ?? "") + "\n" == expected)
                #expect(problem["type"] as? String == "urn:keapnrf:problem:invalid-report")
                #expect(problem["status"] as? Int == 422)
                let errors = problem["errors"] as? [[String: Any]]
                #expect(errors?.count == 1)
                // The location and reason are the parts of the CLI's line after the file name.
                let located = "\(errors?.first?["location"] as? String ?? ""): \(errors?.first?["reason"] as? String ?? "")"
                #expect(expected == "keapnrf: error: report: \(located)\n")
            }
        }
    }
}

/// Over a real socket, a body several times the largest read (`LargeReadChannel`) arrives in many reads and is
/// annotated whole: the answer is the command line's.
@Suite struct LargeBodyTests {
    @Test func bodyOfManyReadsEqualsTheCommandLine() async throws {
        // An example report followed by 1.2 MB of JSON white space: the same report, three reads or more.
        let body = try Data(contentsOf: RepositoryFiles.example("lusc-nfe2l2-e79k.json")) + Data(repeating: 0x20, count: 1_200_000)
        #expect(body.count > 2 * LargeReadChannel.maximumRead)
        let cli = try Fixtures.withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("report")
            try body.write(to: file)
            return try Fixtures.runKeapnrf(["annotate", file.path])
        }
        #expect(cli.status == 0, "\(cli.standardError)")
        let app = try await ServerFixture.application()
        try await app.test(.live) { client in
            try await client.execute(
                uri: "/v1/interpretations", method: .post, headers: ServerFixture.bearer(ServerFixture.allScopesToken),
                body: ByteBuffer(bytes: body)
            ) { response in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView) == Array(cli.standardOutput.utf8))
            }
        }
    }
}
