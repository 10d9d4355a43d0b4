import VariantEffect
import SnapshotCoding

/// What the knowledgebase knows about one gene: identity, role, transcripts, sequences and exon models.
public struct GeneKnowledge: Sendable {
    /// The gene file as stored.
    public let file: GeneFile
    /// The protein as one-letter codes (without the stop), residue 1 at index 0.
    public let protein: [UInt8]
    /// The MANE transcript on each genome build, validated (the CDS translates to the stored protein).
    public let transcriptModels: [GenomeAssembly: TranscriptModel]

    init(file: GeneFile, transcriptModels: [GenomeAssembly: TranscriptModel]) {
        self.file = file
        protein = Array(file.protein.sequence.utf8)
        self.transcriptModels = transcriptModels
    }

    public var symbol: String { file.symbol }
    /// The MANE Select RefSeq transcript, e.g. `NM_203500.2`.
    public var maneTranscript: String { file.maneSelect.refseqTranscript }
    public var proteinLength: Int { protein.count }

    /// The reference amino acid at a 1-based residue position, or nil outside the protein.
    public func residue(at position: Int) -> Character? {
        guard position >= 1, position <= protein.count else { return nil }
        return Character(Unicode.Scalar(protein[position - 1]))
    }

    /// The reference residues from `start` through `end` (1-based, inclusive), or nil outside the protein.
    public func residues(_ range: ClosedRange<Int>) -> String? {
        guard range.lowerBound >= 1, range.upperBound <= protein.count else { return nil }
        return String(decoding: protein[(range.lowerBound - 1)..<range.upperBound], as: UTF8.self)
    }

    /// Ranges in `range` whose reference residue is unconfirmed (NFE2L2 1–16, 72, 92).
    public func unconfirmedResidues(overlapping range: ClosedRange<Int>) -> [UnconfirmedResidues] {
        file.protein.unconfirmedResidues.filter { $0.overlaps(range) }
    }

    /// How a transcript (or protein) accession named in a report relates to this gene's MANE transcript.
    /// The MANE accessions match with or without their version; another version of a MANE accession
    /// matches only through an alias that lists it.
    public func resolveTranscript(_ accession: String?) -> TranscriptResolution {
        guard let accession = accession?.trimmingWhitespace(), !accession.isEmpty else {
            return .notGiven
        }
        let (base, version) = Self.split(accession)
        let mane = file.maneSelect
        for maneAccession in [mane.refseqTranscript, mane.refseqProtein, mane.ensemblTranscript, mane.ensemblProtein] {
            let (maneBase, maneVersion) = Self.split(maneAccession)
            if base == maneBase && (version == nil || version == maneVersion) { return .mane }
        }
        for alias in file.transcriptAliases where alias.accession.uppercased() == base {
            if alias.versions.isEmpty || version == nil || alias.versions.contains(version ?? "") {
                return .alias(alias)
            }
        }
        return .unknown
    }

    /// Splits `NM_203500.2` into (`NM_203500`, `2`).
    static func split(_ accession: String) -> (base: String, version: String?) {
        let upper = accession.uppercased()
        guard let dot = upper.lastIndex(of: ".") else { return (upper, nil) }
        let version = String(upper[upper.index(after: dot)...])
        guard !version.isEmpty, version.allSatisfy(\.isNumber) else { return (upper, nil) }
        return (String(upper[..<dot]), version)
    }
}

/// The relation of a report's transcript to the MANE transcript.
public enum TranscriptResolution: Hashable, Sendable {
    /// The report names the MANE transcript itself.
    case mane
    /// The report names another accession that maps to the MANE transcript.
    case alias(TranscriptAlias)
    /// The report names no transcript; the MANE transcript is assumed.
    case notGiven
    /// The accession is not known to map to the MANE transcript.
    case unknown
}

/// The gene file and its validated transcript models are stored; the models are not built from the file again.
extension GeneKnowledge: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        let file: GeneFile = try reader.read()
        let models: [TranscriptModel] = try reader.read()
        var byAssembly: [GenomeAssembly: TranscriptModel] = [:]
        for model in models {
            guard model.gene == file.symbol, byAssembly.updateValue(model, forKey: model.assembly) == nil else {
                throw reader.failure("gene \(file.symbol): transcript model of another gene or a second one on \(model.assembly.rawValue)")
            }
        }
        self.init(file: file, transcriptModels: byAssembly)
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.write(file, transcriptModels.values.sorted { $0.assembly.rawValue < $1.assembly.rawValue })
    }
}
