import Annotator
import CohortStatistics
import Knowledgebase

/// `keapnrf cohort derive`: survival comparisons (altered vs wild type, per tumour type and gene) and
/// alteration frequencies (per tumour type and for all patients) as a knowledgebase cohort-evidence file.
///
/// Output is deterministic: analyses sorted by id, keys sorted, numbers in shortest round-trip form, no
/// timestamps; the input is identified by its file name and SHA-256.
public enum CohortEvidenceDeriver {
    /// A derived file with the comparisons that were left out.
    public struct Derived: Sendable {
        /// The file as the knowledgebase loader decodes it.
        public var file: CohortEvidenceFile
        /// The JSON text to write to `knowledgebase/cohorts/<id>.json`.
        public var text: String
        /// Comparisons below the minimums, with the reason.
        public var skipped: [SkippedComparison]
    }

    /// A survival comparison that was not written.
    public struct SkippedComparison: Sendable, Equatable, CustomStringConvertible {
        /// The tumour type.
        public var tumorType: String
        /// The gene.
        public var gene: String
        /// Why.
        public var reason: String

        /// `KEAP1 in ESCC: …`.
        public var description: String { "\(gene) in \(tumorType): \(reason)" }
    }

    /// The tumour type of the whole-cohort frequencies (as the knowledgebase format names it).
    public static let allPatients = "ALL"

    /// Derives the evidence of a cohort table.
    ///
    /// - Throws: ``CohortAnalysisError`` for invalid settings, missing columns, unusable cells (naming
    ///   row and column), a patient on two rows or a tumour type absent from the table.
    public static func derive(_ input: CohortInput, settings: DerivationSettings) throws(CohortAnalysisError) -> Derived {
        try settings.validate()
        try input.checkOneRowPerPatient(column: settings.columns.patient)
        let tumorTypes = try selectedTumorTypes(input, settings: settings)
        var survival: [CohortSurvivalEvidence] = []
        var skipped: [SkippedComparison] = []
        for tumorType in tumorTypes {
            for gene in settings.genes {
                switch try SurvivalComparison.derive(input, tumorType: tumorType, gene: gene, settings: settings) {
                case .derived(let analysis): survival.append(analysis)
                case .skipped(let reason): skipped.append(SkippedComparison(tumorType: tumorType, gene: gene, reason: reason))
                }
            }
        }
        let frequencies = try frequencies(input, tumorTypes: tumorTypes, settings: settings)
        let file = CohortEvidenceFile(
            schemaVersion: 1, id: settings.id,
            cohort: .init(
                name: settings.name, description: settings.description, inputFile: input.fileName,
                inputSHA256: input.sha256, provenance: settings.provenance, dataVersion: settings.dataVersion,
                caveats: settings.caveats),
            method: .init(
                tool: ToolVersion.name, toolVersion: ToolVersion.current, survival: settings.survivalMethod,
                alterationDefinition: settings.alterationDefinition, timeUnit: settings.timeUnit),
            survival: survival.sorted { $0.id < $1.id },
            frequencies: frequencies.sorted { $0.id < $1.id })
        return Derived(file: file, text: try JSONText.pretty(file), skipped: skipped)
    }

    /// The requested tumour types (each must occur in the table), or every value of the column.
    private static func selectedTumorTypes(_ input: CohortInput, settings: DerivationSettings) throws(CohortAnalysisError) -> [String] {
        let column = try input.column(settings.columns.tumorType)
        var present = Set<String>()
        input.table.forEachRow(columns: [column]) { _, cells in
            if !CohortTable.isMissingValue(cells[0]) { present.insert(cells[0]) }
        }
        let selected = settings.tumorTypes ?? present.sortedInByteOrder()
        for code in selected where !present.contains(code) {
            throw .tumorTypeNotInTable(file: input.fileName, code: code, column: settings.columns.tumorType)
        }
        if let all = selected.first(where: { $0.lowercased() == allPatients.lowercased() }) {
            throw .invalidSetting("a tumour type named '\(all)' would collide with the all-patients frequencies")
        }
        try DerivationSettings.checkDistinctIDs(selected, kind: "tumour types")
        return selected
    }

    /// Frequencies of each gene per tumour type and for all patients (`status = altered value`, every row counted).
    private static func frequencies(
        _ input: CohortInput, tumorTypes: [String], settings: DerivationSettings
    ) throws(CohortAnalysisError) -> [CohortFrequencyEvidence] {
        var result: [CohortFrequencyEvidence] = []
        for gene in settings.genes {
            let table: FrequencyTable
            do {
                table = try FrequencyTable(
                    table: input.table, groupColumn: settings.columns.tumorType, statusColumn: settings.columns.status(of: gene),
                    featureValue: settings.columns.alteredValue)
            } catch {
                throw .table(file: input.fileName, error)
            }
            // The table's rows are the groups in byte order, then the whole table.
            let wanted = Set(tumorTypes)
            for row in table.rows.dropLast() where wanted.contains(row.group) {
                result.append(frequency(row.proportion, tumorType: row.group, gene: gene, settings: settings))
            }
            if let all = table.rows.last {
                result.append(frequency(all.proportion, tumorType: allPatients, gene: gene, settings: settings))
            }
        }
        return result
    }

    private static func frequency(
        _ proportion: BinomialProportion, tumorType: String, gene: String, settings: DerivationSettings
    ) -> CohortFrequencyEvidence {
        CohortFrequencyEvidence(
            id: settings.frequencyID(tumorType: tumorType, gene: gene), gene: gene, alteration: settings.alteration(of: gene),
            tumorType: tumorType, n: proportion.n, altered: proportion.count, percent: proportion.percent,
            wilsonLower: proportion.wilson.lower, wilsonUpper: proportion.wilson.upper)
    }
}
