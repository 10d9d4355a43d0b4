import Benchmark
import CohortStatistics
import CohortWorkload
import Foundation

/// Cohort KM + log-rank + Cox for one gene on the 60,056-patient synthetic cohort.
///
/// Run from `Benchmarks/` with `swift package benchmark`; the cohort file is the one named by
/// `KEAPNRF_SYNTHETIC_COHORT`, or generated with `../shared/oracles/make_cohort.py`.
let benchmarks: @Sendable () -> Void = {
    let benchmarksDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let cohort: URL
    do {
        cohort = try SyntheticCohortFile.locate(benchmarksDirectory: benchmarksDirectory)
    } catch {
        print("CohortSurvivalBenchmark: \(error)")
        return
    }
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 30)

    Benchmark("Read table + KM + log-rank + Cox + PH test, KEAP1, all 60,056 patients",
              configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try CohortWorkload.run(cohort: cohort, request: .init(cancerType: nil)))
        }
    }

    Benchmark("Read table + KM + log-rank + Cox + PH test, KEAP1, LUAD (3,513 patients)",
              configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try CohortWorkload.run(cohort: cohort, request: .init(cancerType: "LUAD")))
        }
    }

    Benchmark("Read and split the 60,056-row table only", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try CohortTable(contentsOf: cohort))
        }
    }
}
