import Foundation
import Interpretation
import Knowledgebase
import KnowledgeLookup
import Normalization
import ReportModel
import ReportReaders
import RulesEngine

/// Runs the whole flow for one report: read → normalise → look up knowledge → apply rules → interpretation.
public struct Annotator: Sendable {
    public let resources: AnnotationResources
    private let normalizer: Normalizer
    private let lookup: KnowledgeLookup
    private let engine: RuleEngine
    private let classifier: OncogenicityClassifier
    private let builder: InterpretationBuilder
    /// The KEAP1/NFE2L2 coding spans that assign VCF records to genes (see ``geneSpans(of:)``).
    private let geneSpans: [GeneSpan]

    public init(resources: AnnotationResources) {
        self.resources = resources
        normalizer = Normalizer(knowledgebase: resources.knowledgebase)
        lookup = KnowledgeLookup(knowledgebase: resources.knowledgebase)
        engine = RuleEngine(ruleSet: resources.ruleSet)
        classifier = OncogenicityClassifier(criteria: resources.ruleSet.classification, knowledgebase: resources.knowledgebase)
        builder = InterpretationBuilder(knowledgebase: resources.knowledgebase, statementPolicy: resources.ruleSet.statementPolicy)
        geneSpans = Self.geneSpans(of: resources.knowledgebase)
    }

    /// Annotates a report file's bytes. `fileName` names the file in error messages only.
    /// `tumorType` (an OncoTree code) overrides the report's tumour type. The format is detected from the
    /// content unless `format` names it; `sample` and `build` choose the tumour sample and genome build of a
    /// VCF or MAF; inputs larger than `maxInputBytes` are refused before parsing. Notices from the reader
    /// (e.g. an ignored XML encoding declaration) are added to the interpretation's warnings. `overrides` are a
    /// reviewer's decisions, applied after the oncogenicity rules.
    public func annotate(
        _ data: Data, fileName: String, tumorType: String? = nil, format: ReportFormat? = nil, sample: String? = nil,
        build: GenomeBuild? = nil, maxInputBytes: Int = ReportReadOptions.defaultMaxInputBytes, overrides: ReviewerOverrides? = nil
    ) throws(AnnotatorError) -> Interpretation {
        let options = ReportReadOptions(sample: sample, build: build, maxInputBytes: maxInputBytes, geneSpans: geneSpans)
        let reading: ReportReading
        do {
            reading = try ReportReader.read(data, file: fileName, format: format, options: options)
        } catch {
            throw .input(error)
        }
        var interpretation = try interpret(
            reading.report, inputSHA256: FileDigest.sha256(data), inputFormat: reading.format.rawValue, tumorTypeOverride: tumorType,
            overrides: overrides)
        interpretation.warnings += reading.notices
        interpretation.provenance.inputSample = sample
        interpretation.provenance.inputBuild = build?.rawValue
        return interpretation
    }

    /// Annotates one alteration without a report: `variant` is a c. or p. description (`p.G333C`,
    /// `c.235G>A`, `NM_006164.5:c.235G>A`). The input hash is that of `GENE<TAB>VARIANT<TAB>TUMOR_TYPE`.
    public func lookup(gene: String, variant: String, tumorType: String? = nil) throws(AnnotatorError) -> Interpretation {
        let trimmedGene = gene.trimmingCharacters(in: .whitespaces)
        let trimmedVariant = variant.trimmingCharacters(in: .whitespaces)
        guard !trimmedGene.isEmpty, !trimmedVariant.isEmpty else {
            throw .invalidArgument("lookup needs a gene symbol and a variant, e.g. `keapnrf lookup KEAP1 p.G333C`")
        }
        let isCoding = Normalizer.looksLikeCodingDNA(trimmedVariant)
        let shortVariant = ShortVariant(
            gene: trimmedGene, hgvsc: isCoding ? trimmedVariant : nil, hgvsp: isCoding ? nil : trimmedVariant,
            location: SourceLocation("command line"))
        let report = PatientReport(tumorType: ReportedTumorType(oncotreeCode: tumorType), shortVariants: [shortVariant])
        let key = [trimmedGene, trimmedVariant, tumorType ?? ""].joined(separator: "\t")
        return try interpret(report, inputSHA256: FileDigest.sha256(key), inputFormat: "lookup", tumorTypeOverride: tumorType)
    }

    /// Interprets an already-read report.
    public func interpret(
        _ report: PatientReport, inputSHA256: String, inputFormat: String, tumorTypeOverride: String?, overrides: ReviewerOverrides? = nil
    ) throws(AnnotatorError) -> Interpretation {
        let knowledgebase = resources.knowledgebase
        let tumorType = try resolveTumorType(report.tumorType, override: tumorTypeOverride)
        let (inScope, others) = normalizer.normalize(report)

        let annotated = inScope.map(lookup.annotate)
        let reviewed = try overrides?.assign(to: inScope, normalizer: normalizer) ?? [:]
        let lossOfFunction = resources.ruleSet.lossOfFunction
        let everything = annotated.map { ContextFactory.coAlteration($0.alteration, lossOfFunction: lossOfFunction) }
            + others.map { ContextFactory.coAlteration($0, lossOfFunction: lossOfFunction) }
        let reportIndex = ReportContext.Index(everything)  // once per report, shared by every alteration's context
        let alterations = annotated.enumerated().map { index, entry -> EvaluatedAlteration in
            let context = ReportContext(tumorLineage: tumorType.lineage, tumorGroups: Set(tumorType.groups), index: reportIndex, excluding: index)
            return evaluate(entry, context: context, changes: reviewed[index] ?? [])
        }
        var provenance = Provenance(
            toolName: ToolVersion.name, toolVersion: ToolVersion.current,
            knowledgebaseVersion: knowledgebase.version, knowledgebaseSHA256: knowledgebase.sha256,
            rulesName: resources.ruleSet.name, rulesVersion: resources.ruleSet.version, rulesSHA256: resources.ruleSet.sha256,
            inputSHA256: inputSHA256, inputFormat: inputFormat, oncotreeRelease: knowledgebase.oncotree.release)
        provenance.overridesSHA256 = overrides?.sha256
        let header = ReportHeader(
            patientId: report.patientId, specimenId: report.specimenId, panel: report.panel,
            reportDate: report.reportDate, genomeBuild: report.genomeBuild?.rawValue)
        // Variant origin (somatic/germline) as the report states it, for the FHIR genomic source class.
        let origins = Dictionary(report.shortVariants.compactMap { variant in variant.origin.map { (variant.location, $0) } }, uniquingKeysWith: { first, _ in first })
        return builder.build(
            provenance: provenance, header: header, tumorType: tumorType, alterations: alterations,
            otherAlterations: others.map(ContextFactory.listing), biomarkers: report.biomarkers, origins: origins,
            reportAlterations: everything)
    }

    /// Runs the rules for one alteration. With a reviewer's changes the rules run again with the reviewed
    /// decision, and each change records the value the rules had reached.
    private func evaluate(_ entry: AnnotatedAlteration, context: ReportContext, changes: [ReviewerOverride]) -> EvaluatedAlteration {
        let facts = ContextFactory.facts(entry)
        let classification = entry.alteration.disposition == .interpreted ? classifier.classify(entry, facts: facts, context: context) : nil
        let byRules = engine.evaluate(facts, context: context, classification: classification)
        guard !changes.isEmpty else { return EvaluatedAlteration(annotated: entry, outcome: byRules) }
        let decision = ReviewedDecision(
            oncogenicity: changes.last { $0.field == "oncogenicity" }?.value, effect: changes.last { $0.field == "effect" }?.value)
        let applied = changes.map { change in
            AppliedOverride(
                field: change.field,
                originalValue: change.field == "oncogenicity" ? byRules.oncogenicity?.value : change.field == "effect" ? byRules.effect?.value : nil,
                newValue: change.value, reviewer: change.reviewer, reason: change.reason, date: change.date)
        }
        return EvaluatedAlteration(annotated: entry, outcome: engine.evaluate(facts, context: context, classification: classification, reviewedDecision: decision), overrides: applied)
    }

    /// The longest `--tumor-type` looked up: longer text is refused before the closest-code search (whose
    /// time grows with its length) and echoed only in part.
    static let maximumTumorTypeLength = 64

    /// The tumour type: the `--tumor-type` code (which must exist), else the report's code, else its diagnosis text.
    private func resolveTumorType(_ reported: ReportedTumorType, override: String?) throws(AnnotatorError) -> ResolvedTumorType {
        let knowledgebase = resources.knowledgebase
        var match: TumorTypeMatch?
        var method: String?
        if let override {
            guard override.count <= Self.maximumTumorTypeLength else {
                throw .invalidArgument("unknown OncoTree code '\(override.prefix(Self.maximumTumorTypeLength))…' (\(override.count) characters; OncoTree codes are at most \(Self.maximumTumorTypeLength))")
            }
            guard let node = knowledgebase.oncotree.node(override) else {
                let suggested = knowledgebase.tumorTypes.suggestions(for: override).map { code in
                    knowledgebase.oncotree.node(code).map { "\(code) (\($0.name))" } ?? code
                }.joined(separator: ", ")
                throw .invalidArgument("unknown OncoTree code '\(override)' (OncoTree \(knowledgebase.oncotree.release)); suggested codes: \(suggested)")
            }
            match = TumorTypeMatch(code: node.code, method: .code, matchedText: override)
            method = "option"
        } else if let code = reported.oncotreeCode, let found = knowledgebase.tumorTypes.match(code) {
            match = found
        } else if let text = reported.diagnosisText, let found = knowledgebase.tumorTypes.match(text) {
            match = found
        }
        guard let match, let node = knowledgebase.oncotree.node(match.code) else {
            return ResolvedTumorType(
                oncotreeCode: nil, name: nil, matchedBy: nil, matchedText: nil, lineage: [], groups: [],
                reportedCode: reported.oncotreeCode, reportedDiagnosis: reported.diagnosisText)
        }
        let groups = knowledgebase.tumorTypes.groupIDs(containing: node.code)
        var resolved = ResolvedTumorType(
            oncotreeCode: node.code, name: node.name, matchedBy: method ?? match.method.rawValue, matchedText: match.matchedText,
            lineage: knowledgebase.oncotree.lineage(of: node.code), groups: groups,
            reportedCode: reported.oncotreeCode, reportedDiagnosis: reported.diagnosisText)
        resolved.histologyNeeded = knowledgebase.oncotree.isTissue(node.code)
        return resolved
    }
}

extension Annotator {
    /// The coding span of every knowledgebase gene on each build it models (first to last coding base of
    /// the MANE transcript), with its MANE RefSeq and Ensembl transcripts: a VCF record inside a span is
    /// assigned to that gene.
    static func geneSpans(of knowledgebase: Knowledgebase) -> [GeneSpan] {
        knowledgebase.geneSymbols.compactMap { knowledgebase.gene($0) }.flatMap { gene -> [GeneSpan] in
            let transcripts = [gene.file.maneSelect.refseqTranscript, gene.file.maneSelect.ensemblTranscript]
            return gene.transcriptModels.values.sorted { $0.assembly.rawValue < $1.assembly.rawValue }.compactMap { model in
                guard let build = GenomeBuild(rawValue: model.assembly.rawValue),
                      let start = model.codingExons.map(\.codingStart).min(),
                      let end = model.codingExons.map(\.codingEnd).max() else { return nil }
                return GeneSpan(gene: gene.symbol, build: build, chromosome: model.chromosome, range: start...end, transcripts: transcripts)
            }
        }
    }
}
