// swift-tools-version:5.3
import PackageDescription

/// In-process fuzzing of every keapnrf parser with libFuzzer, kept out of the main package (as the benchmarks
/// are) because the targets are built only with `-sanitize=fuzzer,address -parse-as-library`; `run.sh` builds
/// and runs them. One executable per parser; each `main.swift` holds only `LLVMFuzzerTestOneInput`.
/// Tools version 5.3, whose executables (a `.target` with `main.swift`) are linked with libFuzzer's own
/// `main`; newer manifests rename the entry point to `<target>_main`, which `-parse-as-library` leaves undefined.
let parsers = [
    "FuzzKeapnrfJSON", "FuzzFoundationOneXML", "FuzzFHIRJSON", "FuzzFHIRXML", "FuzzVCF", "FuzzMAF",
    "FuzzHGVS", "FuzzOverridesYAML", "FuzzCohortTSV", "FuzzCanonicalJSON",
]

let package = Package(
    name: "keapnrf-fuzz",
    dependencies: [.package(name: "keapnrf", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [
            .product(name: "ReportReaders", package: "keapnrf"),
            .product(name: "HGVS", package: "keapnrf"),
            .product(name: "Annotator", package: "keapnrf"),
            .product(name: "Interpretation", package: "keapnrf"),
            .product(name: "CohortStatistics", package: "keapnrf"),
        ]),
    ] + parsers.map { .target(name: $0, dependencies: ["FuzzSupport"]) }
)
