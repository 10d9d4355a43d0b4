import Foundation
import Interpretation
import Knowledgebase
import Testing
import StrictDecoding

/// The FHIR bundle's structure against the Genomics Reporting IG STU3 requirements that a base-R4 validator
/// does not check (the CI also validates every bundle with the PyPI package `fhir.resources`).
@Suite("FHIR Genomics Reporting bundle")
struct FHIRBundleTests {
    @Test("collection bundle: urn:uuid fullUrls, references that resolve, report first", arguments: Examples.names)
    func bundleStructure(_ name: String) throws {
        let bundle = FHIRBundleWriter.document(try Examples.interpretation(name), knowledgebase: try Examples.knowledgebase(), language: .en)
        #expect(bundle["resourceType"] == .string("Bundle"))
        #expect(bundle["type"] == .string("collection"))
        #expect(bundle["timestamp"] == nil)
        guard case .array(let entries)? = bundle["entry"] else { Issue.record("no entries"); return }
        let urls = entries.compactMap { entry -> String? in if case .string(let url)? = entry["fullUrl"] { return url } else { return nil } }
        #expect(urls.count == entries.count && Set(urls).count == urls.count)
        #expect(urls.allSatisfy { $0.range(of: #"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#, options: .regularExpression) != nil })
        for reference in references(in: bundle) { #expect(urls.contains(reference), "dangling reference \(reference)") }
        #expect(entries.first?["resource"]?["resourceType"] == .string("DiagnosticReport"))
    }

    @Test("one Variant per interpreted alteration with the IG's LOINC components; implications derive from it", arguments: Examples.names)
    func variants(_ name: String) throws {
        let interpretation = try Examples.interpretation(name)
        let knowledgebase = try Examples.knowledgebase()
        let bundle = FHIRBundleWriter.document(interpretation, knowledgebase: knowledgebase, language: .en)
        guard case .array(let entries)? = bundle["entry"] else { return }
        let resources = entries.compactMap { $0["resource"] }
        let variants = resources.filter { loincCodes($0["code"]).contains("69548-6") }
        #expect(variants.count == interpretation.alterations.filter { $0.annotated.alteration.disposition == .interpreted }.count)
        for (variant, entry) in zip(variants, interpretation.alterations) {
            let alteration = entry.annotated.alteration
            let components = componentsByLOINC(variant)
            // Gene studied with the HGNC id of the knowledgebase, c. and p. HGVS in varnomen, transcript, VAF as a fraction.
            let hgnc = try #require(knowledgebase.gene(alteration.gene)?.file.hgnc)
            #expect(components["48018-6"]?["valueCodeableConcept"]?["coding"] == .array([.object([
                "system": .string("http://www.genenames.org/geneId"), "code": .string(hgnc), "display": .string(alteration.gene)])]))
            let hgvsc = "\(alteration.transcript ?? ""):\(alteration.hgvsc ?? "")"
            #expect(components["48004-6"]?["valueCodeableConcept"]?["coding"] == .array([.object(["system": .string("http://varnomen.hgvs.org"), "code": .string(hgvsc)])]))
            guard case .array(let protein)? = components["48005-3"]?["valueCodeableConcept"]?["coding"], let first = protein.first else {
                Issue.record("no p.HGVS coding"); continue
            }
            #expect(first["system"] == .string("http://varnomen.hgvs.org"))
            #expect(first["code"] == .string("\(knowledgebase.gene(alteration.gene)?.file.maneSelect.refseqProtein ?? ""):\(alteration.hgvsp ?? "")"))
            #expect(components["51958-7"]?["valueCodeableConcept"]?["coding"] == .array([.object([
                "system": .string("http://www.ncbi.nlm.nih.gov/refseq"), "code": .string(alteration.transcript ?? "")])]))
            #expect(components["81258-6"]?["valueQuantity"]?["value"] == .double(try #require(alteration.vaf)))
            #expect(components["81258-6"]?["valueQuantity"]?["system"] == .string("http://unitsofmeasure.org"))
            // The examples state origin "somatic": LOINC LA6684-0.
            #expect(loincCodes(components["48002-0"]?["valueCodeableConcept"]) == ["LA6684-0"])
        }
        let variantURLs = entries.filter { loincCodes($0["resource"]?["code"]).contains("69548-6") }.compactMap { $0["fullUrl"] }
        let implications = resources.filter { $0["derivedFrom"] != nil }
        let therapy = interpretation.alterations.reduce(0) { $0 + $1.therapyResistance.count }
        let prognosis = interpretation.alterations.reduce(0) { $0 + $1.prognosis.count }
        let calls = interpretation.alterations.filter { $0.outcome.oncogenicity != nil }.count
        #expect(implications.count == therapy + prognosis + calls)
        for implication in implications {
            guard case .array(let derived)? = implication["derivedFrom"], let reference = derived.first?["reference"] else { continue }
            #expect(variantURLs.contains(reference))
        }
        let therapeutic = implications.filter { profile($0) == "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/therapeutic-implication" }
        #expect(therapeutic.count == therapy)
    }

    @Test("the same interpretation gives the same bundle; another language changes texts and identifiers only")
    func deterministicIdentifiers() throws {
        let interpretation = try Examples.interpretation("lusc-nfe2l2-e79k")
        let knowledgebase = try Examples.knowledgebase()
        let english = FHIRBundleWriter.text(interpretation, knowledgebase: knowledgebase, language: .en)
        #expect(english == FHIRBundleWriter.text(interpretation, knowledgebase: knowledgebase, language: .en))
        let japanese = FHIRBundleWriter.text(interpretation, knowledgebase: knowledgebase, language: .ja)
        #expect(japanese != english)
        #expect(japanese.contains(#""language": "ja""#) && !japanese.contains(#""language": "en""#))
        #expect(japanese.contains(interpretation.summary.ja))
        // The only date is the report's own.
        #expect(english.contains(#""effectiveDateTime": "2025-06-02""#))
        #expect(!english.contains("issued") && !english.contains("timestamp"))
    }

    private func loincCodes(_ concept: JSONValue?) -> [String] {
        guard case .array(let codings)? = concept?["coding"] else { return [] }
        return codings.compactMap { coding in
            guard coding["system"] == .string("http://loinc.org"), case .string(let code)? = coding["code"] else { return nil }
            return code
        }
    }

    private func componentsByLOINC(_ observation: JSONValue) -> [String: JSONValue] {
        guard case .array(let components)? = observation["component"] else { return [:] }
        var result: [String: JSONValue] = [:]
        for component in components { if let code = loincCodes(component["code"]).first { result[code] = component } }
        return result
    }

    private func profile(_ resource: JSONValue) -> String? {
        guard case .array(let profiles)? = resource["meta"]?["profile"], case .string(let first)? = profiles.first else { return nil }
        return first
    }

    private func references(in value: JSONValue) -> [String] {
        switch value {
        case .object(let members):
            var found: [String] = []
            if case .string(let reference)? = members["reference"] { found.append(reference) }
            for (_, member) in members.sorted(by: { $0.key < $1.key }) { found += references(in: member) }
            return found
        case .array(let values): return values.flatMap(references)
        default: return []
        }
    }
}
