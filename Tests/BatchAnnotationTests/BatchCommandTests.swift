import Foundation
import Testing
import TestSupport

/// `keapnrf batch`: one index row per input whatever happened, outputs equal to `keapnrf annotate`'s, resume,
/// and the same outputs and index whatever the number of workers.
@Suite("Batch command")
struct BatchCommandTests {
    /// The reports of the mixed folder: good ones in every format (copied from examples/) and broken ones.
    private static let good: [(file: String, source: String)] = [
        ("json/escc-nfe2l2-d29h.json", "examples/escc-nfe2l2-d29h.json"),
        ("json/luad-keap1-g333c-stk11-kras.json", "examples/luad-keap1-g333c-stk11-kras.json"),
        ("json/lusc-nfe2l2-e79k.json", "examples/lusc-nfe2l2-e79k.json"),
        ("f1/f1cdx-luad-keap1-g333c-stk11-kras.xml", "examples/formats/f1cdx-luad-keap1-g333c-stk11-kras.xml"),
        ("fhir-escc-nfe2l2-e79k.json", "examples/formats/fhir-escc-nfe2l2-e79k.json"),
        ("vcf-grch37-keap1-nfe2l2.vcf", "examples/formats/vcf-grch37-keap1-nfe2l2.vcf"),
        ("maf-luad-keap1-g333c-kras.maf", "examples/formats/maf-luad-keap1-g333c-kras.maf"),
    ]

    private static let broken: [(file: String, text: String)] = [
        ("broken/bad-vaf.json", #"{"format": "keapnrf-report", "formatVersion": 1, "shortVariants": [{"gene": "KEAP1", "hgvsp": "p.G333C", "vaf": "high"}]}"#),
        ("broken/truncated.xml", "<?xml version=\"1.0\"?>\n<ResultsReport><variant-report>"),
        ("broken/bad-fhir.json", #"{"resourceType": "Bundle", "entry": ["#),
        ("broken/bad.vcf", "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n2\tone\t.\tC\tT\t.\tPASS\t.\n"),
        ("broken/bad.maf", "Hugo_Symbol\tChromosome\tStart_Position\tEnd_Position\tReference_Allele\tTumor_Seq_Allele2\nKEAP1\t19\t10602581\t10602581\tC\tA\n"),
        ("broken/unknown.txt", "not a report\n"),
        ("broken/empty.json", ""),
    ]

    /// Builds the mixed folder in `directory/reports`.
    private func mixedFolder(in directory: URL) throws -> URL {
        let folder = directory.appendingPathComponent("reports")
        for (file, source) in Self.good {
            let target = folder.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: RepositoryPaths.root.appendingPathComponent(source), to: target)
        }
        for (file, text) in Self.broken {
            let target = folder.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: target, atomically: true, encoding: .utf8)
        }
        try "hidden".write(to: folder.appendingPathComponent(".hidden.json"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The index's rows as cells by column name, keyed by input path.
    private func index(_ folder: URL) throws -> (header: String, rows: [String: [String: String]], order: [String]) {
        let text = try String(contentsOf: folder.appendingPathComponent("index.tsv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let columns = lines[0].components(separatedBy: "\t")
        var rows: [String: [String: String]] = [:]
        var order: [String] = []
        for line in lines.dropFirst() {
            let cells = line.components(separatedBy: "\t")
            #expect(cells.count == columns.count, "\(line)")
            let row = Dictionary(uniqueKeysWithValues: zip(columns, cells))
            rows[row["input", default: ""]] = row
            order.append(row["input", default: ""])
        }
        return (lines[0], rows, order)
    }

    @Test("a folder of good and broken reports in every format: one row each, errors named, outputs equal annotate's byte for byte")
    func mixedFolder() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let folder = try mixedFolder(in: directory)
            let out = directory.appendingPathComponent("out")
            let missing = directory.appendingPathComponent("missing.json").path
            let result = try Fixtures.runKeapnrf(["batch", folder.path, missing, "--out-dir", out.path, "--jobs", "2"])
            #expect(result.status == 1, "\(result.standardError)")
            #expect(result.standardOutput.isEmpty)
            let (header, rows, order) = try index(out)
            #expect(header == "input\tinput_sha256\tformat\toptions\tstatus\terror\tinterpreted\tuninterpretable\tnot_in_scope\talterations\toutput\toutput_sha256\tknowledgebase_sha256\trules_sha256")
            // Inputs in byte order of their paths below the folder, then the file argument; the hidden file is skipped.
            let expectedOrder = (Self.good.map(\.file) + Self.broken.map(\.file)).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
                .map { folder.appendingPathComponent($0).path } + [missing]
            #expect(order == expectedOrder)

            // Hand-counted from the example files (README of examples/formats) and the expected interpretations.
            let expected: [String: (format: String, counts: [String], alterations: String)] = [
                "json/escc-nfe2l2-d29h.json": ("keapnrf-json", ["1", "0", "2"], "NFE2L2 p.D29H: Likely Oncogenic"),
                "json/luad-keap1-g333c-stk11-kras.json": ("keapnrf-json", ["1", "0", "2"], "KEAP1 p.G333C: Likely Oncogenic"),
                "json/lusc-nfe2l2-e79k.json": ("keapnrf-json", ["1", "0", "4"], "NFE2L2 p.E79K: Likely Oncogenic"),
                "f1/f1cdx-luad-keap1-g333c-stk11-kras.xml": ("f1cdx-xml", ["1", "0", "2"], "KEAP1 p.G333C: Likely Oncogenic"),
                "fhir-escc-nfe2l2-e79k.json": ("fhir-json", ["1", "0", "1"], "NFE2L2 p.E79K: Likely Oncogenic"),
                "vcf-grch37-keap1-nfe2l2.vcf": ("vcf", ["2", "0", "1"], "NFE2L2 p.E79K: Likely Oncogenic; KEAP1 p.G333C: Likely Oncogenic"),
                "maf-luad-keap1-g333c-kras.maf": ("maf", ["1", "0", "1"], "KEAP1 p.G333C: Likely Oncogenic"),
            ]
            for (file, source) in Self.good {
                let row = try #require(rows[folder.appendingPathComponent(file).path], "no row for \(file)")
                let want = try #require(expected[file])
                #expect(row["status"] == "ok", "\(file): \(row["error"] ?? "")")
                #expect(row["error"] == "")
                #expect(row["format"] == want.format, "\(file)")
                #expect([row["interpreted"], row["uninterpretable"], row["not_in_scope"]] == want.counts.map(Optional.some), "\(file)")
                #expect(row["alterations"] == want.alterations, "\(file)")
                #expect(row["options"] == "output=json")
                #expect(row["output"] == file + ".json")
                let inputData = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(source))
                let inputDigest = try Fixtures.sha256sum(inputData)
                #expect(row["input_sha256"] == inputDigest)
                // The output is exactly what `keapnrf annotate` writes for the same file.
                let written = try Data(contentsOf: out.appendingPathComponent(file + ".json"))
                let single = try Fixtures.runKeapnrf(["annotate", folder.appendingPathComponent(file).path])
                #expect(single.status == 0)
                #expect(written == Data(single.standardOutput.utf8), "\(file) differs from annotate's output")
                let outputDigest = try Fixtures.sha256sum(written)
                #expect(row["output_sha256"] == outputDigest)
                #expect(row["knowledgebase_sha256"]?.count == 64 && row["rules_sha256"]?.count == 64)
            }
            let errors: [String: (format: String, message: String)] = [
                "broken/bad-vaf.json": ("keapnrf-json", "bad-vaf.json: $.shortVariants[0].vaf: expected a number"),
                "broken/truncated.xml": ("f1cdx-xml", "truncated.xml"),
                "broken/bad-fhir.json": ("fhir-json", "bad-fhir.json: $: not valid JSON"),
                "broken/bad.vcf": ("vcf", "bad.vcf"),
                "broken/bad.maf": ("maf", "bad.maf"),
                "broken/unknown.txt": ("", "unknown.txt: line 1: cannot tell the format"),
                "broken/empty.json": ("", "empty.json"),
            ]
            for (file, _) in Self.broken {
                let row = try #require(rows[folder.appendingPathComponent(file).path], "no row for \(file)")
                let want = try #require(errors[file])
                #expect(row["status"] == "error", "\(file)")
                #expect(row["error"]?.contains(want.message) == true, "\(file): \(row["error"] ?? "")")
                #expect(row["format"] == want.format, "\(file)")
                #expect(row["output"] == "" && row["output_sha256"] == "" && row["alterations"] == "")
                #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(file + ".json").path))
                // Each failure is also one line on standard error.
                #expect(result.standardError.contains(row["error"] ?? "?"), "\(file)")
            }
            let missingRow = try #require(rows[missing])
            #expect(missingRow["status"] == "error" && missingRow["error"] == "\(missing): file not found" && missingRow["input_sha256"] == "")
            #expect(rows.count == Self.good.count + Self.broken.count + 1)
            // No temporary or partial files are left behind.
            let leftovers = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { ($0 as NSString).lastPathComponent.hasPrefix(".") || $0.hasSuffix(".partial") }
            #expect(leftovers.isEmpty, "\(leftovers)")
        }
    }

    @Test("--jobs 1 and --jobs 2 write identical outputs and index")
    func jobsDoNotChangeOutputs() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let folder = try mixedFolder(in: directory)
            var trees: [[String: Data]] = []
            for jobs in ["1", "2"] {
                let out = directory.appendingPathComponent("out-\(jobs)")
                let result = try Fixtures.runKeapnrf(["batch", folder.path, "--out-dir", out.path, "--jobs", jobs, "--output", "html", "--lang", "ja", "--detail", "full", "--quiet"])
                #expect(result.status == 1)
                var tree: [String: Data] = [:]
                for path in try FileManager.default.subpathsOfDirectory(atPath: out.path) {
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                    tree[path] = try Data(contentsOf: out.appendingPathComponent(path))
                }
                trees.append(tree)
            }
            #expect(trees[0].keys.sorted() == trees[1].keys.sorted())
            #expect(trees[0] == trees[1])
            let single = try Fixtures.runKeapnrf(["annotate", folder.appendingPathComponent("json/lusc-nfe2l2-e79k.json").path, "--output", "html", "--lang", "ja", "--detail", "full"])
            #expect(trees[0]["json/lusc-nfe2l2-e79k.json.ja.html"] == Data(single.standardOutput.utf8))
            #expect(String(decoding: trees[0]["index.tsv"] ?? Data(), as: UTF8.self).contains("\toutput=html lang=ja detail=full\tok\t"))
            #expect(trees[0].count == Self.good.count + 1)  // the outputs and index.tsv
        }
    }

    @Test("--resume skips unchanged inputs, redoes changed ones, missing outputs and failures")
    func resume() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let folder = try mixedFolder(in: directory)
            let out = directory.appendingPathComponent("out")
            let first = try Fixtures.runKeapnrf(["batch", folder.path, "--out-dir", out.path])
            #expect(first.status == 1)
            let firstIndex = try Data(contentsOf: out.appendingPathComponent("index.tsv"))
            let total = Self.good.count + Self.broken.count

            // Nothing changed: every good report is skipped, every broken one tried again; the index is the same.
            let again = try Fixtures.runKeapnrf(["batch", folder.path, "--out-dir", out.path, "--resume"])
            #expect(again.status == 1)
            #expect(again.standardError.contains("\(total) reports: \(Self.good.count) annotated (\(Self.good.count) unchanged since the earlier run), \(Self.broken.count) failed"), "\(again.standardError)")
            #expect(try Data(contentsOf: out.appendingPathComponent("index.tsv")) == firstIndex)

            // One input edited, one output removed, one broken input repaired: those three are annotated again.
            try FileManager.default.removeItem(at: out.appendingPathComponent("maf-luad-keap1-g333c-kras.maf.json"))
            try FileManager.default.removeItem(at: folder.appendingPathComponent("json/lusc-nfe2l2-e79k.json"))
            try FileManager.default.copyItem(at: RepositoryPaths.root.appendingPathComponent("examples/escc-nfe2l2-d29h.json"), to: folder.appendingPathComponent("json/lusc-nfe2l2-e79k.json"))
            try FileManager.default.removeItem(at: folder.appendingPathComponent("broken/bad-vaf.json"))
            try FileManager.default.copyItem(at: RepositoryPaths.root.appendingPathComponent("examples/lusc-nfe2l2-e79k.json"), to: folder.appendingPathComponent("broken/bad-vaf.json"))
            let third = try Fixtures.runKeapnrf(["batch", folder.path, "--out-dir", out.path, "--resume"])
            #expect(third.standardError.contains("\(total) reports: \(Self.good.count + 1) annotated (\(Self.good.count - 2) unchanged since the earlier run), \(Self.broken.count - 1) failed"), "\(third.standardError)")
            let rows = try index(out).rows
            #expect(rows[folder.appendingPathComponent("json/lusc-nfe2l2-e79k.json").path]?["alterations"] == "NFE2L2 p.D29H: Likely Oncogenic")
            #expect(rows[folder.appendingPathComponent("broken/bad-vaf.json").path]?["status"] == "ok")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("maf-luad-keap1-g333c-kras.maf.json").path))

            // Other options are not the same run: nothing is skipped.
            let html = try Fixtures.runKeapnrf(["batch", folder.path, "--out-dir", out.path, "--resume", "--output", "html"])
            #expect(html.standardError.contains("(0 unchanged since the earlier run)"), "\(html.standardError)")
        }
    }

    @Test("a manifest gives per-report options; the output equals annotate with the same options")
    func manifest() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let report = directory.appendingPathComponent("in/lusc.json")
            try FileManager.default.createDirectory(at: report.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: RepositoryPaths.root.appendingPathComponent("examples/lusc-nfe2l2-e79k.json"), to: report)
            let manifest = directory.appendingPathComponent("manifest.tsv")
            try "path\ttumor_type\tformat\n# a comment\nin/lusc.json\tLUAD\tkeapnrf-json\n".write(to: manifest, atomically: true, encoding: .utf8)
            let out = directory.appendingPathComponent("out")
            let result = try Fixtures.runKeapnrf(["batch", "--manifest", manifest.path, "--out-dir", out.path, "--quiet"])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardError.isEmpty)
            let single = try Fixtures.runKeapnrf(["annotate", report.path, "--tumor-type", "LUAD", "--format", "keapnrf-json"])
            #expect(try Data(contentsOf: out.appendingPathComponent("in/lusc.json.json")) == Data(single.standardOutput.utf8))
            let row = try #require(try index(out).rows[report.path])
            #expect(row["options"] == "output=json tumor-type=LUAD format=keapnrf-json")
        }
    }

    @Test("usage errors exit 64: no inputs, two inputs with one output name, a bad manifest row")
    func usageErrors() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("out").path
            #expect(try Fixtures.runKeapnrf(["batch", "--out-dir", out]).status == 64)
            let same = try Fixtures.runKeapnrf(["batch", "examples/lusc-nfe2l2-e79k.json", "examples/../examples/lusc-nfe2l2-e79k.json", "--out-dir", out])
            #expect(same.status == 64)
            #expect(same.standardError.contains("would both be written as 'lusc-nfe2l2-e79k.json'"), "\(same.standardError)")
            let manifest = directory.appendingPathComponent("m.tsv")
            try "path\tbuild\nexamples/x.vcf\thg18\n".write(to: manifest, atomically: true, encoding: .utf8)
            let bad = try Fixtures.runKeapnrf(["batch", "--manifest", manifest.path, "--out-dir", out])
            #expect(bad.status == 64)
            #expect(bad.standardError.contains("m.tsv: line 2: column build: 'hg18'; expected GRCh37 or GRCh38"), "\(bad.standardError)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }
}
