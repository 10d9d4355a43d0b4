import Foundation
import Knowledgebase
import ReportModel
import StrictDecoding

/// Static bearer tokens from a YAML file, stored only as SHA-256, each with a client name, scopes and the last
/// day (UTC) it is valid:
///
/// ```yaml
/// tokens:
///   - client: lims-test
///     sha256: <lower-case hex SHA-256 of the token>
///     scopes: [interpret, verify]
///     expires: 2027-12-31
/// ```
public struct StaticTokens: Sendable {
    struct Entry: Decodable, Sendable {
        var client: String
        var sha256: String
        var scopes: [Scope]
        var expires: String
    }

    private struct File: Decodable {
        var tokens: [Entry]
    }

    /// A token's client, its last day as written and the instant that day ends (the next midnight, UTC), all made
    /// when the file is read.
    private struct Validity: Sendable {
        var client: Client
        var expires: String
        var end: Date
    }

    private let entries: [String: Validity]

    /// Reads a tokens file; a malformed entry fails with one line naming the file, the entry and the field.
    public static func load(_ data: Data, file: String) throws(StrictDecodingError) -> StaticTokens {
        let decoded = try StrictDecoder.decodeYAML(File.self, from: String(decoding: data, as: UTF8.self), file: file)
        var entries: [String: Validity] = [:]
        for (index, entry) in decoded.tokens.enumerated() {
            func refuse(_ field: String, _ problem: String) -> StrictDecodingError {
                StrictDecodingError(file: file, path: "$.tokens[\(index)].\(field)", problem: problem)
            }
            guard !entry.client.isEmpty, entry.client.count <= 128 else { throw refuse("client", "expected a name of 1 to 128 characters") }
            guard entry.sha256.count == 64, entry.sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
                throw refuse("sha256", "expected 64 lower-case hexadecimal digits (the SHA-256 of the token)")
            }
            guard !entry.scopes.isEmpty else { throw refuse("scopes", "expected at least one of \(Scope.allCases.map(\.rawValue).joined(separator: ", "))") }
            guard CalendarDate.isValid(entry.expires), let lastDay = try? Date(entry.expires, strategy: Self.dayFormat) else {
                throw refuse("expires", "expected a date YYYY-MM-DD, found '\(entry.expires)'")
            }
            guard entries[entry.sha256] == nil else { throw refuse("sha256", "the same token hash is listed twice") }
            entries[entry.sha256] = Validity(
                client: Client(name: entry.client, scopes: Set(entry.scopes)), expires: entry.expires, end: lastDay.addingTimeInterval(86_400))
        }
        guard !entries.isEmpty else { throw StrictDecodingError(file: file, path: "$.tokens", problem: "expected at least one token") }
        return StaticTokens(entries: entries)
    }

    /// `YYYY-MM-DD`, read as midnight UTC (ISO 8601's default time zone).
    private static let dayFormat = Date.ISO8601FormatStyle().year().month().day()

    /// The client of `token` at `now`; nil when the token is not in the file. A token is valid until the end of
    /// its `expires` day (UTC); the day's end is computed once, when the file is read, not per request.
    func client(forToken token: String, now: Date) throws(AuthenticationFailure) -> Client? {
        guard let validity = entries[FileDigest.sha256(token)] else { return nil }
        guard now < validity.end else { throw .expiredToken(client: validity.client.name, expires: validity.expires) }
        return validity.client
    }
}
