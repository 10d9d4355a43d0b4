/// One patient's cancer gene-panel report, in the canonical form every reader produces.
///
/// The model holds what the annotator needs and nothing that identifies the patient: readers
/// copy pseudonymous identifiers only and never names, record numbers or dates of birth.
public struct PatientReport: Hashable, Sendable {
    /// A pseudonymous patient identifier, if the report has one.
    public var patientId: String?
    /// A pseudonymous specimen identifier, if the report has one.
    public var specimenId: String?
    /// The tumour type as the report states it.
    public var tumorType: ReportedTumorType
    /// The panel or assay name, e.g. `FoundationOne CDx`.
    public var panel: String?
    /// The report date as written (ISO 8601 `YYYY-MM-DD` in the project's JSON).
    public var reportDate: String?
    /// The genome build of genomic positions in the report.
    public var genomeBuild: GenomeBuild?
    public var shortVariants: [ShortVariant]
    public var copyNumberAlterations: [CopyNumberAlteration]
    public var rearrangements: [Rearrangement]
    /// Alteration elements that could not be read, each with the reason.
    public var unreadableAlterations: [UnreadableAlteration]
    public var biomarkers: Biomarkers

    public init(
        patientId: String? = nil, specimenId: String? = nil, tumorType: ReportedTumorType = .init(),
        panel: String? = nil, reportDate: String? = nil, genomeBuild: GenomeBuild? = nil,
        shortVariants: [ShortVariant] = [], copyNumberAlterations: [CopyNumberAlteration] = [],
        rearrangements: [Rearrangement] = [], unreadableAlterations: [UnreadableAlteration] = [], biomarkers: Biomarkers = .init()
    ) {
        self.patientId = patientId
        self.specimenId = specimenId
        self.tumorType = tumorType
        self.panel = panel
        self.reportDate = reportDate
        self.genomeBuild = genomeBuild
        self.shortVariants = shortVariants
        self.copyNumberAlterations = copyNumberAlterations
        self.rearrangements = rearrangements
        self.unreadableAlterations = unreadableAlterations
        self.biomarkers = biomarkers
    }

    /// The variant records the report lists: short variants, copy-number alterations, rearrangements and
    /// entries that could not be read.
    public var recordCount: Int {
        shortVariants.count + copyNumberAlterations.count + rearrangements.count + unreadableAlterations.count
    }

    /// The genes named by any alteration in the report, in order of first appearance.
    public var genesWithAlterations: [String] {
        var seen = Set<String>()
        let genes = shortVariants.map(\.gene) + copyNumberAlterations.map(\.gene) + rearrangements.flatMap(\.genes)
            + unreadableAlterations.compactMap(\.gene)
        return genes.filter { seen.insert($0).inserted }
    }
}

/// The tumour type as a report gives it: an OncoTree code, free diagnosis text, or both.
public struct ReportedTumorType: Hashable, Sendable {
    /// An OncoTree code such as `LUSC`, if the report gives one.
    public var oncotreeCode: String?
    /// Diagnosis text such as `Lung squamous cell carcinoma` or `肺扁平上皮癌`.
    public var diagnosisText: String?

    public init(oncotreeCode: String? = nil, diagnosisText: String? = nil) {
        self.oncotreeCode = oncotreeCode
        self.diagnosisText = diagnosisText
    }
}

/// A reference genome build.
public enum GenomeBuild: String, Hashable, Sendable, CaseIterable, Codable {
    case grch37 = "GRCh37"
    case grch38 = "GRCh38"

    /// Reads the common spellings: `GRCh37`, `hg19`, `b37`, `GRCh38`, `hg38` (case-insensitive).
    public init?(spelling: String) {
        switch spelling.lowercased() {
        case "grch37", "hg19", "b37", "grch37.p13", "37": self = .grch37
        case "grch38", "hg38", "b38", "grch38.p14", "38": self = .grch38
        default: return nil
        }
    }
}
