import CohortStatistics

/// What `keapnrf cohort derive` writes into a knowledgebase cohort-evidence file, and from which columns.
public struct DerivationSettings: Sendable, Equatable {
    /// The cohort file's id (lower-case letters, digits and `-`); evidence ids start with it.
    public var id: String
    /// The short cohort name shown in statements (e.g. `TCGA`).
    public var name: String
    /// What the cohort is.
    public var description: String
    /// The data release or snapshot.
    public var dataVersion: String
    /// Limitations a reader must see.
    public var caveats: [String]
    /// Where the table's construction is documented.
    public var provenance: String?
    /// The table's columns.
    public var columns: CohortColumns
    /// The survival-time column.
    public var timeColumn: String
    /// The event column (codes as ``CohortTableError/unknownEventCode(row:column:value:)`` lists).
    public var eventColumn: String
    /// The endpoint's name, e.g. `overall survival`.
    public var endpoint: String
    /// The unit of the times, e.g. `months`.
    public var timeUnit: String
    /// The tumour types to derive, or `nil` for every value of the tumour-type column.
    public var tumorTypes: [String]?
    /// The genes.
    public var genes: [String]
    /// Tied event times in the Cox model.
    public var ties: TiesMethod
    /// The confidence-interval transform of the Kaplan–Meier curves and medians.
    public var confidenceTransform: ConfidenceTransform
    /// The least data a survival comparison needs to be written.
    public var minimums: SurvivalMinimums

    /// Creates settings; only the descriptive fields are required.
    public init(
        id: String, name: String, description: String, dataVersion: String, caveats: [String] = [],
        provenance: String? = nil, columns: CohortColumns = CohortColumns(), timeColumn: String = "OS_MONTHS",
        eventColumn: String = "OS_STATUS", endpoint: String = "overall survival", timeUnit: String = "months",
        tumorTypes: [String]? = nil, genes: [String] = ["KEAP1", "NFE2L2"], ties: TiesMethod = .efron,
        confidenceTransform: ConfidenceTransform = .log, minimums: SurvivalMinimums = SurvivalMinimums()
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.dataVersion = dataVersion
        self.caveats = caveats
        self.provenance = provenance
        self.columns = columns
        self.timeColumn = timeColumn
        self.eventColumn = eventColumn
        self.endpoint = endpoint
        self.timeUnit = timeUnit
        self.tumorTypes = tumorTypes
        self.genes = genes
        self.ties = ties
        self.confidenceTransform = confidenceTransform
        self.minimums = minimums
    }

    /// The evidence id of a survival comparison: `<id>-<tumour type>-<gene>-os`, lower case.
    public func survivalID(tumorType: String, gene: String) -> String {
        "\(id)-\(tumorType.lowercased())-\(gene.lowercased())-os"
    }

    /// The evidence id of a frequency: `<id>-<tumour type or all>-<gene>-freq`, lower case.
    public func frequencyID(tumorType: String, gene: String) -> String {
        "\(id)-\(tumorType.lowercased())-\(gene.lowercased())-freq"
    }

    /// The alteration as statements name it.
    func alteration(of gene: String) -> String { "\(gene) mutation" }

    /// How an alteration counts as present.
    var alterationDefinition: String {
        "\(columns.status(of: "<GENE>")) = \(columns.alteredValue) (mutated) compared with \(columns.wildTypeValue) "
            + "(rows with another value are left out of survival comparisons; frequencies count every row of the tumour type)"
    }

    /// The survival method in words.
    var survivalMethod: String {
        "Kaplan-Meier with Greenwood SE (\(confidenceTransform.rawValue) CI); log-rank; Cox PH, "
            + "\(ties == .efron ? "Efron" : "Breslow") ties, unadjusted; curves at time 0, every event time and the last "
            + "follow-up; R survival 3.5-3 conventions"
    }

    /// Checks the id and lists.
    func validate() throws(CohortAnalysisError) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        guard !id.isEmpty, id.allSatisfy(allowed.contains), id.first != "-", id.last != "-" else {
            throw .invalidSetting("cohort id '\(id)' must be lower-case letters, digits and '-' (it starts every evidence id)")
        }
        guard !genes.isEmpty else { throw .invalidSetting("no genes to derive: give at least one with --genes") }
        if let tumorTypes, tumorTypes.isEmpty { throw .invalidSetting("--tumor-types is empty") }
        try Self.checkDistinctIDs(genes, kind: "genes")
    }

    /// Checks that no two values give the same evidence id (ids are lower case), which the knowledgebase
    /// would refuse as duplicates.
    static func checkDistinctIDs(_ values: [String], kind: String) throws(CohortAnalysisError) {
        var seen: [String: String] = [:]
        for value in values {
            if let first = seen[value.lowercased()] {
                throw .invalidSetting("\(kind) '\(first)' and '\(value)' would give the same evidence ids")
            }
            seen[value.lowercased()] = value
        }
    }
}

/// The least data a survival comparison needs before its hazard ratio is written as evidence.
///
/// Defaults: at least 10 altered patients with follow-up, at least 10 events in all (the usual ten
/// events per model term of an unadjusted Cox model) and at least 3 events among the altered patients
/// (with fewer, a hazard ratio rests on one or two deaths, or is infinite).
public struct SurvivalMinimums: Sendable, Equatable {
    /// Altered patients with usable follow-up.
    public var alteredPatients: Int
    /// Events among all analysed patients.
    public var events: Int
    /// Events among the altered patients.
    public var alteredEvents: Int

    /// Creates minimums; the defaults are those documented above.
    public init(alteredPatients: Int = 10, events: Int = 10, alteredEvents: Int = 3) {
        self.alteredPatients = alteredPatients
        self.events = events
        self.alteredEvents = alteredEvents
    }
}
