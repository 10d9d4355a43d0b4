import Foundation
import Interpretation
import Knowledgebase
import StrictDecoding
import Testing

private extension JSONValue {
    /// The elements of an array.
    var arrayValue: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }
}

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

    @Test("the report and the implications carry the IG's codes: each therapy direction its LOINC answer, each sourced level a component", arguments: Examples.names)
    func implicationCodes(_ name: String) throws {
        let interpretation = try Examples.interpretation(name)
        let bundle = FHIRBundleWriter.document(interpretation, knowledgebase: try Examples.knowledgebase(), language: .en)
        guard case .array(let entries)? = bundle["entry"] else { Issue.record("no entries"); return }
        let resources = entries.compactMap { $0["resource"] }
        let report = try #require(resources.first)
        #expect(profile(report) == "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/genomic-report")
        #expect(loincCodes(report["code"]) == ["51969-4"])
        #expect(report["category"]?.arrayValue?.first?["coding"] == .array([.object([
            "system": .string("http://terminology.hl7.org/CodeSystem/v2-0074"), "code": .string("GE"), "display": .string("Genetics")])]))
        #expect(report["result"]?.arrayValue?.count == entries.count - 1 - (interpretation.report.patientId == nil ? 0 : 1) - (interpretation.report.specimenId == nil ? 0 : 1))

        // LOINC answer list LL4034-6 (Genomics Reporting IG STU3, therapeutic-implication): resistance → presumed
        // resistant, no benefit → presumed non-responsive, benefit or sensitivity → presumed responsive.
        let answers = ["resistance": "LA9660-7", "no_benefit": "LA9662-3", "benefit": "LA9661-5", "sensitivity": "LA9661-5"]
        let interpreted = interpretation.alterations.filter { $0.annotated.alteration.disposition == .interpreted }
        let therapies = interpreted.flatMap(\.therapyResistance)
        #expect(!therapies.isEmpty)
        let therapeutic = resources.filter { profile($0) == "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/therapeutic-implication" }
        let shown = therapeutic.map { observation -> [String] in
            let component = observation["component"]?.arrayValue?.first { tbdCode($0["code"]) == "therapeutic-implication" }
            return loincCodes(component?["valueCodeableConcept"])
        }
        #expect(shown == therapies.map { answers[$0.direction].map { [$0] } ?? [] })

        // Every prognosis and therapy statement with a sourced level has one evidence-level component (LOINC 93044-6) naming it.
        let graded = interpreted.flatMap { $0.prognosis + $0.therapyResistance }
        // In bundle order: per alteration its prognosis, then its therapy implications (the oncogenicity call, LOINC
        // 53037-8, is left out).
        let implications = resources.filter { resource in
            resource["derivedFrom"] != nil && resource["component"]?.arrayValue?.contains { loincCodes($0["code"]) == ["53037-8"] } == false
        }
        #expect(implications.count == graded.count)
        for (observation, statement) in zip(implications, graded) {
            let levels = (observation["component"]?.arrayValue ?? []).filter { loincCodes($0["code"]) == ["93044-6"] }
            let sourced = statement.levels.filter { $0.level != nil }
            #expect(levels.count == sourced.count)
            for (component, level) in zip(levels, sourced) {
                guard case .string(let text)? = component["valueCodeableConcept"]?["text"] else { Issue.record("no level text"); continue }
                #expect(text.contains(level.level ?? "?"), "\(text)")
            }
        }
    }

    @Test("identifiers follow the interpretation: a changed value gives every resource a new identifier")
    func identifiersFollowContent() throws {
        var interpretation = try Examples.interpretation("lusc-nfe2l2-e79k")
        let knowledgebase = try Examples.knowledgebase()
        let before = fullURLs(FHIRBundleWriter.document(interpretation, knowledgebase: knowledgebase, language: .en))
        interpretation.report.panel = (interpretation.report.panel ?? "") + " (v2)"
        let after = fullURLs(FHIRBundleWriter.document(interpretation, knowledgebase: knowledgebase, language: .en))
        #expect(before.count == after.count && !before.isEmpty)
        #expect(Set(before).isDisjoint(with: after))
    }

    @Test("another language changes texts and identifiers only: same structure, numbers and codes", arguments: Examples.names)
    func languageChangesTextsOnly(_ name: String) throws {
        let interpretation = try Examples.interpretation(name)
        let knowledgebase = try Examples.knowledgebase()
        let english = FHIRBundleWriter.document(interpretation, knowledgebase: knowledgebase, language: .en)
        let japanese = FHIRBundleWriter.document(interpretation, knowledgebase: knowledgebase, language: .ja)
        #expect(withoutStrings(english) == withoutStrings(japanese))
        #expect(codings(english) == codings(japanese))
        #expect(Set(fullURLs(english)).isDisjoint(with: fullURLs(japanese)))
    }

    private func fullURLs(_ bundle: JSONValue) -> [String] {
        (bundle["entry"]?.arrayValue ?? []).compactMap { entry in
            if case .string(let url)? = entry["fullUrl"] { return url }
            return nil
        }
    }

    /// The value with every string replaced by an empty one: what remains is structure, numbers and flags.
    private func withoutStrings(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string: return .string("")
        case .array(let values): return .array(values.map(withoutStrings))
        case .object(let members): return .object(members.mapValues(withoutStrings))
        default: return value
        }
    }

    /// Every (system, code) pair of the codings in a value, in document order.
    private func codings(_ value: JSONValue) -> [String] {
        switch value {
        case .object(let members):
            var found: [String] = []
            if case .string(let system)? = members["system"], case .string(let code)? = members["code"] { found.append("\(system)|\(code)") }
            for key in members.keys.sorted() { found += codings(members[key] ?? .null) }
            return found
        case .array(let values): return values.flatMap(codings)
        default: return []
        }
    }

    /// The code of the IG's `tbd-codes-cs` code system in a CodeableConcept, if any.
    private func tbdCode(_ concept: JSONValue?) -> String? {
        (concept?["coding"]?.arrayValue ?? []).lazy.compactMap { coding -> String? in
            guard coding["system"] == .string("http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs"),
                  case .string(let code)? = coding["code"] else { return nil }
            return code
        }.first
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
