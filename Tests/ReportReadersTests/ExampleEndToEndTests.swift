import Foundation
import ReportReaders
import Testing
import TestSupport

/// The bundled examples of every new format, end to end, against expectations written by hand from the
/// transcript facts: NFE2L2 E79K is NM_006164.5 c.235G>A (p.Glu79Lys) at GRCh37 chr2:178098810 C>T (minus
/// strand, so coding G>A is genomic C>T); KEAP1 G333C is NM_203500.2 c.997G>T (p.Gly333Cys) at GRCh37
/// chr19:10602581 C>A. Both are missense_variant. FMI writes KEAP1 on NM_012289, which maps to NM_203500.2.
@Suite("End to end: the format examples")
struct ExampleEndToEndTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var format: String
        var gene: String
        var reportedTranscript: String?
        var tumorType: String?
        var others: [String]
        var testDescription: String { file }
    }

    static let nfe2l2E79K = (hgvsc: "c.235G>A", hgvsp: "p.Glu79Lys", short: "p.E79K")
    static let keap1G333C = (hgvsc: "c.997G>T", hgvsp: "p.Gly333Cys", short: "p.G333C")

    static let expectations: [Expectation] = [
        .init(file: "f1cdx-lusc-nfe2l2-e79k.xml", format: "f1cdx-xml", gene: "NFE2L2", reportedTranscript: "NM_006164", tumorType: "LUSC", others: ["SOX2"]),
        .init(file: "f1cdx-luad-keap1-g333c-stk11-kras.xml", format: "f1cdx-xml", gene: "KEAP1", reportedTranscript: "NM_012289", tumorType: "LUAD", others: ["STK11", "KRAS"]),
        .init(file: "fhir-escc-nfe2l2-e79k.json", format: "fhir-json", gene: "NFE2L2", reportedTranscript: "NM_006164.5", tumorType: "ESCC", others: ["TP53"]),
        .init(file: "vcf-grch37-keap1-nfe2l2.vcf", format: "vcf", gene: "NFE2L2", reportedTranscript: nil, tumorType: nil, others: ["KRAS"]),
        .init(file: "maf-luad-keap1-g333c-kras.maf", format: "maf", gene: "KEAP1", reportedTranscript: "ENST00000171111", tumorType: nil, others: ["KRAS"]),
    ]

    @Test("each example gives the expected KEAP1/NFE2L2 alteration, format and other alterations", arguments: expectations)
    func example(_ expected: Expectation) throws {
        let output = try ReaderTestSupport.annotated(try ReaderTestSupport.example(expected.file), fileName: expected.file)
        #expect(output.inputFormat == expected.format)
        let facts = expected.gene == "NFE2L2" ? Self.nfe2l2E79K : Self.keap1G333C
        let alteration = try #require(output.alterations.first { $0.text("gene") == expected.gene })
        #expect(alteration.text("hgvsc") == facts.hgvsc)
        #expect(alteration.text("hgvsp") == facts.hgvsp)
        #expect(alteration.text("hgvspShort") == facts.short)
        #expect(alteration.text("consequence") == "missense_variant")
        #expect(alteration.text("disposition") == "interpreted")
        #expect(alteration.text("transcript") == (expected.gene == "NFE2L2" ? "NM_006164.5" : "NM_203500.2"))
        let tumorType = output["tumorType"] as? [String: Any]
        #expect(tumorType?["oncotreeCode"] as? String == expected.tumorType)
        let otherGenes = output.otherAlterations.compactMap { $0.text("gene") }
        #expect(otherGenes == expected.others)
    }

    @Test("the VCF example gives both the NFE2L2 and the KEAP1 alteration, at their GRCh37 positions")
    func vcfBothGenes() throws {
        let output = try ReaderTestSupport.annotated(try ReaderTestSupport.example("vcf-grch37-keap1-nfe2l2.vcf"), fileName: "example.vcf")
        let byGene = Dictionary(uniqueKeysWithValues: output.alterations.map { ($0.text("gene") ?? "", $0) })
        #expect(byGene["NFE2L2"]?.text("hgvsc") == "c.235G>A")
        #expect(byGene["KEAP1"]?.text("hgvsp") == "p.Gly333Cys")
        let keap1Genomic = (byGene["KEAP1"]?["genomic"] as? [String: Any])?["GRCh37"] as? [String: Any]
        #expect(keap1Genomic?["position"] as? Int == 10602581)
        #expect(keap1Genomic?["reference"] as? String == "C" && keap1Genomic?["alternate"] as? String == "A")
        // FORMAT AF is 0.310 for NFE2L2 and 0.520 for KEAP1 in the file.
        #expect(byGene["NFE2L2"]?["vaf"] as? Double == 0.31)
        #expect(byGene["KEAP1"]?["vaf"] as? Double == 0.52)
    }

    @Test("no PMI value of a synthetic FoundationOne example reaches the interpretation", arguments: [
        ("f1cdx-lusc-nfe2l2-e79k.xml", ["Syntheticperson", "Examplename", "1901-02-03", "SYNTH-MRN-0001", "Doctorsynthetic", "SYNTH-MD-0001", "Pathsynthetic", "Synthetic Example Hospital", "SYNTH-PHYS-0001", "SYNTH-RPT-0001", "SYNTH-TRF-0001"]),
        ("f1cdx-luad-keap1-g333c-stk11-kras.xml", ["Placeholderpatient", "Samplegiven", "1902-03-04", "SYNTH-MRN-0002", "Orderingplaceholder", "SYNTH-MD-0002", "Placeholder General Hospital", "SYNTH-PHYS-0002", "SYNTH-RPT-0002", "SYNTH-TRF-0002"]),
    ])
    func noPatientIdentifiers(_ file: String, identifiers: [String]) throws {
        let data = try ReaderTestSupport.example(file)
        let source = String(decoding: data, as: UTF8.self)
        let output = try ReaderTestSupport.annotatedText(data, fileName: file)
        for identifier in identifiers {
            #expect(source.contains(identifier), "the example should hold \(identifier)")
            #expect(!output.contains(identifier), "\(identifier) leaked into the interpretation")
        }
    }

    @Test("the FHIR example's Patient name and birth date do not reach the interpretation")
    func fhirPatientNotCopied() throws {
        let output = try ReaderTestSupport.annotatedText(try ReaderTestSupport.example("fhir-escc-nfe2l2-e79k.json"), fileName: "fhir.json")
        for identifier in ["Fictionalperson", "Testgiven", "1903-04-05", "SYNTH-PATIENT-0003", "SYNTH-SPECIMEN-0003"] {
            #expect(!output.contains(identifier), "\(identifier) leaked into the interpretation")
        }
    }
}
