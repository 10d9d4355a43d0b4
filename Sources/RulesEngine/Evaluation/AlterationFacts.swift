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
public struct ReportContext: Hashable, Sendable {
    /// The OncoTree code and its ancestors, nearest first; empty when the tumour type is unknown.
    public var tumorLineage: [String]
    /// Tumour-type groups the patient's tumour belongs to (e.g. `squamous_cell_carcinoma`).
    public var tumorGroups: Set<String>
    /// Every other alteration in the report (other genes, and the other KEAP1/NFE2L2 alterations).
    public var coAlterations: [CoAlteration]

    public init(tumorLineage: [String], tumorGroups: Set<String>, coAlterations: [CoAlteration]) {
        self.tumorLineage = tumorLineage
        self.tumorGroups = tumorGroups
        self.coAlterations = coAlterations
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
