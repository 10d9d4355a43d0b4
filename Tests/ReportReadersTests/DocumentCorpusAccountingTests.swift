import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ReportModel
import ReportReaders
import Testing
import TestSupport

/// Every FHIR (JSON and XML) and FoundationOne XML file of `../shared/corpus/external` and
/// `../shared/corpus/reports`: each variant element or variant Observation, counted from the file's text by
/// an independent walk (Foundation's JSON and XML parsers, not the readers under test), is an alteration,
/// another alteration or a counted skip; KEAP1/NFE2L2 changes equal the file's own annotation.
@Suite("Document corpus accounting", .enabled(if: SharedData.isAvailable, SharedData.skipMessage))
struct DocumentCorpusAccountingTests {
    /// A FHIR or FoundationOne document of the shared corpus.
    struct Document: CustomStringConvertible, Sendable {
        let folder: String
        let name: String
        var path: String { SharedData.url("corpus/\(folder)/\(name)").path }
        var description: String { name }
    }

    static let documents = [
        ("external", ["HL7_genomics-reporting__complexVariant-nonHGVS.xml", "HL7_genomics-reporting__oncologyexamples-r4-withGrouping.xml",
                      "elimuinformatics_vcf2fhir__expected_annotation.json", "elimuinformatics_vcf2fhir__expected_fhir_somatic_structural.json",
                      "lifeomic_foundation-ingest__sample.xml", "lifeomic_foundation-xml-fhir__sample.xml"]),
        ("reports", ["HL7_genomics-reporting__Bundle-oncologyexamples-r4.json", "HL7_genomics-reporting__Observation-SNVexample.json",
                     "HL7_genomics-reporting__SNVexample.xml", "HL7_genomics-reporting__oncology-diagnostic.xml",
                     "HL7_genomics-reporting__oncology-report-example.json", "HL7_genomics-reporting__oncologyexamples-r4.xml",
                     "njalloul90_Foundation_Medicine_XML_DataExtraction__sampleFoundation.xml"]),
    ].flatMap { folder, names in names.map { Document(folder: folder, name: $0) } }

    @Test("every variant element or variant Observation is an alteration, another alteration or a counted skip", arguments: documents)
    func everyVariantAccountedFor(_ document: Document) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: document.path))
        let expected = try #require(try IndependentVariantCount.count(data, name: document.name))
        let output = try ReaderTestSupport.annotated(data, fileName: document.name)
        let read = output.alterations.count + output.otherAlterations.count + ExternalCorpusTests.skipped(output.warnings)
        #expect(read == expected, "\(output.warnings)")
    }

    @Test("KEAP1 and NFE2L2 changes equal the files' own annotation", arguments: [
        // FMI writes KEAP1 K303M, cds-effect 908A>T on NM_012289 (the MANE transcript).
        ("reports", "njalloul90_Foundation_Medicine_XML_DataExtraction__sampleFoundation.xml", ["p.K303M"]),
        // NFE2L2 N262S on NM_001145412 at chr2:178096498 is MANE p.N278S (PROVENANCE.md); the other export is the same report.
        ("external", "lifeomic_foundation-xml-fhir__sample.xml", ["p.N278S"]),
        ("external", "lifeomic_foundation-ingest__sample.xml", ["p.N278S"]),
    ])
    func keapNrfChanges(_ folder: String, _ name: String, _ proteins: [String]) throws {
        let document = Document(folder: folder, name: name)
        let output = try ReaderTestSupport.annotated(try Data(contentsOf: URL(fileURLWithPath: document.path)), fileName: name)
        #expect(output.alterations.compactMap { $0.text("hgvspShort") } == proteins)
    }

    @Test("FHIR XML is interpreted as its JSON twin (the XML reader keeps only the elements it reads)", arguments: [
        ("HL7_genomics-reporting__Bundle-oncologyexamples-r4.json", "HL7_genomics-reporting__oncologyexamples-r4.xml"),
        ("HL7_genomics-reporting__Observation-SNVexample.json", "HL7_genomics-reporting__SNVexample.xml"),
    ])
    func xmlAsJSON(_ json: String, _ xml: String) throws {
        func interpretation(_ name: String) throws -> [String: Any] {
            let output = try ReaderTestSupport.annotated(try Data(contentsOf: URL(fileURLWithPath: Document(folder: "reports", name: name).path)), fileName: name)
            return output.filter { $0.key != "provenance" }
        }
        let fromJSON = try interpretation(json), fromXML = try interpretation(xml)
        #expect(!fromJSON.alterations.isEmpty || !fromJSON.otherAlterations.isEmpty)
        // Source locations differ by nature ($.entry[2] against line 40, /Bundle/entry[3]); everything else is equal.
        let canonical = { (value: [String: Any]) in
            String(decoding: try JSONSerialization.data(withJSONObject: Self.withoutLocations(value), options: [.sortedKeys]), as: UTF8.self)
        }
        #expect(try canonical(fromJSON) == (try canonical(fromXML)))
    }

    static func withoutLocations(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { $0.key != "sourceLocation" }.mapValues(withoutLocations)
        }
        if let list = value as? [Any] { return list.map(withoutLocations) }
        return value
    }
}

/// Counts variant records from a document's text without the readers under test: FoundationOne
/// `short-variant`, `copy-number-alteration` and `rearrangement` elements; FHIR Observations (anywhere in
/// the document, contained ones too) coded LOINC 69548-6 or claiming the genomics-reporting variant profile.
enum IndependentVariantCount {
    static func count(_ data: Data, name: String) throws -> Int? {
        if name.hasSuffix(".json") {
            return observations(in: try JSONSerialization.jsonObject(with: data)).filter(isVariant).count
        }
        return try XMLVariantWalk(data).count
    }

    private static func observations(in value: Any) -> [[String: Any]] {
        if let list = value as? [Any] { return list.flatMap(observations) }
        guard let object = value as? [String: Any] else { return [] }
        let own = object["resourceType"] as? String == "Observation" ? [object] : []
        return own + object.values.flatMap(observations)
    }

    private static func isVariant(_ observation: [String: Any]) -> Bool {
        let codings = (observation["code"] as? [String: Any])?["coding"] as? [[String: Any]] ?? []
        let profiles = (observation["meta"] as? [String: Any])?["profile"] as? [String] ?? []
        return codings.contains { $0["code"] as? String == "69548-6" } || profiles.contains { $0.hasSuffix("/StructureDefinition/variant") }
    }
}

/// The XML half of ``IndependentVariantCount``, with Foundation's `XMLParser`.
final class XMLVariantWalk: NSObject, XMLParserDelegate {
    private static let foundationOneElements: Set = ["short-variant", "copy-number-alteration", "rearrangement"]
    private(set) var count = 0
    /// Open elements' local names.
    private var open: [String] = []
    /// For each open FHIR Observation: whether it has been seen to be a variant.
    private var observations: [Bool] = []

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { throw NotWellFormed(line: parser.lineNumber) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if Self.foundationOneElements.contains(name), open.contains("variant-report") { count += 1 }
        if name == "Observation" { observations.append(false) }
        let parent = open.last, grandparent = open.dropLast().last
        if let value = attributes["value"], !observations.isEmpty {
            // Observation/code/coding/code, or Observation/meta/profile: only the innermost Observation's own.
            let ownCode = name == "code" && parent == "coding" && grandparent == "code" && open.dropLast(3).last == "Observation"
            let ownProfile = name == "profile" && parent == "meta" && grandparent == "Observation"
            if (ownCode && value == "69548-6") || (ownProfile && value.hasSuffix("/StructureDefinition/variant")) {
                observations[observations.count - 1] = true
            }
        }
        open.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
        if name == "Observation", let isVariant = observations.popLast(), isVariant { count += 1 }
    }
}

/// A corpus document Foundation's XML parser refuses.
struct NotWellFormed: Error {
    let line: Int
}
