/// `knowledgebase/genes/<SYMBOL>.json`: one gene's identity, transcripts, sequences and exon models.
public struct GeneFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var symbol: String
    public var name: String
    public var hgnc: String
    public var ncbiGeneId: Int
    public var uniprot: String
    public var role: GeneRole
    public var maneSelect: ManeSelect
    public var transcriptAliases: [TranscriptAlias]
    public var cds: SequenceRecord
    public var protein: ProteinRecord
    /// Exon models keyed by build name (`GRCh37`, `GRCh38`).
    public var models: [String: ExonModel]
}

/// The gene's role in cancer (oncogene or tumour suppressor) and its source.
public struct GeneRole: Codable, Hashable, Sendable {
    /// `oncogene` or `tumor_suppressor`.
    public var value: String
    public var statement: String
    public var source: SourceReference
}

/// The MANE Select transcript and protein of a gene.
public struct ManeSelect: Codable, Hashable, Sendable {
    public var refseqTranscript: String
    public var refseqProtein: String
    public var ensemblTranscript: String
    public var ensemblProtein: String
    public var source: SourceReference
}

/// Another accession that reports use for the gene, and how it maps to the MANE transcript.
public struct TranscriptAlias: Codable, Hashable, Sendable {
    /// The accession without version (`NM_012289`, `ENST00000171111`).
    public var accession: String
    /// The versions this mapping covers; empty means any version (and none).
    public var versions: [String]
    /// Why the mapping holds: `shared_ccds`, `same_transcript_other_version`, `ensembl_mane_equivalent`, `same_uniprot_protein`.
    public var basis: String
    /// `verified` or `assumed`.
    public var cdsIdentical: String
    /// `identical`, or a description of how residue numbering differs.
    public var numbering: String
    public var note: String
    public var source: SourceReference
}

/// A nucleotide sequence with its status.
public struct SequenceRecord: Codable, Hashable, Sendable {
    public var sequence: String
    public var status: SequenceStatus
    public var note: String
    public var source: SourceReference
}

/// Whether a sequence was copied from a cited source or reconstructed from partial sources.
public enum SequenceStatus: String, Codable, Hashable, Sendable {
    case sourced
    case reconstructed
}

/// A protein sequence, its status and the residues whose identity is not confirmed.
public struct ProteinRecord: Codable, Hashable, Sendable {
    public var sequence: String
    public var status: SequenceStatus
    public var unconfirmedResidues: [UnconfirmedResidues]
    public var note: String
    public var source: SourceReference
}

/// A residue range whose reference amino acid is not confirmed by an independent source.
public struct UnconfirmedResidues: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var reason: String

    /// True when the range shares a residue with `start...end`.
    public func overlaps(_ range: ClosedRange<Int>) -> Bool {
        (self.start...self.end).overlaps(range)
    }
}

/// A gene's coding exons on one genome build.
public struct ExonModel: Codable, Hashable, Sendable {
    public var chromosome: String
    /// `+` or `-`.
    public var strand: String
    public var codingExons: [CodingExonRecord]
    public var source: SourceReference
}

/// The coding part of one exon: genomic span (1-based, inclusive) and the c. numbers of its first and last coding base.
public struct CodingExonRecord: Codable, Hashable, Sendable {
    public var exon: Int
    public var start: Int
    public var end: Int
    public var cFirst: Int
    public var cLast: Int
}
