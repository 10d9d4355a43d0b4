import Knowledgebase
import KnowledgeLookup
import Normalization
import ReportModel
import RulesEngine
import StrictDecoding

/// The interpretation JSON contract (version 1.0): camelCase keys, sorted, no timestamps, so that identical
/// inputs give byte-identical output. Statements carry English (`statement`) and Japanese (`statementJa`).
public enum InterpretationJSON {
    /// The document as a JSON value.
    public static func document(_ interpretation: Interpretation) -> JSONValue {
        .object([
            "schemaVersion": .string(Interpretation.schemaVersion),
            "provenance": provenance(interpretation.provenance),
            "report": report(interpretation.report),
            "tumorType": tumorType(interpretation.tumorType),
            "alterations": .array(interpretation.alterations.map(alteration)),
            "otherAlterations": .array(interpretation.otherAlterations.map(other)),
            "biomarkers": biomarkers(interpretation.biomarkers),
            "evidence": .object(interpretation.evidence.mapValues(evidence)),
            "summary": .string(interpretation.summary.en),
            "summaryJa": .string(interpretation.summary.ja),
            "disclaimer": .string(interpretation.disclaimer.en),
            "disclaimerJa": .string(interpretation.disclaimer.ja),
            "warnings": .strings(interpretation.warnings),
        ])
    }

    /// The document as indented JSON text with a final newline.
    public static func text(_ interpretation: Interpretation) -> String {
        JSONSerializer.pretty(document(interpretation))
    }

    private static func provenance(_ value: Provenance) -> JSONValue {
        .object([
            "tool": .object(["name": .string(value.toolName), "version": .string(value.toolVersion)]),
            "knowledgebase": .object([
                "version": .string(value.knowledgebaseVersion), "sha256": .string(value.knowledgebaseSHA256),
                "oncotreeRelease": .string(value.oncotreeRelease),
            ]),
            "rules": .object(["name": .string(value.rulesName), "version": .string(value.rulesVersion), "sha256": .string(value.rulesSHA256)]),
            "input": .object([
                "sha256": .string(value.inputSHA256), "format": .string(value.inputFormat),
                "sample": .optional(value.inputSample), "build": .optional(value.inputBuild),
            ]),
            "overrides": value.overridesSHA256.map { .object(["sha256": .string($0)]) } ?? .null,
        ])
    }

    private static func report(_ header: ReportHeader) -> JSONValue {
        .object([
            "patientId": .optional(header.patientId), "specimenId": .optional(header.specimenId),
            "panel": .optional(header.panel), "reportDate": .optional(header.reportDate),
            "genomeBuild": .optional(header.genomeBuild),
        ])
    }

    private static func tumorType(_ value: ResolvedTumorType) -> JSONValue {
        .object([
            "oncotreeCode": .optional(value.oncotreeCode), "name": .optional(value.name),
            "matchedBy": .optional(value.matchedBy), "matchedText": .optional(value.matchedText),
            "lineage": .strings(value.lineage), "groups": .strings(value.groups), "histologyNeeded": .bool(value.histologyNeeded),
            "reported": .object(["oncotreeCode": .optional(value.reportedCode), "diagnosis": .optional(value.reportedDiagnosis)]),
        ])
    }

    private static func alteration(_ entry: AlterationInterpretation) -> JSONValue {
        let alteration = entry.annotated.alteration
        let outcome = entry.outcome
        var genomic: [String: JSONValue] = [:]
        for (build, change) in alteration.genomic {
            genomic[build.rawValue] = .object([
                "chromosome": .string(change.chromosome), "position": .int(change.position),
                "reference": .string(change.reference), "alternate": .string(change.alternate),
            ])
        }
        return .object([
            "gene": .string(alteration.gene),
            "kind": .string(alteration.kind.rawValue),
            "source": .string(alteration.source),
            "sourceLocation": .string(alteration.sourceLocation.path),
            "transcript": .optional(alteration.transcript),
            "reportedTranscript": .optional(alteration.reportedTranscript),
            "transcriptMapping": .optional(alteration.transcriptMapping),
            "hgvsc": .optional(alteration.hgvsc),
            "hgvsp": .optional(alteration.hgvsp),
            "hgvspShort": .optional(alteration.hgvspShort),
            "consequence": .optional(alteration.consequence),
            "consequences": .strings(alteration.consequences),
            "protein": alteration.proteinStart == nil ? .null : .object([
                "start": .optional(alteration.proteinStart), "end": .optional(alteration.proteinEnd),
                "reference": .optional(alteration.referenceResidues), "alternate": .optional(alteration.alternateResidues),
            ]),
            "genomic": .object(genomic),
            "copyNumber": alteration.copyNumber.map { .object(["type": .string($0.kind.rawValue), "copyNumber": .optional($0.copyNumber), "exons": .optional($0.exons)]) } ?? .null,
            "exonsLost": .array(alteration.exonsLost.map(JSONValue.int)),
            "vaf": .optional(alteration.vaf),
            "origin": .optional(entry.origin),
            "depth": .optional(alteration.depth),
            "disposition": .string(alteration.disposition.rawValue),
            "reason": .optional(alteration.reason),
            "reasonDetail": .optional(alteration.reasonDetail),
            "geneRole": .optional(entry.annotated.geneRole),
            "regions": .strings(entry.annotated.featureIDs),
            "hotspot": hotspot(entry.annotated.hotspot),
            "oncogenicity": .optional(outcome.oncogenicity?.value),
            "classification": outcome.classification.map(classification) ?? .null,
            "nullVariant": entry.annotated.nullVariant.map(nullVariant) ?? .null,
            "effect": .optional(outcome.effect?.value),
            "pathway": .optional(outcome.pathway?.en),
            "pathwayJa": .optional(outcome.pathway?.ja),
            "oncogenicityEvidence": .strings(outcome.supportingEvidence),
            "prognosis": .array(entry.prognosis.map(statement)),
            "therapyResistance": .array(entry.therapyResistance.map(statement)),
            "frequencies": .array(entry.frequencies.map(statement)),
            "trials": .array(entry.trials.map(statement)),
            "tier": entry.tier.map(tier) ?? .null,
            "statementsWithheld": .bool(outcome.statementsWithheld),
            "notApplicable": .array(entry.notApplicable.map { excluded in
                .object([
                    "kind": .string(excluded.kind), "statement": statement(excluded.statement),
                    "reasons": .strings(excluded.reasons.map(\.en)), "reasonsJa": .strings(excluded.reasons.map(\.ja)),
                ])
            }),
            "notes": .strings(entry.notes.map(\.en)), "notesJa": .strings(entry.notes.map(\.ja)),
            "knowledgeGaps": .strings(entry.gaps.map(\.en)), "knowledgeGapsJa": .strings(entry.gaps.map(\.ja)),
            "rules": .object([
                "fired": .array(outcome.fired.map { .object(["id": .string($0.id), "title": .string($0.title.en), "titleJa": .string($0.title.ja)]) }),
                "notFired": .array(outcome.notFired.map {
                    .object(["id": .string($0.id), "title": .string($0.title.en), "titleJa": .string($0.title.ja), "failedCondition": .string($0.failedCondition)])
                }),
                "decidedBy": .object(["oncogenicity": .optional(outcome.oncogenicity?.ruleID), "effect": .optional(outcome.effect?.ruleID)]),
            ]),
            "warnings": .strings(entry.warnings),
            "reviewerOverrides": .array(entry.overrides.map { override in
                .object([
                    "field": .string(override.field), "originalValue": .optional(override.originalValue),
                    "newValue": .string(override.newValue), "reviewer": .string(override.reviewer),
                    "reason": .string(override.reason), "date": .optional(override.date),
                ])
            }),
        ])
    }

    /// The evidence-code classification: codes met (points, strength, facts, sources), not met and not assessable.
    private static func classification(_ value: OncogenicityClassification) -> JSONValue {
        func source(_ source: CriterionSource) -> JSONValue {
            .object(["citation": .string(source.citation), "locator": .string(source.locator)])
        }
        func unmet(_ code: UnmetCode) -> JSONValue {
            .object(["code": .string(code.code), "points": .int(code.points), "reason": .string(code.reason.en), "reasonJa": .string(code.reason.ja)])
        }
        return .object([
            "framework": .object([
                "id": .string(value.frameworkID), "name": .string(value.frameworkName.en), "nameJa": .string(value.frameworkName.ja),
                "citation": .string(value.citation), "locator": .string(value.locator),
            ]),
            "codesMet": .array(value.met.map { code in
                .object([
                    "code": .string(code.code), "direction": .string(code.direction), "strength": .string(code.strength),
                    "points": .int(code.points), "criterion": .string(code.criterion.en), "criterionJa": .string(code.criterion.ja),
                    "because": .string(code.because.en), "becauseJa": .string(code.because.ja),
                    "facts": .strings(code.facts), "sources": .array(code.sources.map(source)),
                ])
            }),
            "codesNotMet": .array(value.notMet.map(unmet)),
            "codesNotAssessable": .array(value.notAssessable.map(unmet)),
            "total": .int(value.total),
            "class": .string(value.class),
        ])
    }

    private static func nullVariant(_ value: NullVariantAssessment) -> JSONValue {
        .object([
            "mechanism": .string(value.mechanism.rawValue), "stopCodon": .optional(value.stopCodon), "exonOfStop": .optional(value.exonOfStop),
            "lastExon": .optional(value.lastExon), "nucleotidesUpstreamOfLastJunction": .optional(value.nucleotidesUpstreamOfLastJunction),
            "affectedResidues": value.affectedResidues.map { .object(["start": .int($0.lowerBound), "end": .int($0.upperBound)]) } ?? .null,
            "affectedFeatures": .strings(value.affectedFeatures), "alternativeStartCodon": .optional(value.alternativeStartCodon),
            "skippedExon": .optional(value.skippedExon), "skippingInFrame": value.skippingInFrame.map(JSONValue.bool) ?? .null,
        ])
    }

    private static func hotspot(_ value: HotspotAnnotation) -> JSONValue {
        func match(_ match: HotspotMatch) -> JSONValue {
            .object([
                "dataset": .string(match.dataset), "citation": .string(match.citation), "pmid": .optional(match.pmid),
                "type": .string(match.type), "residue": .string(match.residue), "tumorCount": .optional(match.tumorCount),
                "variantCount": .optional(match.variantCount), "variantCounts": .object(match.variantCounts.mapValues(JSONValue.int)),
                "clusterId": .optional(match.clusterId),
            ])
        }
        return .object([
            "isHotspot": .bool(value.isHotspot), "region": .optional(value.region),
            "matches": .array(value.matches.map(match)), "unverifiedMatches": .array(value.unverifiedMatches.map(match)),
        ])
    }

    private static func statement(_ value: Statement) -> JSONValue {
        .object([
            "direction": .string(value.direction),
            "therapy": .optional(value.therapy?.en), "therapyJa": .optional(value.therapy?.ja),
            "therapyClass": .optional(value.therapyClass),
            "statement": .string(value.text.en), "statementJa": .string(value.text.ja),
            "evidence": .strings(value.evidence),
            "tumorTypeMatch": .string(value.tumorTypeMatch.rawValue),
            "rule": .string(value.ruleID),
            "levels": .object(Dictionary(uniqueKeysWithValues: value.levels.map { ($0.framework, level($0)) })),
        ])
    }

    private static func tier(_ value: AlterationTier) -> JSONValue {
        .object([
            "framework": .string(RuleVocabulary.ampFramework), "tier": .string(value.tier), "level": .optional(value.level),
            "basis": .string(value.basis.en), "basisJa": .string(value.basis.ja),
            "definition": .optional(value.definition?.en), "definitionJa": .optional(value.definition?.ja),
        ])
    }

    private static func level(_ value: AssignedLevel) -> JSONValue {
        .object([
            "level": .optional(value.level),
            "definition": .optional(value.definition?.en), "definitionJa": .optional(value.definition?.ja),
            "note": .optional(value.note?.en), "noteJa": .optional(value.note?.ja),
        ])
    }

    private static func other(_ value: OtherAlteration) -> JSONValue {
        .object([
            "gene": .string(value.gene), "kind": .string(value.kind), "source": .string(value.source),
            "sourceLocation": .string(value.sourceLocation), "vaf": .optional(value.vaf),
            "disposition": .string("not_in_scope"),
        ])
    }

    private static func biomarkers(_ value: Biomarkers) -> JSONValue {
        .object(["tmbPerMegabase": .optional(value.tmbPerMegabase), "msiStatus": .optional(value.msi?.rawValue)])
    }

    private static func evidence(_ value: CitedEvidence) -> JSONValue {
        let item = value.item
        let citation = value.citation
        return .object([
            "kind": .string(item.kind),
            "verified": .bool(item.verified && (citation?.verified ?? false)),
            "alteration": .string(item.alteration.en),
            "scope": .string(item.scope),
            "tumorTypes": .strings(item.tumorTypes),
            "tumorGroup": .optional(item.tumorGroup),
            "population": .string(item.population.en),
            "eligibility": item.eligibility.map(eligibility) ?? .null,
            "endpoint": .optional(item.endpoint),
            "direction": .string(item.direction),
            "studyType": .optional(item.studyType),
            "effects": .array(item.effects.map(effect)),
            "locator": .string(item.locator),
            "statement": .string(item.statement.en),
            "statementJa": .string(item.statement.ja),
            "citation": citation.map(self.citation) ?? .null,
        ])
    }

    private static func eligibility(_ value: PopulationEligibility) -> JSONValue {
        func criteria(_ list: [AlterationCriterion]?) -> JSONValue {
            .array((list ?? []).map { criterion in
                .object([
                    "genes": .strings(criterion.genes), "kinds": criterion.kinds.map(JSONValue.strings) ?? .null,
                    "proteins": criterion.proteins.map(JSONValue.strings) ?? .null,
                    "lossOfFunction": criterion.lossOfFunction.map(JSONValue.bool) ?? .null,
                    "label": .string(criterion.label.en), "labelJa": .string(criterion.label.ja),
                ])
            })
        }
        return .object([
            "requiresAny": criteria(value.requiresAny), "excludes": criteria(value.excludes),
            "excludesTumorTypes": .strings(value.excludesTumorTypes ?? []),
            "lineOfTherapy": .optional(value.lineOfTherapy?.en), "lineOfTherapyJa": .optional(value.lineOfTherapy?.ja),
            "locator": .string(value.locator),
        ])
    }

    private static func effect(_ value: EffectMeasure) -> JSONValue {
        .object([
            "measure": .string(value.measure), "value": .optional(value.value), "ciLower": .optional(value.ciLower),
            "ciUpper": .optional(value.ciUpper), "p": .optional(value.p), "n": .optional(value.n),
            "group": .optional(value.group), "comparator": .optional(value.comparator), "endpoint": .optional(value.endpoint),
            "text": .optional(value.text),
        ])
    }

    private static func citation(_ value: Citation) -> JSONValue {
        .object([
            "id": .string(value.id), "kind": .string(value.kind), "authors": .optional(value.authors),
            "title": .optional(value.title), "journal": .optional(value.journal), "year": .optional(value.year),
            "doi": .optional(value.doi), "pmid": .optional(value.pmid), "url": .optional(value.url),
            "retrievedFrom": .optional(value.retrievedFrom), "verified": .bool(value.verified), "note": .optional(value.note),
        ])
    }
}
