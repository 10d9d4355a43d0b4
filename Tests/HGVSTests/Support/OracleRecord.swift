import Foundation
import TestSupport

/// One line of the biocommons hgvs 1.5.7 oracle output (`oracles/ref/*.jsonl`),
/// as written by `oracles/hgvs_oracle.py`.
struct OracleRecord: Decodable {
    struct Position: Decodable, Equatable {
        let base: Int?
        let offset: Int?
        let datum: String?
        let aa1: String?
    }

    let input: String
    let ok: Bool
    let prefixed: Bool
    let ac: String?
    let gene: String?
    let kind: String?
    let predicted: Bool?
    let start: Position?
    let end: Position?
    let ref: String?
    let alt: String?
    let edit: String?

    /// All records of a shared `.jsonl` file.
    static func load(_ relativePath: String) throws -> [OracleRecord] {
        let decoder = JSONDecoder()
        return try SharedData.dataLines(relativePath).map { try decoder.decode(OracleRecord.self, from: Data($0.utf8)) }
    }
}
