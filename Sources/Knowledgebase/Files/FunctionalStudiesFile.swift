import SnapshotCoding

/// `knowledgebase/functional-studies.yaml`: published in-vitro and in-vivo studies of individual KEAP1 and
/// NFE2L2 changes, each result read from the source with its locator. They feed the oncogenicity codes that
/// rest on functional evidence (OS2, SBS2 and, through classified changes at the same residue, OM3).
public struct FunctionalStudiesFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    /// Bibliographic facts of the studies (same form as `evidence/*.yaml` citations).
    public var citations: [Citation]
    public var studies: [FunctionalStudy]
}

/// One study (or one set of assays of a study) and its per-variant results.
public struct FunctionalStudy: Codable, Hashable, Sendable {
    public var id: String
    public var citation: String
    /// Only verified studies, whose every result was read in the source, are used.
    public var verified: Bool
    /// `in_vitro`, `in_vivo` or `in_vitro_and_in_vivo`.
    public var model: String
    /// What was measured.
    public var assay: LocalizedText
    /// Where in the source the results were read (figure, table, section).
    public var locator: String
    public var results: [FunctionalResultRecord]
    public var note: String?

    /// The models a study may use.
    public static let models: Set = ["in_vitro", "in_vivo", "in_vitro_and_in_vivo"]
}

/// One variant's result in a study.
public struct FunctionalResultRecord: Codable, Hashable, Sendable {
    public var gene: String
    /// The protein change in one-letter form on the MANE protein, e.g. `p.G333C`.
    public var variant: String
    /// `loss_of_function`, `partial_loss_of_function`, `gain_of_function` or `no_effect`.
    public var effect: String
    /// What was observed, in the curator's words.
    public var detail: String

    /// The effects a result may report.
    public static let effects: Set = ["loss_of_function", "partial_loss_of_function", "gain_of_function", "no_effect"]
}

/// A functional result with the study it comes from, as lookups return it.
public struct FunctionalFinding: Hashable, Sendable {
    public var study: FunctionalStudy
    public var result: FunctionalResultRecord
    /// The residue number and new residue of ``result``'s variant.
    public var position: Int
    public var alternate: Character

    public init(study: FunctionalStudy, result: FunctionalResultRecord, position: Int, alternate: Character) {
        self.study = study
        self.result = result
        self.position = position
        self.alternate = alternate
    }
}

/// The verified functional results, by gene and residue.
public struct FunctionalCatalog: Sendable {
    private let byResidue: [String: [FunctionalFinding]]

    public init(findings: [FunctionalFinding]) {
        byResidue = Dictionary(grouping: findings) { "\($0.result.gene.uppercased()):\($0.position)" }
    }

    /// Verified results for changes at `position` of `gene` (any new residue), in file order.
    public func findings(gene: String, position: Int) -> [FunctionalFinding] {
        byResidue["\(gene.uppercased()):\(position)"] ?? []
    }

    /// Verified results for exactly this substitution.
    public func findings(gene: String, position: Int, alternate: Character) -> [FunctionalFinding] {
        findings(gene: gene, position: position).filter { $0.alternate == alternate }
    }

    /// An empty catalog (a knowledgebase without functional studies).
    public static let empty = FunctionalCatalog(findings: [])
}

extension FunctionalCatalog: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        byResidue = try reader.read()
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.write(byResidue)
    }
}

/// The new residue is stored as a one-character string.
extension FunctionalFinding: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        let alternate: String
        (study, result, position, alternate) = try (reader.read(), reader.read(), reader.read(), reader.read())
        guard alternate.count == 1, let residue = alternate.first else { throw reader.failure("expected one residue, found '\(alternate)'") }
        self.alternate = residue
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.write(study, result, position, String(alternate))
    }
}
