import Foundation
import ReportModel
import ReportReaders
import Testing
import TestSupport

@Suite("Reading the keapnrf JSON report format")
struct KeapnrfJSONReaderTests {
    private func read(_ json: String) throws(ReportReadError) -> PatientReport {
        try KeapnrfJSONReader.read(Data(json.utf8), file: "report.json")
    }

    private func expectError(_ json: String, location: String, containing fragment: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            _ = try read(json)
            Issue.record("expected an error at \(location)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.file == "report.json", sourceLocation: sourceLocation)
            #expect(error.location == location, "\(error)", sourceLocation: sourceLocation)
            #expect(error.problem.contains(fragment), "\(error)", sourceLocation: sourceLocation)
        }
    }

    private let header = #""format": "keapnrf-report", "formatVersion": 1"#

    @Test("every bundled example reads, with its variants, copy numbers and biomarkers")
    func examples() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.examples.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count >= 3)
        for name in names {
            let data = try Data(contentsOf: RepositoryPaths.examples.appendingPathComponent(name))
            let report = try KeapnrfJSONReader.read(data, file: name)
            #expect(!report.shortVariants.isEmpty, "\(name)")
        }
        let lusc = try KeapnrfJSONReader.read(Data(contentsOf: RepositoryPaths.examples.appendingPathComponent("lusc-nfe2l2-e79k.json")), file: "lusc")
        #expect(lusc.tumorType.oncotreeCode == "LUSC")
        #expect(lusc.genomeBuild == .grch37)
        #expect(lusc.shortVariants.map(\.gene) == ["NFE2L2", "TP53", "PIK3CA"])
        #expect(lusc.shortVariants[0].genomic == GenomicChange(chromosome: "2", position: 178098810, reference: "C", alternate: "T", build: .grch37))
        #expect(lusc.shortVariants[0].vaf == 0.31)
        #expect(lusc.copyNumberAlterations.map(\.kind) == [.amplification, .deletion])
        #expect(lusc.biomarkers.msi == .stable)
        #expect(lusc.shortVariants[1].location.path == "$.shortVariants[1]")
    }

    @Test("malformed JSON is an error at the document root")
    func malformedJSON() {
        expectError("{\"format\": ", location: "$", containing: "not valid JSON")
        expectError("", location: "$", containing: "not valid JSON")
    }

    @Test("wrong types, missing and unknown fields name the JSON path")
    func structuralErrors() {
        expectError("{\(header), \"shortVariants\": [{\"gene\": \"KEAP1\", \"hgvsp\": \"p.G333C\", \"vaf\": \"0.5\"}]}",
                    location: "$.shortVariants[0].vaf", containing: "expected a number")
        expectError("{\(header), \"shortVariants\": [{\"hgvsp\": \"p.G333C\"}]}",
                    location: "$.shortVariants[0]", containing: "missing required field 'gene'")
        expectError("{\(header), \"shortVariants\": [{\"gene\": \"KEAP1\", \"hgvsp\": \"p.G333C\", \"alleleFraction\": 0.5}]}",
                    location: "$.shortVariants[0]", containing: "unknown field 'alleleFraction'")
        expectError("{\(header), \"patientName\": \"X\"}", location: "$", containing: "unknown field 'patientName'")
        expectError("{\"formatVersion\": 1}", location: "$", containing: "missing required field 'format'")
        expectError("{\(header), \"shortVariants\": {\"gene\": \"KEAP1\"}}", location: "$.shortVariants", containing: "expected a list")
    }

    @Test("values out of range are errors naming the field and what was expected")
    func valueErrors() {
        expectError("{\(header), \"shortVariants\": [{\"gene\": \"KEAP1\", \"hgvsp\": \"p.G333C\", \"vaf\": 34}]}",
                    location: "$.shortVariants[0].vaf", containing: "between 0 and 1")
        expectError("{\(header), \"shortVariants\": [{\"gene\": \"KEAP1\"}]}",
                    location: "$.shortVariants[0]", containing: "at least one of hgvsc, hgvsp or genomic")
        expectError("{\(header), \"genomeBuild\": \"hg18\"}", location: "$.genomeBuild", containing: "GRCh37 or GRCh38")
        expectError("{\(header), \"shortVariants\": [{\"gene\": \"KEAP1\", \"genomic\": {\"chromosome\": \"19\", \"position\": 10602581, \"reference\": \"C\", \"alternate\": \"A\"}}]}",
                    location: "$.shortVariants[0].genomic", containing: "genomeBuild")
        expectError("{\(header), \"genomeBuild\": \"GRCh37\", \"shortVariants\": [{\"gene\": \"KEAP1\", \"genomic\": {\"chromosome\": \"19\", \"position\": 1, \"reference\": \"Q\", \"alternate\": \"A\"}}]}",
                    location: "$.shortVariants[0].genomic.reference", containing: "bases A, C, G, T")
        expectError("{\(header), \"copyNumberAlterations\": [{\"gene\": \"KEAP1\", \"type\": \"homdel\"}]}",
                    location: "$.copyNumberAlterations[0].type", containing: "amplification")
        expectError("{\(header), \"biomarkers\": {\"msiStatus\": \"high\"}}", location: "$.biomarkers.msiStatus", containing: "MSI-H")
        expectError("{\(header), \"reportDate\": \"14/03/2025\"}", location: "$.reportDate", containing: "YYYY-MM-DD")
        expectError("{\"format\": \"other\", \"formatVersion\": 1}", location: "$.format", containing: "keapnrf-report")
        expectError("{\(header), \"shortVariants\": [{\"gene\": \"KEAP 1\", \"hgvsp\": \"p.G333C\"}]}",
                    location: "$.shortVariants[0].gene", containing: "HGNC gene symbol")
    }

    @Test("a value outside an enumeration names every accepted spelling")
    func enumerationErrors() {
        expectError("{\(header), \"copyNumberAlterations\": [{\"gene\": \"KEAP1\", \"type\": \"homdel\"}]}",
                    location: "$.copyNumberAlterations[0].type", containing: #"expected one of ["amplification", "deletion", "loss", "gain"], found 'homdel'"#)
        expectError("{\(header), \"rearrangements\": [{\"genes\": [\"NFE2L2\"], \"type\": \"skipping\"}]}",
                    location: "$.rearrangements[0].type", containing: #"expected one of ["fusion", "truncation", "exon_deletion", "rearrangement"], found 'skipping'"#)
        expectError("{\(header), \"shortVariants\": [{\"gene\": \"KEAP1\", \"hgvsp\": \"p.G333C\", \"origin\": \"Somatic\"}]}",
                    location: "$.shortVariants[0].origin", containing: #"expected one of ["somatic", "germline", "unknown"], found 'Somatic'"#)
        expectError("{\(header), \"biomarkers\": {\"msiStatus\": \"high\"}}",
                    location: "$.biomarkers.msiStatus", containing: #"expected one of ["MSI-H", "MSI-L", "MSS", "unknown"], found 'high'"#)
    }

    @Test("chromosome spellings: chr prefix in any case, X/Y, and M and MT both read as MT like the other readers")
    func chromosomeSpellings() throws {
        func chromosome(_ written: String) throws -> String? {
            let json = "{\(header), \"genomeBuild\": \"GRCh37\", \"shortVariants\": [{\"gene\": \"KEAP1\", \"genomic\": {\"chromosome\": \"\(written)\", \"position\": 100, \"reference\": \"C\", \"alternate\": \"A\"}}]}"
            return try read(json).shortVariants.first?.genomic?.chromosome
        }
        #expect(try chromosome("19") == "19")
        #expect(try chromosome("chr19") == "19")
        #expect(try chromosome("CHRx") == "X")
        #expect(try chromosome("chrM") == "MT")
        #expect(try chromosome("MT") == "MT")
        for bad in ["23", "01", " 19", "chr", "19_gl000209_random"] {
            let json = "{\(header), \"genomeBuild\": \"GRCh37\", \"shortVariants\": [{\"gene\": \"KEAP1\", \"genomic\": {\"chromosome\": \"\(bad)\", \"position\": 100, \"reference\": \"C\", \"alternate\": \"A\"}}]}"
            expectError(json, location: "$.shortVariants[0].genomic.chromosome", containing: "expected 1-22, X, Y or MT (with or without 'chr'), found '\(bad)'")
        }
    }
}
