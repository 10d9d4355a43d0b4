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
}

/// A statement that must appear: its evidence id and, optionally, direction, therapy class, tumour-type match
/// and AMP/ASCO/CAP level.
public struct ExpectedStatement: Codable, Hashable, Sendable {
    public var evidence: String
    public var direction: String?
    public var therapyClass: String?
    public var tumorTypeMatch: String?
    public var ampLevel: String?
}
