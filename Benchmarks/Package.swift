// swift-tools-version:6.1
import PackageDescription

/// Benchmarks for keapnrf's annotator and CohortStatistics, kept out of the main package so that building or
/// testing keapnrf never fetches or builds the benchmark framework.
///
/// - `AnnotatorBenchmark`: knowledgebase load, per-report annotation time, HGVS parsing, effect prediction
///   and FoundationOne XML reading (`swift package benchmark --target AnnotatorBenchmark`).
/// - `CohortSurvivalBenchmark`: ordo-one/benchmark suite (`swift package benchmark`).
/// - `cohort-survival`: the same work as one command, for `/usr/bin/time -v` against R
///   (see `compare_with_r.sh`).
/// - `annotate-rate`: the single-thread in-process annotation rate that `server_load.sh` compares
///   keapnrf-server's throughput with.
let package = Package(
    name: "keapnrf-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "keapnrf", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "CohortWorkload",
            dependencies: [.product(name: "CohortStatistics", package: "keapnrf")]
        ),
        .executableTarget(
            name: "cohort-survival",
            dependencies: ["CohortWorkload"]
        ),
        // The single-thread in-process annotation rate, the reference of server_load.sh.
        .executableTarget(
            name: "annotate-rate",
            dependencies: [
                .product(name: "Annotator", package: "keapnrf"),
                .product(name: "Interpretation", package: "keapnrf"),
            ]
        ),
        .executableTarget(
            name: "AnnotatorBenchmark",
            dependencies: [
                .product(name: "Annotator", package: "keapnrf"),
                .product(name: "Interpretation", package: "keapnrf"),
                .product(name: "Knowledgebase", package: "keapnrf"),
                .product(name: "ReportReaders", package: "keapnrf"),
                .product(name: "HGVS", package: "keapnrf"),
                .product(name: "VariantEffect", package: "keapnrf"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/AnnotatorBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "CohortSurvivalBenchmark",
            dependencies: [
                "CohortWorkload",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/CohortSurvivalBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
