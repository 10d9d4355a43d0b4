import Knowledgebase

/// The oncogenicity class of one alteration by a classification standard, with every code met (and the facts
/// behind it), every code not met (and why), and every code that cannot be assessed with the data held.
public struct OncogenicityClassification: Hashable, Sendable {
    public var frameworkID: String
    public var frameworkName: LocalizedText
    public var citation: String
    public var locator: String
    public var met: [MetCode]
    /// Codes whose conditions do not hold, or that are met but not counted because another code excludes them.
    public var notMet: [UnmetCode]
    public var notAssessable: [UnmetCode]
    public var total: Int
    public var `class`: String

    /// The codes met, as `OS2 (+4), OS3 (+4)`.
    public var codeList: String {
        met.map { "\($0.code) (\($0.points > 0 ? "+" : "")\($0.points))" }.joined(separator: ", ")
    }
}

/// An evidence code that is met, at which strength, and on which facts.
public struct MetCode: Hashable, Sendable {
    public var code: String
    public var direction: String
    public var strength: String
    public var points: Int
    public var criterion: LocalizedText
    /// Why this strength (the application that held).
    public var because: LocalizedText
    /// The facts that made the conditions hold, in words (dataset and counts, study and result, residue, …).
    public var facts: [String]
    /// The standard's locator and the sources of the facts (knowledgebase citation ids with locators).
    public var sources: [CriterionSource]
}

/// An evidence code that is not met or cannot be assessed, and why.
public struct UnmetCode: Hashable, Sendable {
    public var code: String
    public var points: Int
    public var reason: LocalizedText
}
