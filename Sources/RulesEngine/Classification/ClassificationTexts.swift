import Knowledgebase

/// The wording of the classification's reasons in every output language, read from the knowledgebase's
/// `texts.yaml` (keys `classification.*`), so that a curator can change it without touching Swift. The rule set's
/// loader refuses a knowledgebase that lacks one of ``requiredKeys``. The templates are looked up and split once,
/// when the classifier is made, not for each reason written.
struct ClassificationTexts: Sendable {
    /// Why an evidence code is not met (`classification.notMet.<case>`).
    enum Reason: String, CaseIterable, Sendable {
        case excludedConditionHolds, appliesToGenesOnly, changeDoesNotMatch, failed, noneOf
        case appliesToRolesOnly, appliesToRolesOnlyNoRole, notNullChange, otherNullChange
        case decayNoStop, decayDistanceUnknown, decayPredicted, decayNotPredicted
        case noRemovedResidues, outsideFeatures, noRemovedFraction, removedFraction, notStartLoss, notSkipping
        case noFunctionalStudy, otherFunctionalEffect, noHotspotRow, hotspotChangeCount, hotspotPositionCount
        case residueNotAssessed, noOtherSubstitution, otherSubstitutions, notCountedWith, noCondition
    }

    /// A fact that is also a reason (`classification.fact.<case>`); the English text is the fact's.
    enum Fact: String, CaseIterable, Sendable {
        case stopInLastExon, stopUpstreamOfJunction, atgDownstream, noAtgDownstream, skippingInFrame, skippingOutOfFrame
    }

    private static let reasonPrefix = "classification.notMet."
    private static let factPrefix = "classification.fact."
    private static let reasonSeparatorKey = "classification.reasonSeparator"
    private static let roleSeparatorKey = "classification.roleSeparator"
    private static let thisChangeKey = "classification.thisChange"
    private static let atLeastKey = "classification.bound.atLeast"
    private static let belowKey = "classification.bound.below"
    private static let bothBoundsKey = "classification.bound.both"
    /// Gene roles (`classification.role.<role>`) are optional: a role without a text is written as it is.
    private static let rolePrefix = "classification.role."

    /// Every key the reasons need.
    static let requiredKeys: [String] = Reason.allCases.map { reasonPrefix + $0.rawValue }
        + Fact.allCases.map { factPrefix + $0.rawValue }
        + [reasonSeparatorKey, roleSeparatorKey, thisChangeKey, atLeastKey, belowKey, bothBoundsKey]

    /// A template in each output language.
    private struct Templates: Sendable {
        let en: TextTemplate
        let ja: TextTemplate

        init(_ text: LocalizedText) {
            en = TextTemplate(text.en)
            ja = TextTemplate(text.ja)
        }
    }

    private let reasons: [Reason: Templates]
    private let facts: [Fact: Templates]
    private let roleNames: [String: LocalizedText]
    private let reasonSeparator: LocalizedText
    private let roleSeparator: LocalizedText
    private let atLeast: Templates
    private let below: Templates
    private let bothBounds: Templates
    /// "this change", for a change without a protein description.
    let thisChange: LocalizedText

    init(catalog: TextCatalog) {
        // A missing key reads as the key itself, as in `TextCatalog` (the loader refuses such a knowledgebase).
        func text(_ key: String) -> LocalizedText { catalog.texts[key] ?? LocalizedText(en: key, ja: key) }
        reasons = Dictionary(uniqueKeysWithValues: Reason.allCases.map { ($0, Templates(text(Self.reasonPrefix + $0.rawValue))) })
        facts = Dictionary(uniqueKeysWithValues: Fact.allCases.map { ($0, Templates(text(Self.factPrefix + $0.rawValue))) })
        roleNames = Dictionary(uniqueKeysWithValues: catalog.texts.compactMap { key, text in
            key.hasPrefix(Self.rolePrefix) ? (String(key.dropFirst(Self.rolePrefix.count)), text) : nil
        })
        reasonSeparator = text(Self.reasonSeparatorKey)
        roleSeparator = text(Self.roleSeparatorKey)
        thisChange = text(Self.thisChangeKey)
        atLeast = Templates(text(Self.atLeastKey))
        below = Templates(text(Self.belowKey))
        bothBounds = Templates(text(Self.bothBoundsKey))
    }

    func reason(_ reason: Reason, _ values: [String: String] = [:]) -> LocalizedText {
        Self.fill(reasons[reason], values)
    }

    /// A reason whose values are written differently in each language.
    func reason(_ reason: Reason, localized values: [String: LocalizedText]) -> LocalizedText {
        Self.fill(reasons[reason], localized: values)
    }

    func fact(_ fact: Fact, _ values: [String: String] = [:]) -> LocalizedText {
        Self.fill(facts[fact], values)
    }

    /// Reasons one after another, with each language's separator.
    func joinedReasons(_ reasons: [LocalizedText]) -> LocalizedText {
        Self.joined(reasons, separator: reasonSeparator)
    }

    /// Gene roles as alternatives ("a tumour suppressor or an oncogene").
    func roles(_ roles: [String]) -> LocalizedText {
        Self.joined(roles.map(role), separator: roleSeparator)
    }

    /// A gene role as a reason names it; a role the texts do not name is written with its words (and, in English,
    /// an article).
    func role(_ role: String) -> LocalizedText {
        if let name = roleNames[role] { return name }
        let words = role.replacingOccurrences(of: "_", with: " ")
        let article = words.first.map { "aeiou".contains($0) } == true ? "an " : "a "
        return LocalizedText(en: article + words, ja: role)
    }

    /// How a bound reads ("at least 10", "10 以上").
    func bound(_ bound: Bound) -> LocalizedText {
        let lower = bound.atLeast.map { Self.fill(atLeast, ["value": Bound.number($0)]) }
        let upper = bound.below.map { Self.fill(below, ["value": Bound.number($0)]) }
        guard let lower, let upper else { return lower ?? upper ?? LocalizedText(en: "", ja: "") }
        return Self.fill(bothBounds, localized: ["atLeast": lower, "below": upper])
    }

    private static func fill(_ templates: Templates?, _ values: [String: String]) -> LocalizedText {
        guard let templates else { return LocalizedText(en: "", ja: "") }
        return LocalizedText(en: templates.en.filled(values), ja: templates.ja.filled(values))
    }

    private static func fill(_ templates: Templates?, localized values: [String: LocalizedText]) -> LocalizedText {
        guard let templates else { return LocalizedText(en: "", ja: "") }
        return LocalizedText(en: templates.en.filled(values.mapValues(\.en)), ja: templates.ja.filled(values.mapValues(\.ja)))
    }

    private static func joined(_ texts: [LocalizedText], separator: LocalizedText) -> LocalizedText {
        LocalizedText(en: texts.map(\.en).joined(separator: separator.en), ja: texts.map(\.ja).joined(separator: separator.ja))
    }
}
