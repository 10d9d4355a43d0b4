/// The facts about one alteration that rule conditions test.
public struct AlterationFacts: Hashable, Sendable {
    public var gene: String
    /// `short_variant`, `copy_number`, `rearrangement`.
    public var kind: String
    /// Sequence Ontology terms that apply.
    public var consequences: Set<String>
    /// Knowledgebase feature ids the alteration overlaps.
    public var featureIDs: Set<String>
    public var isHotspot: Bool
    public var proteinRange: ClosedRange<Int>?
    public var exonsLost: Set<Int>
    /// `amplification`, `deletion`, `loss`, `gain` for copy-number alterations.
    public var copyNumberKind: String?
    public var inFrame: Bool?
    /// `interpreted` or `uninterpretable`.
    public var disposition: String
    /// Set by the engine after the `oncogenicity` rules have run.
    public var oncogenicity: String?
    /// Set by the engine after the `oncogenicity` rules have run.
    public var effect: String?
    /// The evidence codes the classification found met, with the strength each was met at (set by the engine).
    public var metCodes: [String: String] = [:]

    public init(
        gene: String, kind: String, consequences: Set<String>, featureIDs: Set<String>, isHotspot: Bool,
        proteinRange: ClosedRange<Int>?, exonsLost: Set<Int>, copyNumberKind: String?, inFrame: Bool?, disposition: String
    ) {
        self.gene = gene
        self.kind = kind
        self.consequences = consequences
        self.featureIDs = featureIDs
        self.isHotspot = isHotspot
        self.proteinRange = proteinRange
        self.exonsLost = exonsLost
        self.copyNumberKind = copyNumberKind
        self.inFrame = inFrame
        self.disposition = disposition
    }
}

/// The report around an alteration: the patient's tumour type and the other alterations.
///
/// The report's alterations are held once, with an index by gene, and shared (copy-on-write) by the contexts
/// of all its alterations, each excluding its own: building the contexts of a report and asking them for
/// co-alterations of a gene cost time in proportion to the report, not to its square.
public struct ReportContext: Hashable, Sendable {
    /// The OncoTree code and its ancestors, nearest first; empty when the tumour type is unknown.
    public var tumorLineage: [String]
    /// Tumour-type groups the patient's tumour belongs to (e.g. `squamous_cell_carcinoma`).
    public var tumorGroups: Set<String>
    /// Every alteration of the report, indexed by gene.
    private let index: Index
    /// The position of the alteration this context is for, which is not its own co-alteration.
    private let excluded: Int?

    /// A context whose co-alterations are `coAlterations`.
    public init(tumorLineage: [String], tumorGroups: Set<String>, coAlterations: [CoAlteration]) {
        self.init(tumorLineage: tumorLineage, tumorGroups: tumorGroups, index: Index(coAlterations), excluding: nil)
    }

    /// The context of the alteration at `position` of the report's alterations, indexed once with ``Index``.
    public init(tumorLineage: [String], tumorGroups: Set<String>, index: Index, excluding position: Int?) {
        self.tumorLineage = tumorLineage
        self.tumorGroups = tumorGroups
        self.index = index
        excluded = position
    }

    /// A report's alterations with their positions by gene (upper-case symbol), built once per report.
    public struct Index: Hashable, Sendable {
        public let alterations: [CoAlteration]
        private let positionsByGene: [String: [Int]]

        public init(_ alterations: [CoAlteration]) {
            self.alterations = alterations
            var positions: [String: [Int]] = [:]
            for (position, alteration) in alterations.enumerated() { positions[alteration.gene.uppercased(), default: []].append(position) }
            positionsByGene = positions
        }

        /// The first alteration in report order of one of `genes` (any letter case), other than the one at
        /// `excluded`, that satisfies `predicate`; only the alterations of those genes are looked at.
        public func first(ofGenes genes: [String], excluding excluded: Int? = nil, where predicate: (CoAlteration) -> Bool) -> CoAlteration? {
            var found: Int?
            for gene in Set(genes.map { $0.uppercased() }) {
                guard let position = positionsByGene[gene]?.first(where: { $0 != excluded && predicate(alterations[$0]) }) else { continue }
                if found.map({ position < $0 }) ?? true { found = position }
            }
            return found.map { alterations[$0] }
        }
    }

    /// The first other alteration (another gene's, or another KEAP1/NFE2L2 alteration) of one of `genes` that
    /// satisfies `predicate`.
    public func coAlteration(ofGenes genes: [String], where predicate: (CoAlteration) -> Bool) -> CoAlteration? {
        index.first(ofGenes: genes, excluding: excluded, where: predicate)
    }

    /// The patient's OncoTree code, if known.
    public var tumorCode: String? { tumorLineage.first }
}

/// Another alteration in the same report, as rules see it.
public struct CoAlteration: Hashable, Sendable {
    public var gene: String
    /// `short_variant`, `copy_number`, `rearrangement`.
    public var kind: String
    /// One-letter protein change with `p.` (`p.G12C`) when the report gives a parseable one.
    public var proteinShort: String?
    /// True when the alteration is a loss of function as `ruleset.yaml` (`lossOfFunction`) defines it.
    public var isLossOfFunction: Bool
    /// The text as the report gave it.
    public var source: String

    public init(gene: String, kind: String, proteinShort: String?, isLossOfFunction: Bool, source: String) {
        self.gene = gene
        self.kind = kind
        self.proteinShort = proteinShort
        self.isLossOfFunction = isLossOfFunction
        self.source = source
    }
}

extension CoAlteration {
    /// True when this alteration is in one of `genes` and, where given, of one of `kinds`, with one of the
    /// one-letter `proteins`, and a loss of function.
    public func matches(genes: [String], kinds: [String]?, proteins: [String]?, lossOfFunction: Bool?) -> Bool {
        guard genes.contains(where: { $0.uppercased() == gene.uppercased() }) else { return false }
        if let kinds, !kinds.contains(kind) { return false }
        if let proteins {
            guard let proteinShort, proteins.contains(proteinShort) else { return false }
        }
        return lossOfFunction != true || isLossOfFunction
    }
}
