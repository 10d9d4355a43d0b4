import Benchmark
import Foundation
import HGVS
import Knowledgebase
import ReportReaders
import VariantEffect

/// The per-variant and per-report stages on their own: HGVS parsing, genomic → transcript prediction and
/// reading a FoundationOne XML report. These replace timed unit tests; the numbers are in `Benchmarks/README.md`.
func registerStageBenchmarks(repository: URL, knowledgebase: Knowledgebase, configuration: Benchmark.Configuration) {
    let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    let mc3 = MC3Calls.load(shared.appendingPathComponent("cohorts/tcga_mc3_keap1_nfe2l2_variants.tsv"))
    if mc3.isEmpty { print("StageBenchmarks: ../shared/cohorts is absent; the MC3 benchmarks are skipped") }

    let spellings = mc3.flatMap { [$0.hgvsc, $0.hgvsp] }
    if !spellings.isEmpty {
        Benchmark("Parse HGVS: \(spellings.count) MC3 c./p. strings", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                for spelling in spellings { blackHole(try? HGVSParser.parse(spelling)) }
            }
        }
    }

    let predictions: [(TranscriptModel, GenomicVariant)] = mc3.compactMap { call in
        guard let model = knowledgebase.gene(call.gene)?.transcriptModels[.grch37],
              let variant = try? GenomicVariant(chromosome: call.chromosome, position: call.position,
                                                reference: call.reference, alternate: call.alternate)
        else { return nil }
        return (model, variant)
    }
    if !predictions.isEmpty {
        Benchmark("Predict effect: \(predictions.count) MC3 calls on GRCh37", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                for (model, variant) in predictions { blackHole(try? model.predictEffect(of: variant)) }
            }
        }
    }

    var reports: [(String, Data)] = ["f1cdx-lusc-nfe2l2-e79k.xml", "f1cdx-luad-keap1-g333c-stk11-kras.xml"].compactMap { name in
        FileManager.default.contents(atPath: repository.appendingPathComponent("examples/formats/\(name)").path).map { (name, $0) }
    }
    let sample = "njalloul90_Foundation_Medicine_XML_DataExtraction__sampleFoundation.xml"
    if let data = FileManager.default.contents(atPath: shared.appendingPathComponent("corpus/reports/\(sample)").path) {
        reports.append(("real FoundationOne sample", data))
    }
    for (name, data) in reports {
        Benchmark("Read FoundationOne XML (\(name), \(data.count / 1024) KB)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try ReportReader.read(data, file: name)) }
        }
    }
}

/// The columns of the TCGA MC3 KEAP1/NFE2L2 call table used by the stage benchmarks.
struct MC3Calls {
    let gene: String
    let hgvsc: String
    let hgvsp: String
    let chromosome: String
    let position: Int
    let reference: String
    let alternate: String

    /// The calls in `file`, or none when it is absent or has an unexpected header.
    static func load(_ file: URL) -> [MC3Calls] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        var lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst()
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let gene = column("Hugo_Symbol"), let hgvsc = column("HGVSc"), let hgvsp = column("HGVSp_Short"),
              let chromosome = column("Chromosome"), let position = column("Start_Position"),
              let reference = column("Reference_Allele"), let alternate = column("Tumor_Seq_Allele2")
        else { return [] }
        return lines.compactMap { fields in
            guard fields.count == header.count, let start = Int(fields[position]) else { return nil }
            return MC3Calls(gene: fields[gene], hgvsc: fields[hgvsc], hgvsp: fields[hgvsp], chromosome: fields[chromosome],
                            position: start, reference: fields[reference], alternate: fields[alternate])
        }
    }
}
