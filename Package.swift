// swift-tools-version:6.0
import PackageDescription

/// keapnrf: a clinical decision-support annotator for KEAP1 and NFE2L2 (NRF2) alterations.
///
/// Modules follow the data flow, one stage each:
/// read report (`ReportReaders` → `ReportModel`) → normalise variants (`HGVS`, `VariantEffect`,
/// `Normalization`) → look up knowledge (`Knowledgebase`, `KnowledgeLookup`) → apply rules
/// (`RulesEngine`) → write interpretation (`Interpretation`). `Annotator` wires the stages
/// together for the CLI (`keapnrf`); `CohortStatistics` holds the survival and frequency maths and
/// `CohortAnalysis` runs cohort tables through the annotator to derive cohort evidence.
let package = Package(
    name: "keapnrf",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "keapnrf", targets: ["KeapnrfCLI"]),
        .executable(name: "keapnrf-server", targets: ["KeapnrfServer"]),
        .library(name: "Annotator", targets: ["Annotator"]),
        .library(name: "Interpretation", targets: ["Interpretation"]),
        .library(name: "CohortStatistics", targets: ["CohortStatistics"]),
        // The stages on their own, for the benchmarks package and other embedders.
        .library(name: "ReportReaders", targets: ["ReportReaders"]),
        .library(name: "HGVS", targets: ["HGVS"]),
        .library(name: "VariantEffect", targets: ["VariantEffect"]),
        .library(name: "Knowledgebase", targets: ["Knowledgebase"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // 3.x or 4.x: jwt-kit 5 (server only) needs 4.x.
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The HTTP service (keapnrf-server) only; the keapnrf command does not link these.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // libxml2 through the system library (Debian: libxml2-dev; pkg-config: libxml-2.0).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // zlib through the system library (Debian: zlib1g-dev; pkg-config: zlib), for gzip/bgzip-compressed VCF.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),

        // Strict JSON/YAML decoding shared by the report, knowledgebase and rules readers:
        // unknown keys, wrong types and missing fields are errors that name the file and path.
        .target(name: "StrictDecoding", dependencies: [.product(name: "Yams", package: "Yams")]),
        // A compact binary form, written and read without Codable, for the validated knowledgebase and rules snapshot.
        .target(name: "SnapshotCoding"),

        // Stage 1: read a report into the canonical model.
        .target(name: "ReportModel"),
        .target(name: "ReportReaders", dependencies: ["ReportModel", "StrictDecoding", "CLibXML2", "CZlib"]),

        // Stage 2: normalise variants.
        .target(name: "HGVS"),
        .target(name: "VariantEffect", dependencies: ["HGVS", "SnapshotCoding"]),
        .target(name: "Knowledgebase", dependencies: [
            "HGVS", "VariantEffect", "StrictDecoding", "SnapshotCoding",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Normalization", dependencies: ["ReportModel", "HGVS", "VariantEffect", "Knowledgebase"]),

        // Stage 3: look up knowledge for a normalised alteration.
        .target(name: "KnowledgeLookup", dependencies: ["Normalization", "Knowledgebase", "HGVS", "VariantEffect"]),

        // Stage 4: apply declarative rules.
        .target(name: "RulesEngine", dependencies: [
            "ReportModel", "KnowledgeLookup", "Knowledgebase", "StrictDecoding", "SnapshotCoding",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // Stage 5: write the interpretation (JSON; HTML and Markdown from Mustache templates; FHIR).
        .target(name: "Interpretation", dependencies: [
            "RulesEngine", "KnowledgeLookup", "Knowledgebase", "StrictDecoding",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),

        // The pipeline, and the statistics used to derive cohort evidence.
        .target(name: "Annotator", dependencies: [
            "ReportReaders", "Normalization", "KnowledgeLookup", "RulesEngine", "Interpretation", "StrictDecoding", "SnapshotCoding",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "CohortStatistics"),
        // Many reports through one loaded annotator (`keapnrf batch`), and the impact of a knowledgebase or rules
        // change on stored interpretations (`keapnrf impact`).
        .target(name: "BatchAnnotation", dependencies: [
            "Annotator", "Interpretation", "Knowledgebase", "Normalization", "ReportReaders", "ReportModel", "StrictDecoding",
        ]),
        // Cohort tables through the annotator: alteration frequencies, residue counts, survival by group,
        // and knowledgebase cohort evidence.
        .target(name: "CohortAnalysis", dependencies: [
            "Annotator", "CohortStatistics", "Knowledgebase", "Interpretation",
            "Normalization", "KnowledgeLookup", "ReportModel", "StrictDecoding",
        ]),

        .executableTarget(name: "KeapnrfCLI", dependencies: [
            "Annotator", "BatchAnnotation", "CohortStatistics", "CohortAnalysis",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // The HTTP service: routes, authentication, limits and problem documents on Hummingbird.
        .target(name: "KeapnrfServerApp", dependencies: [
            "Annotator", "Interpretation", "Knowledgebase", "RulesEngine", "ReportReaders", "ReportModel", "StrictDecoding",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOFoundationCompat", package: "swift-nio"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ], resources: [.copy("openapi.yaml")]),  // the contract; the repository's openapi.yaml links to it
        .executableTarget(name: "KeapnrfServer", dependencies: [
            "KeapnrfServerApp",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "HGVSTests", dependencies: ["HGVS", "TestSupport"]),
        .testTarget(name: "VariantEffectTests", dependencies: ["VariantEffect", "HGVS", "SnapshotCoding", "TestSupport"]),
        .testTarget(
            name: "CohortStatisticsTests", dependencies: ["CohortStatistics", "TestSupport"],
            exclude: ["Fixtures", "Oracles"]  // the extra R oracle script and its stored output
        ),
        .testTarget(name: "ReportReadersTests", dependencies: [
            "ReportReaders", "ReportModel", "Annotator", "Interpretation", "TestSupport",
            "CLibXML2",  // to check the process-wide external entity loader the parser installs
        ]),
        .testTarget(name: "CohortAnalysisTests", dependencies: [
            "CohortAnalysis", "CohortStatistics", "Knowledgebase", "Annotator", "Interpretation", "RulesEngine", "StrictDecoding",
            "TestSupport",
            "KeapnrfCLI",  // built so that the command-line tests can run it
        ], exclude: ["Oracles", "Fixtures"]),  // the R script and the oracle output it wrote
        .testTarget(name: "AnnotatorTests", dependencies: [
            "Annotator", "ReportReaders", "ReportModel", "Normalization", "Knowledgebase", "HGVS",
            "KnowledgeLookup", "RulesEngine", "Interpretation", "StrictDecoding", "SnapshotCoding", "TestSupport",
            "KeapnrfCLI",  // built so that the command-line tests can run it
        ], exclude: ["Golden"]),  // hand-written expectations, read from the source tree
        .testTarget(name: "BatchAnnotationTests", dependencies: [
            "BatchAnnotation", "Annotator", "Interpretation", "StrictDecoding", "TestSupport",
            "KeapnrfCLI",  // built so that the command-line tests can run it
        ]),
        .testTarget(name: "InterpretationTests", dependencies: [
            "Interpretation", "Annotator", "Knowledgebase", "RulesEngine", "StrictDecoding", "TestSupport",
            "KeapnrfCLI",  // built so that the digest and verify tests can run it
        ], exclude: ["Golden", "Fixtures"]),  // golden outputs and fixtures, read from the source tree
        .testTarget(name: "KeapnrfServerTests", dependencies: [
            "KeapnrfServerApp", "Annotator", "Interpretation", "TestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "Crypto", package: "swift-crypto"),
            "KeapnrfCLI",  // built so that the byte-identity tests can run it
        ]),
    ]
)
