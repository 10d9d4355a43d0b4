/// The column names of a cohort table (one row per patient) and the values that mark a mutated gene.
///
/// The defaults follow the TCGA table in `../shared/cohorts` (and cBioPortal's conventions):
/// `patient_id`, `oncotree_code`, `<GENE>_status` holding `MUT` or `WT`, and `<GENE>_protein_change`
/// holding `;`-joined protein (or coding) changes such as `p.G333C;p.R415fs`.
public struct CohortColumns: Sendable, Equatable {
    /// The placeholder replaced by the gene symbol in the per-gene column patterns.
    public static let genePlaceholder = "{gene}"

    /// The patient identifier (each patient on one row).
    public var patient: String
    /// The OncoTree code of each patient's tumour.
    public var tumorType: String
    /// The per-gene status column, with `{gene}` for the symbol.
    public var statusPattern: String
    /// The per-gene change column, with `{gene}` for the symbol.
    public var changePattern: String
    /// The status value of a mutated gene.
    public var alteredValue: String
    /// The status value of a wild-type gene.
    public var wildTypeValue: String

    /// Creates column settings; the defaults are those documented above.
    public init(
        patient: String = "patient_id", tumorType: String = "oncotree_code",
        statusPattern: String = "{gene}_status", changePattern: String = "{gene}_protein_change",
        alteredValue: String = "MUT", wildTypeValue: String = "WT"
    ) {
        self.patient = patient
        self.tumorType = tumorType
        self.statusPattern = statusPattern
        self.changePattern = changePattern
        self.alteredValue = alteredValue
        self.wildTypeValue = wildTypeValue
    }

    /// The status column of a gene, e.g. `KEAP1_status`.
    public func status(of gene: String) -> String {
        statusPattern.replacingOccurrences(of: Self.genePlaceholder, with: gene)
    }

    /// The change column of a gene, e.g. `KEAP1_protein_change`.
    public func change(of gene: String) -> String {
        changePattern.replacingOccurrences(of: Self.genePlaceholder, with: gene)
    }
}
