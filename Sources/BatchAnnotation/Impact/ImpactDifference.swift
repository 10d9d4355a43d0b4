import Interpretation
import StrictDecoding

/// One way a re-run interpretation differs from the stored one.
public struct ImpactDifference: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// An alteration's oncogenicity, effect or classification class changed.
        case classification
        /// A statement's evidence level or tier changed.
        case tier
        case alterationAdded = "alteration added"
        case alterationRemoved = "alteration removed"
        case statementAdded = "statement added"
        case statementRemoved = "statement removed"
        /// The same rule and evidence, in other words.
        case statementReworded = "statement reworded"
        /// The cited evidence (citations, populations, effects, texts of the evidence list).
        case evidence
        case summary
        /// Tool, knowledgebase or rules versions and hashes.
        case provenance
        /// Anything else (rules fired, classification codes, warnings, other alterations…), by JSON location.
        case other
    }

    public var kind: Kind
    /// The alteration it concerns (`NFE2L2 p.E79K`), if any.
    public var alteration: String?
    /// What changed: a field (`oncogenicity`), a statement (`prognosis RULE.ID [evidence-id]`) or a JSON location.
    public var location: String
    /// The stored value, as canonical JSON text; nil when absent.
    public var old: String?
    /// The re-run's value; nil when absent.
    public var new: String?

    public init(kind: Kind, alteration: String? = nil, location: String, old: String? = nil, new: String? = nil) {
        self.kind = kind
        self.alteration = alteration
        self.location = location
        self.old = old
        self.new = new
    }

    init(kind: Kind, alteration: String? = nil, location: String, old: JSONValue?, new: JSONValue?) {
        self.init(kind: kind, alteration: alteration, location: location, old: old.map(Self.text), new: new.map(Self.text))
    }

    /// A string as itself; anything else as canonical JSON.
    static func text(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return JSONSerializer.canonical(value)
    }
}
