/// The cohort-evidence file as `cohort derive` builds it, field for field the knowledgebase's
/// `CohortEvidenceFile` (Sources/Knowledgebase/Files/CohortEvidenceFile.swift). That type has no public
/// initialisers, so the draft is encoded, decoded as `CohortEvidenceFile` and checked to re-encode to the
/// same JSON (``CohortEvidenceWriter``): the written file is the knowledgebase type's own encoding.
struct CohortEvidenceDraft: Encodable {
    var schemaVersion: Int
    var id: String
    var cohort: Source
    var method: Method
    var survival: [Survival]
    var frequencies: [Frequency]

    struct Source: Encodable {
        var name: String
        var description: String
        var inputFile: String
        var inputSHA256: String
        var provenance: String?
        var dataVersion: String
        var caveats: [String]
    }

    struct Method: Encodable {
        var tool: String
        var toolVersion: String
        var survival: String
        var alterationDefinition: String
        var timeUnit: String
    }

    struct Survival: Encodable {
        var id: String
        var gene: String
        var alteration: String
        var tumorType: String
        var endpoint: String
        var filters: [String]
        var n: Int
        var events: Int
        var groups: [Group]
        var hazardRatio: Double?
        var ciLower: Double?
        var ciUpper: Double?
        var coxP: Double?
        var coxStatus: String
        var logrankChisq: Double?
        var logrankP: Double?
    }

    struct Group: Encodable {
        var name: String
        var n: Int
        var events: Int
        var median: Double?
        var medianLower: Double?
        var medianUpper: Double?
        var curve: [CurvePoint]
    }

    struct CurvePoint: Encodable {
        var time: Double
        var survival: Double
        var lower: Double?
        var upper: Double?
        var atRisk: Int
    }

    struct Frequency: Encodable {
        var id: String
        var gene: String
        var alteration: String
        var tumorType: String
        var n: Int
        var altered: Int
        var percent: Double
        var wilsonLower: Double
        var wilsonUpper: Double
    }
}
