import ArgumentParser
import CohortAnalysis
import CohortStatistics
import Foundation
import Knowledgebase

/// `keapnrf cohort …`: frequencies, residue counts, survival analyses and knowledgebase evidence from a
/// cohort table. The subcommands are thin: the work is in the `CohortAnalysis` and `CohortStatistics` modules.
struct CohortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "Analyse a tab-separated cohort table (one row per patient).",
        discussion: """
            Default columns: patient_id, oncotree_code, <GENE>_status (MUT or WT) and <GENE>_protein_change \
            (';'-joined changes, as in the TCGA table; a trailing [FILTER] marks a call that did not pass the MC3 \
            filters), OS_MONTHS and OS_STATUS (1/0, TRUE/FALSE, 1:DECEASED/0:LIVING, DEAD/ALIVE). Empty, NA, NaN and \
            [Not Available] cells are missing values. Errors in the table name the row (header = row 1) and the column \
            and exit 1.
            """,
        subcommands: [Frequencies.self, Lollipop.self, Survival.self, Derive.self]
    )

    /// `keapnrf cohort frequencies`.
    struct Frequencies: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "frequencies",
            abstract: "Alteration frequencies per tumour type, OncoTree ancestor and all patients, per gene and alteration class.",
            discussion: """
                Rows: each code (scope 'code'), each OncoTree ancestor of the codes (scope 'subtree', e.g. NSCLC = LUAD + \
                LUSC + …) and ALL; values that are not OncoTree codes are kept with name 'not in OncoTree'. Per gene: \
                'any' (status = MUT), the classes (NFE2L2: DLG, ETGE, other; KEAP1: truncating, hotspot_missense, other; \
                uninterpretable) classified by the annotator, and 'with_filtered_call'. Percent with Wilson 95% interval.
                """)

        @Argument(help: "The cohort table (TSV).") var table: String
        @OptionGroup var columns: CohortColumnOptions
        @OptionGroup var classification: ClassificationOptions
        @Option(help: "Group by this column (default: the tumour-type column).") var by: String?
        @Option(help: "Genes, comma-separated.") var genes = "KEAP1,NFE2L2"
        @Flag(help: "Write JSON instead of TSV.") var json = false
        @Option(help: "Write to this file instead of standard output.") var out: String?

        func run() throws {
            try reportingFailures {
                let geneList = try parsed { () throws(OptionValues.Invalid) in try OptionValues.genes(genes) }
                let groupColumn = by ?? columns.tumorTypeColumn
                let read = try classification.patients(table: table, columns: columns.columns, genes: geneList, groupColumn: groupColumn)
                let frequencies = AlterationFrequencies(
                    patients: read.patients, genes: geneList, groupColumn: groupColumn, oncotree: read.knowledgebase.oncotree,
                    callPolicy: classification.callPolicy)
                let text = json ? try CommandFailure.wrapping { try JSONText.pretty(frequencies) }
                    : frequencies.tabSeparated
                try OutputDestination.write(text, to: out)
            }
        }
    }

    /// `keapnrf cohort lollipop`.
    struct Lollipop: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lollipop",
            abstract: "Calls per protein residue (TSV) and a lollipop plot (SVG) with the knowledgebase's motifs, exons and 3D clusters.")

        @Argument(help: "The cohort table (TSV).") var table: String
        @OptionGroup var columns: CohortColumnOptions
        @OptionGroup var classification: ClassificationOptions
        @Option(help: "Genes, comma-separated.") var gene = "KEAP1,NFE2L2"
        @Option(help: "Also write the plot as SVG to this file.") var svg: String?
        @Option(help: "Write the TSV to this file instead of standard output.") var out: String?

        func run() throws {
            try reportingFailures {
                let geneList = try parsed { () throws(OptionValues.Invalid) in try OptionValues.genes(gene) }
                let (loaded, input, patients) = try classification.patients(
                    table: table, columns: columns.columns, genes: geneList, groupColumn: columns.tumorTypeColumn)
                let lollipops = geneList.indices.map { index in
                    GeneLollipop(patients: patients, geneIndex: index, gene: geneList[index], knowledgebase: loaded)
                }
                if let svg {
                    let title = "\(geneList.joined(separator: " and ")) calls per residue in \(input.fileName) (\(patients.count) patients)"
                    try OutputDestination.write(LollipopSVG.render(lollipops, title: title), to: svg)
                }
                try OutputDestination.write(LollipopTableText.text(lollipops), to: out)
            }
        }
    }

    /// `keapnrf cohort survival`.
    struct Survival: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "survival",
            abstract: "Kaplan-Meier, log-rank, Cox model and proportional-hazards test, as JSON (R survival 3.5-3 conventions).",
            discussion: """
                Kaplan-Meier with Greenwood standard errors and the --conf-type interval (R's default: log); medians with \
                their interval; log-rank test; Cox model by Newton-Raphson (Efron ties unless --ties breslow) with HR, \
                95% CI, Wald, likelihood-ratio and score tests; scaled-Schoenfeld test (cox.zph, km transform). Rows with a \
                missing time, event, group or covariate are left out and listed under 'excluded' (--reject-missing makes \
                them errors). One group, no events or a non-converging fit is reported in the JSON (exit 0).
                """)

        @Argument(help: "The cohort table (TSV).") var table: String
        @Option(help: "Survival-time column.") var time = "OS_MONTHS"
        @Option(help: "Event column.") var event = "OS_STATUS"
        @Option(help: "Column whose values are the compared groups.") var group: String?
        @Option(help: "The reference group (default: the first value in byte order).") var reference: String?
        @Option(name: .customLong("where"), help: "Keep rows with COLUMN=VALUE (or VALUE1|VALUE2); repeatable.") var filters: [String] = []
        @Option(help: "Tied event times in the Cox model: efron or breslow.") var ties = "efron"
        @Option(help: "Cox adjustment covariates: COLUMN (numeric) or COLUMN=LEVEL (two-level, coded 1 at LEVEL), comma-separated.") var covariates: String?
        @Option(help: "Stratify the log-rank test and Cox model by this column.") var strata: String?
        @Option(help: "Times at which S(t) is reported, comma-separated.") var times: String?
        @Option(name: .customLong("conf-type"), help: "Confidence-interval transform of S(t) and medians: log, log-log or plain.") var confType = "log"
        @Option(help: "One analysis per value of this column (e.g. oncotree_code).") var by: String?
        @Flag(help: "Rows with a missing value in a used column are errors instead of being left out.") var rejectMissing = false
        @Option(help: "Write to this file instead of standard output.") var out: String?

        func run() throws {
            try reportingFailures {
                let design = try parsed { () throws(OptionValues.Invalid) in try self.design() }
                let options = try parsed { () throws(OptionValues.Invalid) in
                    AnalysisOptions(
                        times: try times.map(OptionValues.times) ?? [],
                        confidenceTransform: try OptionValues.choice(confType, option: "--conf-type", as: ConfidenceTransform.self),
                        ties: try OptionValues.choice(ties, option: "--ties", as: TiesMethod.self))
                }
                let data = try InputFile.read(table)
                let text: String
                do {
                    let cohort = try CohortTable(data: data)
                    if let by {
                        text = try JSONText.pretty(try GroupedSurvival.run(table: cohort, design: design, options: options, by: by))
                    } else {
                        text = try JSONText.pretty(try SurvivalAnalysis.run(table: cohort, design: design, options: options))
                    }
                } catch let error as CohortTableError {
                    throw CommandFailure("\(table): \(error)")
                } catch {
                    throw CommandFailure("\(error)")
                }
                try OutputDestination.write(text, to: out)
            }
        }

        private func design() throws(OptionValues.Invalid) -> SurvivalDesign {
            return SurvivalDesign(
                timeColumn: time, eventColumn: event, groupColumn: group, referenceGroup: reference,
                covariates: try covariates.map(OptionValues.covariates) ?? [], strataColumn: strata,
                filters: try OptionValues.filters(filters),
                missingValues: rejectMissing ? .reject : .exclude)
        }
    }

    /// `keapnrf cohort derive`.
    struct Derive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "derive",
            abstract: "Write knowledgebase cohort evidence: OS of altered vs wild-type patients per tumour type and gene, and frequencies.",
            discussion: """
                Survival: <GENE>_status MUT vs WT within each tumour type (rows with other values left out), Kaplan-Meier \
                curves at time 0, every event time and the last follow-up, log-rank, unadjusted Cox. A comparison is written \
                only with at least --min-altered altered patients with follow-up, --min-events events and \
                --min-altered-events events among the altered; the others are listed on standard error. Frequencies: \
                status = MUT among every row of each tumour type, and of the whole table (ALL). Evidence ids: \
                <id>-<tumour type>-<gene>-os and -freq, lower case. Output is deterministic (sorted keys, no timestamps) \
                and records the input's SHA-256. After writing into a knowledgebase, update its manifest: \
                python3 tools/kb/build_knowledgebase.py --manifest-only
                """)

        @Argument(help: "The cohort table (TSV).") var table: String
        @OptionGroup var columns: CohortColumnOptions
        @Option(help: "Cohort file id (lower-case letters, digits, '-').") var id: String
        @Option(help: "Short cohort name shown in statements (e.g. TCGA).") var name: String
        @Option(help: "What the cohort is.") var description: String
        @Option(name: .customLong("data-version"), help: "The data release or snapshot.") var dataVersion: String
        @Option(help: "A limitation readers must see; repeatable.") var caveat: [String] = []
        @Option(help: "Where the table's construction is documented.") var provenance: String?
        @Option(help: "Output file, e.g. knowledgebase/cohorts/<id>.json.") var out: String
        @Option(name: .customLong("tumor-types"), help: "Tumour types, comma-separated (default: every value of the tumour-type column).") var tumorTypes: String?
        @Option(help: "Genes, comma-separated.") var genes = "KEAP1,NFE2L2"
        @Option(help: "Survival-time column.") var time = "OS_MONTHS"
        @Option(help: "Event column.") var event = "OS_STATUS"
        @Option(help: "The endpoint's name.") var endpoint = "overall survival"
        @Option(name: .customLong("time-unit"), help: "The unit of the times.") var timeUnit = "months"
        @Option(help: "Tied event times in the Cox model: efron or breslow.") var ties = "efron"
        @Option(name: .customLong("conf-type"), help: "Confidence-interval transform of the curves: log, log-log or plain.") var confType = "log"
        @Option(name: .customLong("min-altered"), help: "Least altered patients with follow-up.") var minAltered = 10
        @Option(name: .customLong("min-events"), help: "Least events in all.") var minEvents = 10
        @Option(name: .customLong("min-altered-events"), help: "Least events among the altered patients.") var minAlteredEvents = 3

        func run() throws {
            try reportingFailures {
                let settings = try parsed { () throws(OptionValues.Invalid) in
                    DerivationSettings(
                        id: id, name: name, description: description, dataVersion: dataVersion, caveats: caveat,
                        provenance: provenance, columns: columns.columns, timeColumn: time, eventColumn: event,
                        endpoint: endpoint, timeUnit: timeUnit,
                        tumorTypes: try tumorTypes.map { (text) throws(OptionValues.Invalid) in try OptionValues.list(text, option: "--tumor-types") },
                        genes: try OptionValues.genes(genes),
                        ties: try OptionValues.choice(ties, option: "--ties", as: TiesMethod.self),
                        confidenceTransform: try OptionValues.choice(confType, option: "--conf-type", as: ConfidenceTransform.self),
                        minimums: SurvivalMinimums(alteredPatients: minAltered, events: minEvents, alteredEvents: minAlteredEvents))
                }
                let input = try CohortCommand.input(table)
                let derived = try CommandFailure.wrapping { try CohortEvidenceDeriver.derive(input, settings: settings) }
                try OutputDestination.write(derived.text, to: out)
                var notes = derived.skipped.map { "keapnrf: note: no survival evidence for \($0)" }
                notes.append("keapnrf: wrote \(derived.file.survival.count) survival and \(derived.file.frequencies.count) frequency analyses to \(out)")
                notes.append("keapnrf: note: if \(out) is in a knowledgebase, update its manifest: python3 tools/kb/build_knowledgebase.py --manifest-only")
                StandardStreams.writeError(notes.map { TerminalText.escapingControlCharacters($0) + "\n" }.joined())
            }
        }
    }

    // MARK: - Shared

    /// The knowledgebase of `--kb` (or the default location), loaded and validated.
    static func loadKnowledgebase(_ path: String?) throws -> Knowledgebase {
        let directory = try ResourceOptions.parse(path.map { ["--kb", $0] } ?? []).knowledgebaseDirectory
        return try CommandFailure.wrapping { try KnowledgebaseLoader.load(from: directory) }
    }

    /// The cohort table at `path`.
    static func input(_ path: String) throws -> CohortInput {
        let data = try InputFile.read(path)
        return try CommandFailure.wrapping { try CohortInput(data: data, fileName: URL(fileURLWithPath: path).lastPathComponent) }
    }
}

/// Reads option values, turning a bad value into a usage error (exit 64).
private func parsed<Value>(_ body: () throws(OptionValues.Invalid) -> Value) throws -> Value {
    do {
        return try body()
    } catch {
        throw ValidationError(error.description)
    }
}

/// The column options shared by the subcommands that read genes.
struct CohortColumnOptions: ParsableArguments {
    @Option(name: .customLong("patient-column"), help: "Patient id column; a patient on two rows is an error.")
    var patientColumn = "patient_id"
    @Option(name: .customLong("tumor-type-column"), help: "OncoTree code column.")
    var tumorTypeColumn = "oncotree_code"
    @Option(name: .customLong("status-column"), help: "Per-gene status column, {gene} = the symbol.")
    var statusColumn = "{gene}_status"
    @Option(name: .customLong("change-column"), help: "Per-gene change column (p. or c. changes, ';'-joined; classified by frequencies and lollipop), {gene} = the symbol.")
    var changeColumn = "{gene}_protein_change"
    @Option(name: .customLong("altered-value"), help: "Status of a mutated gene.")
    var alteredValue = "MUT"
    @Option(name: .customLong("wild-type-value"), help: "Status of a wild-type gene.")
    var wildTypeValue = "WT"
    /// The column settings.
    var columns: CohortColumns {
        CohortColumns(
            patient: patientColumn, tumorType: tumorTypeColumn, statusPattern: statusColumn, changePattern: changeColumn,
            alteredValue: alteredValue, wildTypeValue: wildTypeValue)
    }
}

/// What `frequencies` and `lollipop` share: the knowledgebase that classifies the changes, and whether calls
/// with a `[FILTER]` tag count.
struct ClassificationOptions: ParsableArguments {
    @Flag(name: .customLong("pass-only"), help: "Leave out calls with a [FILTER] tag; a gene whose every call is filtered counts as not altered.")
    var passOnly = false
    /// The knowledgebase (annotation of each call) and the rules (what counts as truncating).
    @OptionGroup var resources: ResourceOptions

    /// How filtered calls count.
    var callPolicy: CallFilterPolicy { passOnly ? .passOnly : .includeFiltered }

    /// Loads the knowledgebase, the rules and the table, and classifies every patient's calls.
    func patients(
        table: String, columns: CohortColumns, genes: [String], groupColumn: String
    ) throws -> (knowledgebase: Knowledgebase, input: CohortInput, patients: [PatientAlterations]) {
        let loaded = try resources.load()
        let input = try CohortCommand.input(table)
        var classifier = AlterationClassifier(resources: loaded)
        let patients = try CommandFailure.wrapping {
            try PatientAlterations.read(input, columns: columns, groupColumn: groupColumn, genes: genes, policy: callPolicy, classifier: &classifier)
        }
        return (loaded.knowledgebase, input, patients)
    }
}
