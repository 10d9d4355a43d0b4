import Annotator
import Foundation
import Interpretation

// annotate-rate KB RULES N REPORT...: the single-thread, in-process rate of `annotate` + JSON output on the
// reports (cycled), after one load of the knowledgebase and rules; the reference for the server load benchmark.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 4, let count = Int(arguments[arguments.startIndex + 2]), count > 0 else {
    FileHandle.standardError.write(Data("usage: annotate-rate KNOWLEDGEBASE RULES COUNT REPORT...\n".utf8))
    exit(64)
}
let values = Array(arguments)
do {
    let resources = try AnnotationResources.load(
        knowledgebase: URL(fileURLWithPath: values[0]), rules: URL(fileURLWithPath: values[1]))
    let annotator = Annotator(resources: resources)
    let reports = try values[3...].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    var bytes = 0
    // One warm-up pass, then the timed passes.
    for report in reports { bytes += InterpretationJSON.text(try annotator.annotate(report, fileName: "report")).utf8.count }
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
        for index in 0..<count {
            bytes += InterpretationJSON.text(try annotator.annotate(reports[index % reports.count], fileName: "report")).utf8.count
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(String(format: "%d annotations in %.3f s: %.1f per second, %.3f ms each (%d output bytes)", count, seconds, Double(count) / seconds, seconds * 1000 / Double(count), bytes))
} catch {
    FileHandle.standardError.write(Data("annotate-rate: \(error)\n".utf8))
    exit(1)
}
