/// `knowledgebase/cohorts/*.json`: evidence derived by `keapnrf cohort derive` from a cohort table — survival
/// analyses (Kaplan–Meier curve points, log-rank, Cox) and alteration frequencies — with the input's SHA-256,
/// the method and the filters, so that every number can be re-derived. The loader turns each analysis into an
/// evidence item that rules cite like any other.
public struct CohortEvidenceFile: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    /// Identifies the cohort file, e.g. `tcga-keap1-nfe2l2`.
    public var id: String
    public var cohort: CohortSource
    public var method: CohortMethod
    public var survival: [CohortSurvivalEvidence]
    public var frequencies: [CohortFrequencyEvidence]

    public init(
        schemaVersion: Int,
        id: String,
        cohort: CohortSource,
        method: CohortMethod,
        survival: [CohortSurvivalEvidence],
        frequencies: [CohortFrequencyEvidence]
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.cohort = cohort
        self.method = method
        self.survival = survival
        self.frequencies = frequencies
    }
}

/// Where the cohort table came from.
public struct CohortSource: Codable, Hashable, Sendable {
    /// A short name shown in statements, e.g. `TCGA`.
    public var name: String
    public var description: String
    /// The table as given to `cohort derive` (relative path or name).
    public var inputFile: String
    public var inputSHA256: String
    /// Where the table's construction is documented.
    public var provenance: String?
    /// The data release or snapshot.
    public var dataVersion: String
    /// Known limitations a reader must see.
    public var caveats: [String]

    public init(
        name: String,
        description: String,
        inputFile: String,
        inputSHA256: String,
        provenance: String?,
        dataVersion: String,
        caveats: [String]
    ) {
        self.name = name
        self.description = description
        self.inputFile = inputFile
        self.inputSHA256 = inputSHA256
        self.provenance = provenance
        self.dataVersion = dataVersion
        self.caveats = caveats
    }
}

/// How the numbers were computed.
public struct CohortMethod: Codable, Hashable, Sendable {
    public var tool: String
    public var toolVersion: String
    /// E.g. `Kaplan-Meier with Greenwood SE (log CI); log-rank; Cox PH, Efron ties, unadjusted`.
    public var survival: String
    /// How an alteration counts as present, e.g. `status column = MUT (any non-silent mutation)`.
    public var alterationDefinition: String
    /// The unit of survival times, e.g. `months`.
    public var timeUnit: String

    public init(tool: String, toolVersion: String, survival: String, alterationDefinition: String, timeUnit: String) {
        self.tool = tool
        self.toolVersion = toolVersion
        self.survival = survival
        self.alterationDefinition = alterationDefinition
        self.timeUnit = timeUnit
    }
}

/// One survival comparison, altered vs not altered, in one tumour type (or all).
public struct CohortSurvivalEvidence: Codable, Hashable, Sendable {
    /// The evidence id rules cite, e.g. `tcga-luad-keap1-os`.
    public var id: String
    public var gene: String
    /// What was compared, e.g. `KEAP1 non-silent mutation vs wild type`.
    public var alteration: String
    /// An OncoTree code, or `ALL` for the whole cohort.
    public var tumorType: String
    /// E.g. `overall survival`.
    public var endpoint: String
    /// Row filters applied (`oncotree_code=LUAD`), for re-derivation.
    public var filters: [String]
    public var n: Int
    public var events: Int
    public var groups: [CohortGroup]
    public var hazardRatio: Double?
    public var ciLower: Double?
    public var ciUpper: Double?
    public var coxP: Double?
    /// `converged`, or why no hazard ratio is given (no events, one group, not converged…).
    public var coxStatus: String
    public var logrankChisq: Double?
    public var logrankP: Double?

    public init(
        id: String,
        gene: String,
        alteration: String,
        tumorType: String,
        endpoint: String,
        filters: [String],
        n: Int,
        events: Int,
        groups: [CohortGroup],
        hazardRatio: Double?,
        ciLower: Double?,
        ciUpper: Double?,
        coxP: Double?,
        coxStatus: String,
        logrankChisq: Double?,
        logrankP: Double?
    ) {
        self.id = id
        self.gene = gene
        self.alteration = alteration
        self.tumorType = tumorType
        self.endpoint = endpoint
        self.filters = filters
        self.n = n
        self.events = events
        self.groups = groups
        self.hazardRatio = hazardRatio
        self.ciLower = ciLower
        self.ciUpper = ciUpper
        self.coxP = coxP
        self.coxStatus = coxStatus
        self.logrankChisq = logrankChisq
        self.logrankP = logrankP
    }
}

/// One group of a survival comparison with its Kaplan–Meier curve.
public struct CohortGroup: Codable, Hashable, Sendable {
    public var name: String
    public var n: Int
    public var events: Int
    public var median: Double?
    public var medianLower: Double?
    public var medianUpper: Double?
    /// The curve: S(t) with its confidence interval and number at risk, at every event time (or at the times derived).
    public var curve: [CurvePoint]

    public init(
        name: String,
        n: Int,
        events: Int,
        median: Double?,
        medianLower: Double?,
        medianUpper: Double?,
        curve: [CurvePoint]
    ) {
        self.name = name
        self.n = n
        self.events = events
        self.median = median
        self.medianLower = medianLower
        self.medianUpper = medianUpper
        self.curve = curve
    }
}

/// A point of a Kaplan–Meier curve.
public struct CurvePoint: Codable, Hashable, Sendable {
    public var time: Double
    public var survival: Double
    public var lower: Double?
    public var upper: Double?
    public var atRisk: Int

    public init(time: Double, survival: Double, lower: Double?, upper: Double?, atRisk: Int) {
        self.time = time
        self.survival = survival
        self.lower = lower
        self.upper = upper
        self.atRisk = atRisk
    }
}

/// An alteration frequency in one tumour type (or all).
public struct CohortFrequencyEvidence: Codable, Hashable, Sendable {
    public var id: String
    public var gene: String
    public var alteration: String
    /// An OncoTree code, or `ALL`.
    public var tumorType: String
    public var n: Int
    public var altered: Int
    public var percent: Double
    public var wilsonLower: Double
    public var wilsonUpper: Double

    public init(
        id: String,
        gene: String,
        alteration: String,
        tumorType: String,
        n: Int,
        altered: Int,
        percent: Double,
        wilsonLower: Double,
        wilsonUpper: Double
    ) {
        self.id = id
        self.gene = gene
        self.alteration = alteration
        self.tumorType = tumorType
        self.n = n
        self.altered = altered
        self.percent = percent
        self.wilsonLower = wilsonLower
        self.wilsonUpper = wilsonUpper
    }
}
