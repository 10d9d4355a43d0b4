/// `rules/tests/*.yaml`: curator-written cases — an alteration, a tumour type and other alterations, and the
/// conclusions the rules must reach. Expected statements are written from the cited sources, which each case names.
public struct RuleTestFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var cases: [RuleTestCase]
}

/// One tumour-board scenario.
public struct RuleTestCase: Codable, Hashable, Sendable {
    public var name: String
    /// The sources the expected conclusions were written from.
    public var sources: [String]
    /// OncoTree code, or null for an unknown tumour type.
    public var tumorType: String?
    public var alteration: TestAlteration
    public var otherAlterations: [TestAlteration]?
    public var expect: TestExpectation

    public init(name: String, sources: [String], tumorType: String?, alteration: TestAlteration, otherAlterations: [TestAlteration]? = nil, expect: TestExpectation) {
        self.name = name
        self.sources = sources
        self.tumorType = tumorType
        self.alteration = alteration
        self.otherAlterations = otherAlterations
        self.expect = expect
    }
}

/// An alteration in a test case: a short variant (`hgvsp` and/or `hgvsc`), a copy-number change, or a rearrangement.
public struct TestAlteration: Codable, Hashable, Sendable {
    public var gene: String
    public var hgvsp: String?
    public var hgvsc: String?
    public var transcript: String?
    /// `amplification`, `deletion`, `loss`, `gain`.
    public var copyNumber: String?
    /// `exon_deletion`, `fusion`, `truncation`, `rearrangement`.
    public var rearrangement: String?
    public var exons: [Int]?

    public init(gene: String, hgvsp: String? = nil, hgvsc: String? = nil, transcript: String? = nil, copyNumber: String? = nil, rearrangement: String? = nil, exons: [Int]? = nil) {
        self.gene = gene
        self.hgvsp = hgvsp
        self.hgvsc = hgvsc
        self.transcript = transcript
        self.copyNumber = copyNumber
        self.rearrangement = rearrangement
        self.exons = exons
    }
}

/// What the rules must conclude. Lists are "must contain"; `absent` lists "must not contain".
public struct TestExpectation: Codable, Hashable, Sendable {
    public var disposition: String?
    public var reason: String?
    public var oncogenicity: String?
    public var effect: String?
    public var hotspot: Bool?
    /// The region (`DLG`, `ETGE`, …); write `none` for no region.
    public var region: String?
    public var prognosis: [ExpectedStatement]?
    public var therapy: [ExpectedStatement]?
    public var frequencies: [String]?
    public var trials: [String]?
    /// Evidence ids that must not appear in any statement.
    public var absent: [String]?
    public var fired: [String]?
    public var notFired: [String]?
    /// The alteration's AMP/ASCO/CAP tier (`I`-`IV`).
    public var tier: String?
    /// Evidence ids listed as not applicable because the study population excludes the patient.
    public var notApplicable: [String]?
    /// True when the alteration must carry no prognosis, therapy or trial statement (statement policy).
    public var statementsWithheld: Bool?
    /// True when the summary must name a knowledge gap; false when it must not.
    public var knowledgeGap: Bool?

    public init(
        disposition: String? = nil, reason: String? = nil, oncogenicity: String? = nil, effect: String? = nil, hotspot: Bool? = nil,
        region: String? = nil, prognosis: [ExpectedStatement]? = nil, therapy: [ExpectedStatement]? = nil, frequencies: [String]? = nil,
        trials: [String]? = nil, absent: [String]? = nil, fired: [String]? = nil, notFired: [String]? = nil
    ) {
        self.disposition = disposition
        self.reason = reason
        self.oncogenicity = oncogenicity
        self.effect = effect
        self.hotspot = hotspot
        self.region = region
        self.prognosis = prognosis
        self.therapy = therapy
        self.frequencies = frequencies
        self.trials = trials
        self.absent = absent
        self.fired = fired
        self.notFired = notFired
    }
}

/// A statement that must appear: its evidence id and, optionally, direction, therapy class, tumour-type match
/// and AMP/ASCO/CAP level.
public struct ExpectedStatement: Codable, Hashable, Sendable {
    public var evidence: String
    public var direction: String?
    public var therapyClass: String?
    public var tumorTypeMatch: String?
    public var ampLevel: String?

    public init(evidence: String, direction: String? = nil, therapyClass: String? = nil, tumorTypeMatch: String? = nil, ampLevel: String? = nil) {
        self.evidence = evidence
        self.direction = direction
        self.therapyClass = therapyClass
        self.tumorTypeMatch = tumorTypeMatch
        self.ampLevel = ampLevel
    }
}
