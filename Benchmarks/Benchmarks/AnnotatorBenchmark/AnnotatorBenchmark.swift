import Annotator
import Benchmark
import Foundation
import Interpretation

/// Knowledgebase + rules load time, per-report annotation time after load (issue targets: load ≤ 20 ms,
/// one report ≤ 2 ms), and the reading and normalising stages on their own (`StageBenchmarks.swift`).
/// Run from `Benchmarks/` with `swift package benchmark --target AnnotatorBenchmark`.
let benchmarks: @Sendable () -> Void = {
    let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let knowledgebase = repository.appendingPathComponent("knowledgebase")
    let rules = repository.appendingPathComponent("rules")
    let examples = ["lusc-nfe2l2-e79k", "luad-keap1-g333c-stk11-kras", "escc-nfe2l2-d29h"].compactMap { name in
        FileManager.default.contents(atPath: repository.appendingPathComponent("examples/\(name).json").path).map { (name, $0) }
    }
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        warmupIterations: 3, maxDuration: .seconds(10), maxIterations: 200)

    Benchmark("Load and validate knowledgebase + rules", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try AnnotationResources.load(knowledgebase: knowledgebase, rules: rules))
        }
    }

    guard let resources = try? AnnotationResources.load(knowledgebase: knowledgebase, rules: rules) else {
        print("AnnotatorBenchmark: the knowledgebase or rules did not load")
        return
    }
    registerStageBenchmarks(repository: repository, knowledgebase: resources.knowledgebase, configuration: configuration)
    let annotator = Annotator(resources: resources)
    for (name, data) in examples {
        Benchmark("Annotate one report after load (\(name)), JSON written", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(InterpretationJSON.text(try annotator.annotate(data, fileName: name)))
            }
        }
    }
}
