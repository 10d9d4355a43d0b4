import Annotator
import Foundation
import Knowledgebase
import StrictDecoding

/// Re-runs every signed interpretation of a store with the current knowledgebase and rules and says what
/// would now read differently.
///
/// A store is a folder walked like a batch folder: files holding an interpretation JSON (an object with
/// `schemaVersion` and `provenance`) are the interpretations; every other file is a candidate report or
/// reviewer overrides file, found by its SHA-256 (`provenance.input.sha256`, `provenance.overrides.sha256`).
/// Each interpretation is re-run with its recorded format, `--sample`, `--build`, `--tumor-type` and overrides.
public struct ImpactRunner: Sendable {
    public let annotator: Annotator
    public let jobs: Int

    public init(annotator: Annotator, jobs: Int) {
        self.annotator = annotator
        self.jobs = max(1, jobs)
    }

    /// Every interpretation below `store` (except inside `excluding`, the output folder), in path order; or,
    /// with a manifest, the interpretations it lists, in its order, with the reports and overrides it names.
    public func run(store: URL, excluding: URL, manifest: ImpactManifest? = nil) throws(BatchError) -> [ImpactEntry] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: store.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .usage("\(store.path): not a folder; STORE is a folder of interpretations and the reports they came from")
        }
        if let manifest {
            var entries: [ImpactEntry] = []
            try WindowedWork.run(manifest.rows, jobs: jobs, process: { row in
                assess(row.interpretation, store: store, report: row.report, overrides: row.overrides)
            }, emit: { (entry: ImpactEntry) throws(BatchError) in entries.append(entry) })
            return entries
        }
        let files = BatchInputCollector.files(below: store.path, excluding: excluding)
        var interpretations: [String] = []
        var bySHA256: [String: String] = [:]
        try WindowedWork.run(files, jobs: jobs, process: { relative in
            Self.classify(store.appendingPathComponent(relative))
        }, emit: { (result: StoreFile) throws(BatchError) in
            switch result.kind {
            case .interpretation: interpretations.append(result.relative(to: store))
            case .other(let sha256): if bySHA256[sha256] == nil { bySHA256[sha256] = result.relative(to: store) }
            case .unreadable: break  // neither an interpretation nor a usable report
            }
        })
        guard !interpretations.isEmpty else { throw .usage("\(store.path): no interpretation JSON found (files with schemaVersion and provenance)") }
        let found = bySHA256
        var entries: [ImpactEntry] = []
        try WindowedWork.run(interpretations, jobs: jobs, process: { relative in
            assess(relative, store: store, files: found)
        }, emit: { (entry: ImpactEntry) throws(BatchError) in entries.append(entry) })
        return entries
    }

    /// One interpretation found by SHA-256: its report and overrides are the store files with the recorded hashes.
    private func assess(_ relative: String, store: URL, files: [String: String]) -> ImpactEntry {
        assess(relative, store: store) { recorded in
            (files[recorded.inputSHA256.lowercased()], recorded.overridesSHA256.flatMap { files[$0.lowercased()] })
        }
    }

    /// One interpretation listed in a manifest with its report and overrides; the report must be the recorded input.
    private func assess(_ relative: String, store: URL, report: String, overrides: String?) -> ImpactEntry {
        assess(relative, store: store) { _ in (report, overrides) }
    }

    /// One interpretation: read, its report and overrides located by `locate`, re-run and compared.
    private func assess(_ relative: String, store: URL, locate: (RecordedRun) -> (report: String?, overrides: String?)) -> ImpactEntry {
        let stored = store.appendingPathComponent(relative)
        guard let data = FileManager.default.contents(atPath: stored.path) else {
            return ImpactEntry(interpretation: relative, report: nil, error: "\(relative): cannot read the file")
        }
        do {
            let recorded = try RecordedRun(interpretation: data, name: relative)
            let located = locate(recorded)
            guard let reportPath = located.report else {
                return ImpactEntry(interpretation: relative, report: nil, error: "report missing: no file in the store has the input SHA-256 \(recorded.inputSHA256)")
            }
            guard let report = FileManager.default.contents(atPath: store.appendingPathComponent(reportPath).path) else {
                return ImpactEntry(interpretation: relative, report: reportPath, error: "\(reportPath): report missing or unreadable")
            }
            guard FileDigest.sha256(report) == recorded.inputSHA256.lowercased() else {
                return ImpactEntry(interpretation: relative, report: reportPath, error: "\(reportPath): SHA-256 \(FileDigest.sha256(report)) is not the interpretation's input SHA-256 \(recorded.inputSHA256)")
            }
            var overrides: (data: Data, name: String)?
            if let overridesPath = located.overrides {
                guard let overridesData = FileManager.default.contents(atPath: store.appendingPathComponent(overridesPath).path) else {
                    return ImpactEntry(interpretation: relative, report: reportPath, error: "\(overridesPath): overrides missing or unreadable")
                }
                // Its SHA-256 is checked against the recorded one by the re-run.
                overrides = (overridesData, (overridesPath as NSString).lastPathComponent)
            } else if let sha256 = recorded.overridesSHA256 {
                return ImpactEntry(interpretation: relative, report: reportPath, error: "overrides missing: no file in the store has the overrides SHA-256 \(sha256)")
            }
            let rerun = try recorded.rerun(with: annotator, report: report, reportName: (reportPath as NSString).lastPathComponent, overrides: overrides)
            return ImpactEntry(interpretation: relative, report: reportPath, differences: InterpretationComparison.differences(old: recorded.document, new: rerun))
        } catch {
            return ImpactEntry(interpretation: relative, report: nil, error: error.description)
        }
    }

    /// What a store file is.
    private struct StoreFile: Sendable {
        enum Kind: Sendable { case interpretation, other(sha256: String), unreadable }
        let path: String
        let kind: Kind

        func relative(to store: URL) -> String {
            String(path.dropFirst(store.path.count).drop { $0 == "/" })
        }
    }

    private static func classify(_ url: URL) -> StoreFile {
        guard let data = FileManager.default.contents(atPath: url.path) else { return StoreFile(path: url.path, kind: .unreadable) }
        if data.first == UInt8(ascii: "{"), case .object(let fields)? = try? JSONParser.parse(Array(data)),
           fields["schemaVersion"] != nil, fields["provenance"] != nil {
            return StoreFile(path: url.path, kind: .interpretation)
        }
        return StoreFile(path: url.path, kind: .other(sha256: FileDigest.sha256(data)))
    }
}
