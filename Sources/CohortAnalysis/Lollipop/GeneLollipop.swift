import Knowledgebase

/// Mutation calls per protein residue of one gene (the C-CAT paper's Figure 1), with the knowledgebase
/// features to draw beside them.
public struct GeneLollipop: Sendable, Codable, Equatable {
    /// The gene.
    public var gene: String
    /// The protein length in residues (0 when the knowledgebase has no protein for the gene).
    public var proteinLength: Int
    /// One entry per residue with at least one call, ascending.
    public var residues: [ResidueCount]
    /// Calls that could not be placed on the protein (uninterpretable, or no change given), by change.
    public var unplaced: [ChangeCount]
    /// Verified motifs, exon ranges and 3D hotspot clusters of the gene.
    public var features: [LollipopFeature]

    /// The number of placed calls.
    public var placedCalls: Int { residues.reduce(0) { $0 + $1.calls } }
    /// The number of calls that could not be placed.
    public var unplacedCalls: Int { unplaced.reduce(0) { $0 + $1.count } }

    /// The feature types drawn: motifs, exon protein ranges and 3D clusters.
    public static let drawnFeatureTypes: Set = ["motif", "exon_protein_range", "hotspot_cluster"]

    /// Counts the calls of gene number `geneIndex` of each patient.
    public init(patients: [PatientAlterations], geneIndex: Int, gene: String, knowledgebase: Knowledgebase) {
        var byResidue: [Int: ResidueAccumulator] = [:]
        var unplacedCounts: [String: Int] = [:]
        for patient in patients where patient.genes[geneIndex].altered {
            for call in patient.genes[geneIndex].calls {
                guard let residue = call.change.residue else {
                    unplacedCounts[call.change.source.isEmpty ? "(no change given)" : call.change.source, default: 0] += 1
                    continue
                }
                byResidue[residue, default: ResidueAccumulator()].add(call.change, patientRow: patient.row)
            }
        }
        let record = knowledgebase.gene(gene)
        self.gene = gene
        proteinLength = record?.proteinLength ?? 0
        residues = byResidue.keys.sorted().map { residue in
            byResidue[residue, default: ResidueAccumulator()].count(residue: residue)
        }
        unplaced = ChangeCount.sorted(unplacedCounts)
        features = knowledgebase.features
            .filter { $0.gene == record?.symbol && $0.isVerified && Self.drawnFeatureTypes.contains($0.type) }
            .sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
            .map { LollipopFeature(id: $0.id, type: $0.type, start: $0.start, end: $0.end, label: $0.label.en) }
    }
}

/// The calls at one residue.
public struct ResidueCount: Sendable, Codable, Equatable {
    /// The residue number.
    public var residue: Int
    /// The reference amino acid, when known.
    public var reference: String?
    /// Calls at the residue (a patient with two calls here counts twice).
    public var calls: Int
    /// Patients with at least one call here.
    public var patients: Int
    /// Calls per normalised protein change, most frequent first.
    public var changes: [ChangeCount]
    /// The classes of the calls.
    public var classes: [AlterationClass]
}

/// A change and how often it was called.
public struct ChangeCount: Sendable, Codable, Equatable {
    /// The normalised change (`p.E79K`), or the text as written when it could not be normalised.
    public var change: String
    /// The number of calls.
    public var count: Int

    /// Creates a count.
    public init(change: String, count: Int) {
        self.change = change
        self.count = count
    }

    /// Most frequent first, then by change text.
    static func sorted(_ counts: [String: Int]) -> [ChangeCount] {
        counts.map { ChangeCount(change: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.change) < ($0.count, $1.change) }
    }
}

/// A knowledgebase feature as drawn on the protein.
public struct LollipopFeature: Sendable, Codable, Equatable {
    /// The feature id (`DLG`, `ETGE`, `EXON2`, `BTB_3D_CLUSTER`).
    public var id: String
    /// `motif`, `exon_protein_range` or `hotspot_cluster`.
    public var type: String
    /// First residue.
    public var start: Int
    /// Last residue.
    public var end: Int
    /// The English label.
    public var label: String
}

/// Collects the calls at one residue.
private struct ResidueAccumulator {
    var reference: String?
    var calls = 0
    var patientRows = Set<Int>()
    var changes: [String: Int] = [:]
    var classes = Set<AlterationClass>()

    mutating func add(_ change: ClassifiedChange, patientRow: Int) {
        reference = reference ?? change.referenceResidue
        calls += 1
        patientRows.insert(patientRow)
        changes[change.proteinChange ?? change.source, default: 0] += 1
        classes.formUnion(change.classes)
    }

    func count(residue: Int) -> ResidueCount {
        ResidueCount(
            residue: residue, reference: reference, calls: calls, patients: patientRows.count,
            changes: ChangeCount.sorted(changes), classes: classes.sorted())
    }
}
