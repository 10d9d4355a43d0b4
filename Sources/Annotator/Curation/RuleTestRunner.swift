import Foundation
import Interpretation
import Knowledgebase
import ReportModel
import RulesEngine
import StrictDecoding

/// The result of one rule test case.
public struct RuleTestResult: Hashable, Sendable {
    public var file: String
    public var name: String
    /// Empty when the case passed.
    public var failures: [String]
    public var passed: Bool { failures.isEmpty }
}

/// Runs the curator-written cases in `rules/tests/*.yaml` through the whole annotator.
public struct RuleTestRunner: Sendable {
    public let annotator: Annotator

    public init(annotator: Annotator) {
        self.annotator = annotator
    }

    /// Reads every `*.yaml` test file in `directory`. Errors name a file by its folder and the folder above
    /// (`rules/tests/scenarios.yaml`, or the end of the path given with `rules test --cases`).
    public static func loadCases(from directory: URL) throws(AnnotatorError) -> [(file: String, cases: [RuleTestCase])] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        } catch {
            throw .invalidArgument("rule tests folder not found: \(directory.path)")
        }
        let folderName = "\(directory.deletingLastPathComponent().lastPathComponent)/\(directory.lastPathComponent)"
        var result: [(String, [RuleTestCase])] = []
        for name in names {
            let file = "\(folderName)/\(name)"
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else {
                throw .invalidArgument("\(file): cannot be read as UTF-8 text")
            }
            do {
                result.append((name, try StrictDecoder.decodeYAML(RuleTestFile.self, from: text, file: file).cases))
            } catch {
                throw .invalidArgument("\(error)")
            }
        }
        return result
    }

    /// The interpretation of a case's scenario.
    public func interpret(_ testCase: RuleTestCase) throws(AnnotatorError) -> Interpretation {
        var report = PatientReport(tumorType: ReportedTumorType(oncotreeCode: testCase.tumorType))
        for (index, alteration) in ([testCase.alteration] + (testCase.otherAlterations ?? [])).enumerated() {
            let location = SourceLocation(index == 0 ? "case alteration" : "case otherAlterations[\(index - 1)]")
            if let kind = alteration.copyNumber {
                guard let parsed = CopyNumberAlteration.Kind(rawValue: kind) else {
                    throw .invalidArgument("case '\(testCase.name)': unknown copy-number type '\(kind)'")
                }
                report.copyNumberAlterations.append(CopyNumberAlteration(gene: alteration.gene, kind: parsed, location: location))
            } else if let kind = alteration.rearrangement {
                guard let parsed = Rearrangement.Kind(rawValue: kind) else {
                    throw .invalidArgument("case '\(testCase.name)': unknown rearrangement type '\(kind)'")
                }
                report.rearrangements.append(Rearrangement(genes: [alteration.gene], kind: parsed, exons: alteration.exons ?? [], location: location))
            } else {
                report.shortVariants.append(ShortVariant(
                    gene: alteration.gene, transcript: alteration.transcript, hgvsc: alteration.hgvsc, hgvsp: alteration.hgvsp, location: location))
            }
        }
        return try annotator.interpret(report, inputSHA256: FileDigest.sha256(testCase.name), inputFormat: "rule-test", tumorTypeOverride: testCase.tumorType)
    }

    /// Runs one case.
    public func run(_ testCase: RuleTestCase, file: String) -> RuleTestResult {
        let interpretation: Interpretation
        do {
            interpretation = try interpret(testCase)
        } catch {
            return RuleTestResult(file: file, name: testCase.name, failures: ["\(error)"])
        }
        guard let entry = interpretation.alterations.first else {
            return RuleTestResult(file: file, name: testCase.name, failures: ["the alteration was not interpreted (outside KEAP1/NFE2L2/CUL3?)"])
        }
        return RuleTestResult(file: file, name: testCase.name, failures: Self.failures(entry, testCase.expect))
    }

    static func failures(_ entry: AlterationInterpretation, _ expect: TestExpectation) -> [String] {
        var failures: [String] = []
        let alteration = entry.annotated.alteration
        func check(_ name: String, _ expected: String?, _ actual: String?) {
            if let expected, expected != (actual ?? "none") { failures.append("\(name): expected \(expected), got \(actual ?? "none")") }
        }
        check("disposition", expect.disposition, alteration.disposition.rawValue)
        check("reason", expect.reason, alteration.reason)
        check("oncogenicity", expect.oncogenicity, entry.outcome.oncogenicity?.value)
        check("effect", expect.effect, entry.outcome.effect?.value)
        check("region", expect.region, entry.annotated.hotspot.region)
        if let hotspot = expect.hotspot, hotspot != entry.annotated.hotspot.isHotspot {
            failures.append("hotspot: expected \(hotspot), got \(entry.annotated.hotspot.isHotspot)")
        }
        failures += statements("prognosis", expect.prognosis ?? [], entry.prognosis)
        failures += statements("therapy", expect.therapy ?? [], entry.therapyResistance)
        for id in expect.frequencies ?? [] where !entry.frequencies.contains(where: { $0.evidence.contains(id) }) {
            failures.append("frequencies: \(id) missing")
        }
        for id in expect.trials ?? [] where !entry.trials.contains(where: { $0.evidence.contains(id) }) {
            failures.append("trials: \(id) missing")
        }
        let everything = entry.prognosis + entry.therapyResistance + entry.frequencies + entry.trials
        for id in expect.absent ?? [] where everything.contains(where: { $0.evidence.contains(id) }) {
            failures.append("\(id) must not appear")
        }
        check("tier", expect.tier, entry.tier?.tier)
        for id in expect.notApplicable ?? [] where !entry.notApplicable.contains(where: { $0.statement.evidence.contains(id) }) {
            failures.append("notApplicable: \(id) is not listed as not applicable")
        }
        if let withheld = expect.statementsWithheld, withheld != entry.outcome.statementsWithheld {
            failures.append("statementsWithheld: expected \(withheld), got \(entry.outcome.statementsWithheld)")
        }
        if withheldButStated(entry) { failures.append("statements attached although withheld") }
        if let gap = expect.knowledgeGap, gap == entry.gaps.isEmpty {
            failures.append("knowledgeGap: expected \(gap ? "a" : "no") knowledge gap, got \(entry.gaps.count)")
        }
        let fired = Set(entry.outcome.fired.map(\.id))
        for id in expect.fired ?? [] where !fired.contains(id) { failures.append("rule \(id) did not fire") }
        for id in expect.notFired ?? [] where fired.contains(id) { failures.append("rule \(id) fired") }
        return failures
    }

    /// True when the statement policy withheld statements but some are attached anyway.
    private static func withheldButStated(_ entry: AlterationInterpretation) -> Bool {
        entry.outcome.statementsWithheld && !(entry.prognosis + entry.therapyResistance + entry.trials).isEmpty
    }

    private static func statements(_ name: String, _ expected: [ExpectedStatement], _ actual: [Statement]) -> [String] {
        expected.compactMap { want in
            let matches = actual.filter { $0.evidence.contains(want.evidence) }
            guard !matches.isEmpty else { return "\(name): no statement citing \(want.evidence)" }
            let found = matches.contains { statement in
                (want.direction.map { $0 == statement.direction } ?? true)
                    && (want.therapyClass.map { $0 == statement.therapyClass } ?? true)
                    && (want.tumorTypeMatch.map { $0 == statement.tumorTypeMatch.rawValue } ?? true)
                    && (want.ampLevel.map { level in statement.levels.contains { $0.framework == RuleVocabulary.ampFramework && $0.level == level } } ?? true)
            }
            guard !found else { return nil }
            let seen = matches.map { "\($0.direction)/\($0.therapyClass ?? "-")/\($0.tumorTypeMatch.rawValue)" }.joined(separator: ", ")
            return "\(name): \(want.evidence) found as \(seen), not as expected (\(want.direction ?? "*")/\(want.therapyClass ?? "*")/\(want.tumorTypeMatch ?? "*")/level \(want.ampLevel ?? "*"))"
        }
    }
}
