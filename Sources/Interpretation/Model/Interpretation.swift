import Knowledgebase
import KnowledgeLookup
import ReportModel
import RulesEngine

/// The structured interpretation of one report: everything the JSON, HTML, Markdown and FHIR writers show.
public struct Interpretation: Sendable {
    /// The version of the interpretation JSON contract.
    public static let schemaVersion = "1.0"

    public var provenance: Provenance
    public var report: ReportHeader
    public var tumorType: ResolvedTumorType
    public var alterations: [AlterationInterpretation]
    public var otherAlterations: [OtherAlteration]
    public var biomarkers: Biomarkers
    /// Every evidence item cited anywhere in the interpretation, by id.
    public var evidence: [String: CitedEvidence]
    public var summary: LocalizedText
    public var disclaimer: LocalizedText
    /// Report-level warnings (e.g. an unmatched tumour type).
    public var warnings: [String]
}

/// Versions and hashes of everything that produced the interpretation.
public struct Provenance: Hashable, Sendable {
    public var toolName: String
    public var toolVersion: String
    public var knowledgebaseVersion: String
    public var knowledgebaseSHA256: String
    public var rulesName: String
    public var rulesVersion: String
    public var rulesSHA256: String
    /// SHA-256 of the input file's bytes.
    public var inputSHA256: String
    /// `keapnrf-json`, `f1cdx-xml`, `fhir-json`, `fhir-xml`, `vcf`, `maf`, or `lookup` for a single alteration.
    public var inputFormat: String
    /// The tumour sample chosen with `--sample` (VCF, MAF), when one was given.
    public var inputSample: String?
    /// The genome build given with `--build` (VCF, MAF), when one was given.
    public var inputBuild: String?
    public var oncotreeRelease: String
    /// SHA-256 of the reviewer overrides file, when one was applied.
    public var overridesSHA256: String?

    public init(
        toolName: String, toolVersion: String, knowledgebaseVersion: String, knowledgebaseSHA256: String,
        rulesName: String, rulesVersion: String, rulesSHA256: String, inputSHA256: String, inputFormat: String, oncotreeRelease: String
    ) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.knowledgebaseVersion = knowledgebaseVersion
        self.knowledgebaseSHA256 = knowledgebaseSHA256
        self.rulesName = rulesName
        self.rulesVersion = rulesVersion
        self.rulesSHA256 = rulesSHA256
        self.inputSHA256 = inputSHA256
        self.inputFormat = inputFormat
        self.oncotreeRelease = oncotreeRelease
        inputSample = nil
        inputBuild = nil
        overridesSHA256 = nil
    }
}

/// Pseudonymous report identifiers and assay details (never names, record numbers or dates of birth).
public struct ReportHeader: Hashable, Sendable {
    public var patientId: String?
    public var specimenId: String?
    public var panel: String?
    public var reportDate: String?
    public var genomeBuild: String?

    public init(patientId: String?, specimenId: String?, panel: String?, reportDate: String?, genomeBuild: String?) {
        self.patientId = patientId
        self.specimenId = specimenId
        self.panel = panel
        self.reportDate = reportDate
        self.genomeBuild = genomeBuild
    }
}

/// The patient's tumour type as matched to OncoTree, and how.
public struct ResolvedTumorType: Hashable, Sendable {
    public var oncotreeCode: String?
    public var name: String?
    /// `code`, `name`, `synonym`, `option` (given with --tumor-type) or nil when unmatched.
    public var matchedBy: String?
    public var matchedText: String?
    /// The code and its ancestors, nearest first.
    public var lineage: [String]
    /// Tumour groups the type belongs to.
    public var groups: [String]
    public var reportedCode: String?
    public var reportedDiagnosis: String?
    /// True when the match names only an organ (an OncoTree tissue node such as `STOMACH` for 食道癌), so
    /// histology-specific evidence cannot apply until the histology is given.
    public var histologyNeeded = false

    public init(
        oncotreeCode: String?, name: String?, matchedBy: String?, matchedText: String?, lineage: [String], groups: [String],
        reportedCode: String?, reportedDiagnosis: String?
    ) {
        self.oncotreeCode = oncotreeCode
        self.name = name
        self.matchedBy = matchedBy
        self.matchedText = matchedText
        self.lineage = lineage
        self.groups = groups
        self.reportedCode = reportedCode
        self.reportedDiagnosis = reportedDiagnosis
    }
}

/// One KEAP1/NFE2L2 alteration with its annotation, rule outcome and statements.
public struct AlterationInterpretation: Hashable, Sendable {
    public var annotated: AnnotatedAlteration
    public var outcome: RuleOutcome
    public var prognosis: [Statement]
    public var therapyResistance: [Statement]
    public var frequencies: [Statement]
    public var trials: [Statement]
    /// Warnings from normalisation, the knowledgebase and the rules.
    public var warnings: [String]
    /// Changes a reviewer made to the rules' conclusions.
    public var overrides: [AppliedOverride]
    /// `somatic`, `germline` or `unknown` as the report states it; nil when the report does not say.
    public var origin: String?
    /// The AMP/ASCO/CAP 2017 tier of the alteration (nil when it could not be interpreted).
    public var tier: AlterationTier?
    /// Statements whose study population excludes the patient, with the reasons; never applied to the patient.
    public var notApplicable: [NotApplicableStatement]
    /// Notes the reader must see with the alteration (germline origin, statements withheld), in display order.
    public var notes: [LocalizedText]
    /// Questions the knowledgebase cannot answer for this alteration's context (`gaps` of the rules).
    public var gaps: [LocalizedText]
}

/// The AMP/ASCO/CAP tier of one alteration and what it rests on.
public struct AlterationTier: Hashable, Sendable {
    /// `I`, `II`, `III` or `IV`.
    public var tier: String
    /// The strongest evidence level behind it, when statements decide it.
    public var level: String?
    /// Why this tier, in words.
    public var basis: LocalizedText
    public var definition: LocalizedText?
}

/// A statement kept off the patient because its study population excludes them.
public struct NotApplicableStatement: Hashable, Sendable {
    public var statement: Statement
    /// `prognosis`, `therapy` or `trial`.
    public var kind: String
    public var reasons: [LocalizedText]
}

/// A reviewer change as recorded in the interpretation: what the rules concluded and what the reviewer set.
public struct AppliedOverride: Hashable, Sendable {
    /// `oncogenicity`, `effect` or `comment`.
    public var field: String
    /// The rules' value (nil for a comment).
    public var originalValue: String?
    public var newValue: String
    public var reviewer: String
    public var reason: String
    public var date: String?

    public init(field: String, originalValue: String?, newValue: String, reviewer: String, reason: String, date: String?) {
        self.field = field
        self.originalValue = originalValue
        self.newValue = newValue
        self.reviewer = reviewer
        self.reason = reason
        self.date = date
    }
}

/// An alteration after the rules (and any reviewer decision), ready to be written.
public struct EvaluatedAlteration: Sendable {
    public var annotated: AnnotatedAlteration
    public var outcome: RuleOutcome
    public var overrides: [AppliedOverride]

    public init(annotated: AnnotatedAlteration, outcome: RuleOutcome, overrides: [AppliedOverride] = []) {
        self.annotated = annotated
        self.outcome = outcome
        self.overrides = overrides
    }
}

/// How an evidence item's tumour type relates to the patient's.
public enum TumorTypeMatchLevel: String, Hashable, Sendable, CaseIterable {
    /// The evidence is for the patient's OncoTree code.
    case exact
    /// The evidence is for an ancestor of the patient's code (e.g. NSCLC for LUAD).
    case ancestor
    /// The evidence is for a descendant of the patient's code (e.g. LUAD for NSCLC).
    case narrower
    /// The evidence is for a tumour group that includes the patient's type.
    case group
    /// The evidence is pan-cancer.
    case panCancer = "pan_cancer"
    /// The evidence is for another tumour type.
    case otherTumorType = "other_tumor_type"
    /// The patient's tumour type is unknown.
    case tumorTypeUnknown = "tumor_type_unknown"

    /// Whether evidence at this level applies to the patient's tumour type itself.
    public var appliesToPatient: Bool { [.exact, .ancestor, .group].contains(self) }

    /// Preference order for the best match of several evidence items (lower is better).
    var rank: Int {
        switch self {
        case .exact: return 0
        case .ancestor: return 1
        case .group: return 2
        case .narrower: return 3
        case .panCancer: return 4
        case .otherTumorType: return 5
        case .tumorTypeUnknown: return 6
        }
    }
}

/// A prognosis, therapy, frequency or trial statement with its evidence and how the evidence matches.
public struct Statement: Hashable, Sendable {
    public var direction: String
    public var therapy: LocalizedText?
    public var therapyClass: String?
    public var text: LocalizedText
    public var evidence: [String]
    /// The best match among the evidence items.
    public var tumorTypeMatch: TumorTypeMatchLevel
    /// The rule that made the statement.
    public var ruleID: String
    /// Evidence levels in each framework (prognosis and therapy statements).
    public var levels: [AssignedLevel]
}

extension Statement {
    /// The statement's AMP/ASCO/CAP 2017 level (`A`-`D`), nil when none applies.
    public var ampLevel: String? { levels.first { $0.framework == RuleVocabulary.ampFramework }?.level }
}

/// An evidence level of a statement in one framework, with its definition; `level` is nil when no level
/// with a sourced definition applies (and `note` says why).
public struct AssignedLevel: Hashable, Sendable {
    public var framework: String
    public var level: String?
    public var definition: LocalizedText?
    public var note: LocalizedText?
}

/// An evidence item as cited in an interpretation, with its citation.
public struct CitedEvidence: Hashable, Sendable {
    public var item: EvidenceItem
    public var citation: Citation?
}

/// An alteration outside KEAP1/NFE2L2, listed so that nothing in the input is dropped silently.
public struct OtherAlteration: Hashable, Sendable {
    public var gene: String
    public var kind: String
    public var source: String
    public var sourceLocation: String
    public var vaf: Double?

    public init(gene: String, kind: String, source: String, sourceLocation: String, vaf: Double?) {
        self.gene = gene
        self.kind = kind
        self.source = source
        self.sourceLocation = sourceLocation
        self.vaf = vaf
    }
}
