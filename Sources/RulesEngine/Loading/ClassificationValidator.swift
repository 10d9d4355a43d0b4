import Knowledgebase

/// Checks a classification file against the knowledgebase and itself: known citations (verified), hotspot
/// datasets and features; the texts its reasons are written with; vocabularies; unique codes whose exclusions
/// name codes of the file; classes that are exactly the oncogenicity vocabulary, with point ranges that do not
/// overlap and leave no gap.
struct ClassificationValidator {
    let knowledgebase: Knowledgebase
    let file: String
    let criteria: ClassificationCriteria

    private func fail(_ location: String, _ problem: String) -> RuleSetError {
        .invalidRule(file: file, rule: location, problem: problem)
    }

    func validate() throws(RuleSetError) {
        try checkSource(CriterionSource(citation: criteria.framework.citation, locator: criteria.framework.locator), "framework")
        try checkSource(criteria.nonsenseMediatedDecay.source, "nonsenseMediatedDecay")
        for dataset in criteria.hotspotDatasets where knowledgebase.hotspots.datasets[dataset]?.verified != true {
            throw fail("hotspotDatasets", "'\(dataset)' is not a verified Cancer Hotspots dataset of the knowledgebase")
        }
        let rowTypes = Set(knowledgebase.hotspots.matching.keys)
        for type in criteria.hotspotRowTypes where !rowTypes.contains(type) {
            throw fail("hotspotRowTypes", "'\(type)' is not a Cancer Hotspots row type of the knowledgebase (\(rowTypes.sorted().joined(separator: ", ")))")
        }
        try validateClasses()
        for key in ClassificationTexts.requiredKeys where !knowledgebase.texts.has(key) {
            throw fail("texts", "the knowledgebase's texts.yaml has no text '\(key)', which the classification's reasons are written with")
        }
        let codes = criteria.codes.map(\.code)
        guard Set(codes).count == codes.count else { throw fail("codes", "codes must be unique") }
        for code in criteria.codes {
            let location = "code \(code.code)"
            try checkSource(code.source, location)
            guard RuleVocabulary.strengths.contains(code.strength) else { throw fail(location, "unknown strength '\(code.strength)'") }
            guard RuleVocabulary.codeDirections.contains(code.direction) else { throw fail(location, "unknown direction '\(code.direction)'") }
            guard (code.direction == "oncogenic") == (code.points > 0) else {
                throw fail(location, "oncogenic codes score positive points and benign codes negative ones")
            }
            for excluded in code.excludes ?? [] where !codes.contains(excluded) {
                throw fail(location, "excludes unknown code '\(excluded)'")
            }
            guard (code.notAssessable == nil) != (code.met == nil) else {
                throw fail(location, "give either `met` (how the code is met) or `notAssessable` (why it cannot be), not both or neither")
            }
            for (index, application) in (code.met ?? []).enumerated() {
                let path = "\(location) met[\(index)]"
                if let strength = application.strength, !RuleVocabulary.strengths.contains(strength) {
                    throw fail(path, "unknown strength '\(strength)'")
                }
                if let points = application.points, (code.direction == "oncogenic") != (points > 0) || abs(points) > abs(code.points) {
                    throw fail(path, "points must keep the code's sign and not exceed its full strength (\(code.points))")
                }
                if let source = application.source { try checkSource(source, path) }
                try validate(application.when, path: "\(path).when")
            }
        }
    }

    private func validateClasses() throws(RuleSetError) {
        let names = criteria.classes.map(\.class)
        guard Set(names) == RuleVocabulary.classificationClasses, names.count == RuleVocabulary.classificationClasses.count else {
            throw fail("classes", "must define exactly \(RuleVocabulary.classificationClasses.sorted().joined(separator: ", "))")
        }
        let sorted = criteria.classes.sorted { ($0.min ?? Int.min) < ($1.min ?? Int.min) }
        guard sorted.first?.min == nil, sorted.last?.max == nil else { throw fail("classes", "the lowest class needs no min and the highest no max") }
        for (lower, upper) in zip(sorted, sorted.dropFirst()) {
            guard let top = lower.max, let bottom = upper.min, bottom == top + 1 else {
                throw fail("classes", "\(lower.class) and \(upper.class) must meet without gap or overlap")
            }
        }
        for boundary in criteria.classes { try checkSource(boundary.source, "class \(boundary.class)") }
    }

    private func checkSource(_ source: CriterionSource, _ location: String) throws(RuleSetError) {
        guard let citation = knowledgebase.evidence.citations[source.citation] else {
            throw fail(location, "unknown citation id '\(source.citation)'")
        }
        guard citation.verified else { throw fail(location, "citation '\(source.citation)' is not verified") }
        guard !source.locator.isEmpty else { throw fail(location, "a source needs a locator (table, row, section)") }
    }

    private func validate(_ condition: CriterionCondition, path: String) throws(RuleSetError) {
        func check(_ values: [String]?, _ allowed: Set<String>, _ key: String) throws(RuleSetError) {
            for value in values ?? [] where !allowed.contains(value) {
                throw fail(path, "\(key): unknown value '\(value)'; expected one of \(allowed.sorted().joined(separator: ", "))")
            }
        }
        try check(condition.geneRole?.values, RuleVocabulary.geneRoles, "geneRole")
        try check(condition.nullVariant?.values, RuleVocabulary.nullMechanisms, "nullVariant")
        try check(condition.decay.map { [$0] }, ["predicted", "escapes"], "decay")
        try check(condition.functional?.values, FunctionalResultRecord.effects, "functional")
        try check(condition.residueClassifiedAs?.values, RuleVocabulary.classificationClasses, "residueClassifiedAs")
        for feature in condition.removesFeature?.values ?? [] where knowledgebase.feature(feature) == nil {
            throw fail(path, "removesFeature: unknown knowledgebase feature '\(feature)'")
        }
        for bound in [condition.removedFraction, condition.hotspotPositionCount, condition.hotspotChangeCount].compactMap({ $0 })
        where bound.atLeast == nil && bound.below == nil {
            throw fail(path, "a bound needs atLeast and/or below")
        }
        if let alteration = condition.alteration {
            if alteration.mentionsDecision || alteration.evidenceCode != nil {
                throw fail(path, "alteration: the classification runs before the rules, so it cannot test their decisions or its own codes")
            }
            try RuleValidator(knowledgebase: knowledgebase, file: file, subject: path).validate(alteration, path: "alteration")
        }
        for (index, nested) in (condition.any ?? []).enumerated() { try validate(nested, path: "\(path).any[\(index)]") }
        for (index, nested) in (condition.not?.values ?? []).enumerated() { try validate(nested, path: "\(path).not[\(index)]") }
    }
}
