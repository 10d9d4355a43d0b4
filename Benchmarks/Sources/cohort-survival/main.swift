import CohortWorkload
import Foundation

// cohort-survival COHORT.tsv [CANCER_TYPE|ALL] [KEAP1|NFE2L2] [--json]
//
// The benchmarked work as one process: read the table, filter, fit KM + log-rank + Cox +
// proportional-hazards test, print one summary line (or the full JSON result with --json).
// Timed with /usr/bin/time -v by compare_with_r.sh.
let arguments = Array(CommandLine.arguments.dropFirst())
let positional = arguments.filter { !$0.hasPrefix("--") }
guard let path = positional.first else {
    FileHandle.standardError.write(Data("usage: cohort-survival COHORT.tsv [CANCER_TYPE|ALL] [KEAP1|NFE2L2] [--json]\n".utf8))
    exit(2)
}
let cancerType = positional.count > 1 && positional[1] != "ALL" ? positional[1] : nil
let gene = positional.count > 2 ? positional[2] : "KEAP1"
do {
    let result = try CohortWorkload.run(
        cohort: URL(fileURLWithPath: path), request: .init(cancerType: cancerType, gene: gene))
    if arguments.contains("--json") {
        FileHandle.standardOutput.write(try result.jsonData())
        print()
    } else {
        print(CohortWorkload.summary(result))
    }
} catch {
    FileHandle.standardError.write(Data("cohort-survival: \(error)\n".utf8))
    exit(1)
}
