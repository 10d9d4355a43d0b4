import Foundation
import ReportModel
import ReportReaders
import Testing

/// The FHIR reader on small hand-written resources, JSON and XML.
@Suite("FHIR reader")
struct FHIRReaderTests {
    static func component(_ code: String, _ value: String) -> String {
        #"{"code": {"coding": [{"system": "http://loinc.org", "code": "\#(code)"}]}, \#(value)}"#
    }

    static func concept(_ code: String, display: String? = nil) -> String {
        #""valueCodeableConcept": {"coding": [{"code": "\#(code)"\#(display.map { #", "display": "\#($0)""# } ?? "")}]}"#
    }

    @Test("a DiagnosticReport with a contained variant Observation referenced as #id, and a Condition")
    func containedObservation() throws {
        let json = """
            {"resourceType": "DiagnosticReport", "status": "final",
             "contained": [
               {"resourceType": "Condition", "id": "dx", "code": {"coding": [{"display": "Lung adenocarcinoma"}]}},
               {"resourceType": "Observation", "id": "v1", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
                "component": [\(Self.component("48018-6", Self.concept("HGNC:23177", display: "KEAP1"))),
                              \(Self.component("48004-6", Self.concept("c.997G>T"))),
                              \(Self.component("51958-7", Self.concept("NM_203500.2"))),
                              \(Self.component("81258-6", #""valueQuantity": {"value": 52, "unit": "%", "code": "%"}"#)),
                              \(Self.component("48002-0", Self.concept("LA6684-0", display: "Somatic")))]}],
             "result": [{"reference": "#v1"}]}
            """
        let reading = try ReaderTestSupport.read(json, file: "dr.json")
        #expect(reading.format == .fhirJSON)
        let variant = try #require(reading.report.shortVariants.first)
        #expect(variant.gene == "KEAP1" && variant.hgvsc == "c.997G>T" && variant.transcript == "NM_203500.2")
        #expect(variant.vaf == 0.52 && variant.origin == .somatic)
        #expect(variant.location.path == "$.contained[1]")
        #expect(reading.report.tumorType.diagnosisText == "Lung adenocarcinoma")
    }

    @Test("an Observation stating the variant is absent (LA9634-2) is not an alteration; a notice counts it")
    func absentVariant() throws {
        let json = """
            {"resourceType": "Observation", "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
             \(Self.concept("LA9634-2", display: "Absent")),
             "component": [\(Self.component("48018-6", Self.concept("KEAP1")))]}
            """
        let reading = try ReaderTestSupport.read(json, file: "absent.json")
        #expect(reading.report.shortVariants.isEmpty)
        #expect(reading.notices == [
            "absent.json: 1 variant Observation(s) state that the variant is absent (LOINC LA9634-2) and are not alterations",
            "absent.json: the file lists no variant, copy-number alteration or rearrangement",
        ])
    }

    @Test("genomic HGVS: the chromosome accession gives the build; without a gene the gene spans assign one")
    func genomicHGVS() throws {
        let json = """
            {"resourceType": "Observation", "status": "final",
             "meta": {"profile": ["http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"]},
             "component": [\(Self.component("81290-9", Self.concept("NC_000002.11:g.178098810C>T")))]}
            """
        let spans = [GeneSpan(gene: "NFE2L2", build: .grch37, chromosome: "2", range: 178095513...178129304, transcripts: [])]
        let variant = try #require(try ReaderTestSupport.read(json, options: ReportReadOptions(geneSpans: spans)).report.shortVariants.first)
        #expect(variant.gene == "NFE2L2")
        #expect(variant.genomic == GenomicChange(chromosome: "2", position: 178098810, reference: "C", alternate: "T", build: .grch37))
    }

    @Test("allele components without a gene (as vcf2fhir writes them): placed by position in the stated coordinate system; assigned by the gene spans", arguments: [
        ("LA30102-0", 178098810), ("LA30100-4", 178098809), ("LA30101-2", 178098809),
    ])
    func alleleComponents(system: String, start: Int) throws {
        let json = """
            {"resourceType": "Observation", "status": "final",
             "meta": {"profile": ["http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"]},
             "component": [\(Self.component("48013-7", Self.concept("NC_000002.11"))),
                           \(Self.component("81254-5", #""valueRange": {"low": {"value": \#(start)}}"#)),
                           \(Self.component("92822-6", Self.concept(system))),
                           \(Self.component("69547-8", #""valueString": "C""#)),
                           \(Self.component("69551-0", #""valueString": "T""#))]}
            """
        let spans = [GeneSpan(gene: "NFE2L2", build: .grch37, chromosome: "2", range: 178095513...178129304, transcripts: [])]
        let variant = try #require(try ReaderTestSupport.read(json, options: ReportReadOptions(geneSpans: spans)).report.shortVariants.first)
        #expect(variant.gene == "NFE2L2")
        #expect(variant.genomic == GenomicChange(chromosome: "2", position: 178098810, reference: "C", alternate: "T", build: .grch37))
        // Without a stated coordinate system the start is not used.
        let unstated = json.replacingOccurrences(of: Self.component("92822-6", Self.concept(system)) + ",", with: "")
        #expect(try ReaderTestSupport.read(unstated, options: ReportReadOptions(geneSpans: spans)).report.shortVariants.first?.gene == GeneSpan.unassignedGene)
    }

    @Test("a VAF above 1 without a percent unit makes the Observation unreadable, naming the component")
    func badVAF() throws {
        let json = """
            {"resourceType": "Observation", "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
             "component": [\(Self.component("48018-6", Self.concept("KEAP1"))), \(Self.component("81258-6", #""valueQuantity": {"value": 31}"#))]}
            """
        let reading = try ReaderTestSupport.read(json, file: "vaf.json")
        #expect(reading.report.shortVariants.isEmpty)
        #expect(reading.report.unreadableAlterations == [UnreadableAlteration(
            gene: "KEAP1", kind: .shortVariant,
            reason: "$.component[1]: sample VAF (81258-6): expected a fraction between 0 and 1 (or a percentage with unit %), found 31.0",
            location: SourceLocation("$"))])
    }

    @Test("FHIR XML: primitives in value attributes, resources inside <resource>, locations with line and path")
    func xmlBundle() throws {
        let xml = """
            <Bundle xmlns="http://hl7.org/fhir">
              <type value="collection"/>
              <entry>
                <fullUrl value="urn:uuid:00000000-0000-0000-0000-000000000001"/>
                <resource>
                  <Observation>
                    <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml">Narrative</div></text>
                    <code><coding><system value="http://loinc.org"/><code value="69548-6"/></coding></code>
                    <component>
                      <code><coding><system value="http://loinc.org"/><code value="48018-6"/></coding></code>
                      <valueCodeableConcept><coding><code value="NFE2L2"/></coding></valueCodeableConcept>
                    </component>
                    <component>
                      <code><coding><system value="http://loinc.org"/><code value="48005-3"/></coding></code>
                      <valueCodeableConcept><coding><code value="p.Glu79Lys"/></coding></valueCodeableConcept>
                    </component>
                  </Observation>
                </resource>
              </entry>
            </Bundle>
            """
        let reading = try ReaderTestSupport.read(xml, file: "b.xml")
        #expect(reading.format == .fhirXML)
        let variant = try #require(reading.report.shortVariants.first)
        #expect(variant.gene == "NFE2L2" && variant.hgvsp == "p.Glu79Lys")
        #expect(variant.location.path == "line 6, /Bundle/entry/resource/Observation")
    }

    @Test("a resource that is not a Bundle, DiagnosticReport or Observation is an error")
    func wrongResource() {
        #expect(ReaderTestSupport.readError(Data(#"{"resourceType": "Patient"}"#.utf8), file: "p.json")?.problem == "expected a FHIR Bundle, DiagnosticReport or Observation, found resourceType 'Patient'")
    }
}
