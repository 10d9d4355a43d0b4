import Foundation
import Knowledgebase
import KnowledgeLookup
import Normalization
import RulesEngine

/// The loaded knowledgebase and rule set, ready to annotate any number of reports.
public struct AnnotationResources: Sendable {
    public let knowledgebase: Knowledgebase
    public let ruleSet: RuleSet

    public init(knowledgebase: Knowledgebase, ruleSet: RuleSet) {
        self.knowledgebase = knowledgebase
        self.ruleSet = ruleSet
    }

    /// Loads and validates the knowledgebase and the rules.
    public static func load(knowledgebase knowledgebaseDirectory: URL, rules rulesDirectory: URL) throws(AnnotatorError) -> AnnotationResources {
        let knowledgebase: Knowledgebase
        do {
            knowledgebase = try KnowledgebaseLoader.load(from: knowledgebaseDirectory)
        } catch {
            throw .knowledgebase(error)
        }
        do {
            return AnnotationResources(knowledgebase: knowledgebase, ruleSet: try RuleSetLoader.load(from: rulesDirectory, knowledgebase: knowledgebase))
        } catch {
            throw .rules(error)
        }
    }
}
