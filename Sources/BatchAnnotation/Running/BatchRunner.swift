import Annotator
import Foundation
import Interpretation
import Knowledgebase
import ReportReaders

/// Annotates many reports with one loaded ``Annotator``: reports are read, annotated and written by
/// `jobs` workers at once, a bounded window of reports at a time, so that memory does not grow with the
/// number of reports. Every report gets its index row, in input order, whatever happened to it.
public struct BatchRunner: Sendable {
    /// The annotator every report goes through (the same as `keapnrf annotate`'s).
    public let annotator: Annotator
    public let settings: BatchSettings

    public init(annotator: Annotator, settings: BatchSettings) {
        self.annotator = annotator
        self.settings = settings
    }

    /// What a finished batch did.
    public struct Summary: Sendable, Equatable {
        public var total = 0
        public var failed = 0
        /// Reports skipped by `--resume` because their earlier row still holds.
        public var resumed = 0
    }

    /// Annotates `inputs` into `outputFolder` and writes its `index.tsv`. With `resume`, an input whose
    /// earlier row has the same input SHA-256, options, knowledgebase and rules, and whose output file is still
    /// there with the recorded SHA-256, keeps that row and is not annotated again. `finished` sees every row in
    /// input order as it is written, and whether it was resumed. Throws only when the output folder or the
    /// index cannot be written (or an earlier index cannot be read).
    public func run(
        _ inputs: [BatchInput], outputFolder: URL, resume: Bool, finished: (BatchIndexRow, _ resumed: Bool) -> Void
    ) throws(BatchError) -> Summary {
        let earlier = resume ? try BatchIndex.earlierRows(in: outputFolder) : [:]
        let writer = try IndexWriter(folder: outputFolder)
        var summary = Summary()
        try WindowedWork.run(inputs, jobs: settings.jobs, process: { input in
            process(input, earlier: earlier[input.path], outputFolder: outputFolder)
        }, emit: { (result: (BatchIndexRow, Bool)) throws(BatchError) in
            let (row, resumed) = result
            try writer.append(row)
            summary.total += 1
            if row.status == .error { summary.failed += 1 }
            if resumed { summary.resumed += 1 }
            finished(row, resumed)
        })
        try writer.finish()
        return summary
    }

    /// One report, from its file to its output and row.
    private func process(_ input: BatchInput, earlier: BatchIndexRow?, outputFolder: URL) -> (BatchIndexRow, Bool) {
        let resources = annotator.resources
        let outputName = input.outputName + settings.outputSuffix
        var row = BatchIndexRow(
            input: input.path, inputSHA256: "", format: input.format?.rawValue ?? "", options: settings.options(of: input), status: .error,
            error: "", interpreted: nil, uninterpretable: nil, notInScope: nil, alterations: [], output: "", outputSHA256: "",
            knowledgebaseSHA256: resources.knowledgebase.sha256, rulesSHA256: resources.ruleSet.sha256)
        let data: Data
        switch ReportFile.read(input.path, maxInputBytes: settings.maxInputBytes) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            row.error = failure.message
            return (row, false)
        }
        // The annotator hashes the input too; it is hashed here only when a resumed row must be checked.
        if let earlier {
            row.inputSHA256 = FileDigest.sha256(data)
            if stillHolds(earlier, for: row, outputFolder: outputFolder) { return (earlier, true) }
        }
        let fileName = (input.path as NSString).lastPathComponent
        do {
            let interpretation = try annotator.annotate(
                data, fileName: fileName, tumorType: input.tumorType, format: input.format, sample: input.sample, build: input.build,
                maxInputBytes: settings.maxInputBytes)
            row.format = interpretation.provenance.inputFormat
            row.inputSHA256 = interpretation.provenance.inputSHA256
            let text = try settings.output.text(interpretation, knowledgebase: resources.knowledgebase, language: settings.language, detail: settings.detail)
            let bytes = Data(text.utf8)
            try BatchFiles.write(bytes, to: outputFolder.appendingPathComponent(outputName))
            let dispositions = interpretation.alterations.map(\.annotated.alteration.disposition)
            row.status = .ok
            row.interpreted = dispositions.filter { $0 == .interpreted }.count
            row.uninterpretable = dispositions.filter { $0 == .uninterpretable }.count
            row.notInScope = interpretation.otherAlterations.count
            row.alterations = interpretation.alterations.map(Self.describe)
            row.output = outputName
            row.outputSHA256 = FileDigest.sha256(bytes)
        } catch {
            if row.inputSHA256.isEmpty { row.inputSHA256 = FileDigest.sha256(data) }
            if row.format.isEmpty, let detected = try? ReportFormatDetector.detect(data, file: fileName) { row.format = detected.rawValue }
            row.error = "\(error)"
        }
        return (row, false)
    }

    /// True when an earlier row can stand for this input: same input bytes, options, knowledgebase and rules,
    /// annotated without error, and its output still there unchanged.
    private func stillHolds(_ earlier: BatchIndexRow, for row: BatchIndexRow, outputFolder: URL) -> Bool {
        guard earlier.status == .ok, earlier.inputSHA256 == row.inputSHA256, earlier.options == row.options,
              earlier.knowledgebaseSHA256 == row.knowledgebaseSHA256, earlier.rulesSHA256 == row.rulesSHA256,
              !earlier.output.isEmpty,
              let output = FileManager.default.contents(atPath: outputFolder.appendingPathComponent(earlier.output).path) else { return false }
        return FileDigest.sha256(output) == earlier.outputSHA256
    }

    /// `KEAP1 p.G333C: Likely Oncogenic`; the change is the short protein change, else the c. change, else the
    /// alteration as reported.
    static func describe(_ alteration: AlterationInterpretation) -> String {
        let normalized = alteration.annotated.alteration
        let change = normalized.hgvspShort ?? normalized.hgvsc ?? normalized.source
        let call = normalized.disposition == .interpreted ? alteration.outcome.oncogenicity?.value ?? "no call" : normalized.disposition.rawValue
        return "\(normalized.gene) \(change): \(call)"
    }
}
