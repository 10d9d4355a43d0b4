#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReportModel

/// Reads an HL7 FHIR Genomics Reporting document (R4; STU1–STU3 profiles), JSON or XML: a Bundle, a
/// DiagnosticReport or a single Observation.
///
/// Variant Observations are those with the genomics-reporting `variant` profile, the LOINC code 69548-6
/// (genetic variant assessment), or a gene-studied component (48018-6) with a c., p. or g. HGVS component.
/// They are read in the order the DiagnosticReport's `result` lists them (following grouper `hasMember`
/// references, `urn:uuid:` full URLs, `Type/id` and `#id` contained references), then every other variant
/// Observation in document order, so none is left out. Observations whose value is LOINC LA9634-2 (absent)
/// state that a variant was not found and are counted in a notice instead.
///
/// The tumour type is the first Condition's code (text, else display), else a Specimen's collection body
/// site. Patient, Practitioner and Organization resources are never read.
enum FHIRReader {
    /// The FHIR elements this reader reads (by name, through ``FHIRObject``), and the resources inside
    /// `resource` and `contained`: FHIR XML keeps only these while parsing, so elements never read (the
    /// narrative `div`, extensions, padding) take no memory. A field read from FHIRObject must be listed here;
    /// the tests comparing FHIR XML with its JSON twin fail otherwise.
    static let xmlSelection = XMLSelection.names([
        "bodySite", "code", "coding", "collection", "component", "contained", "display", "entry", "fullUrl", "hasMember",
        "id", "low", "meta", "profile", "reference", "resource", "result", "text", "unit", "value",
        "valueCodeableConcept", "valueQuantity", "valueRange", "valueString",
    ], anyChildOf: ["resource", "contained"])

    static func readJSON(_ data: Data, file: String, options: ReportReadOptions) throws(ReportReadError) -> ReportReading {
        try read(FHIRJSONConversion.root(data, file: file, maximumValues: options.maxJSONValues), format: .fhirJSON, file: file, options: options, notices: [])
    }

    static func readXML(_ data: Data, file: String, options: ReportReadOptions) throws(ReportReadError) -> ReportReading {
        let document = try SafeXMLParser.parse(data, file: file, maxDepth: options.maxXMLDepth, maxKeptElements: options.maxXMLElements, selection: xmlSelection)
        return try read(FHIRXMLConversion.resource(document.root), format: .fhirXML, file: file, options: options, notices: document.notices)
    }

    private static func read(_ root: FHIRObject, format: ReportFormat, file: String, options: ReportReadOptions, notices: [String]) throws(ReportReadError) -> ReportReading {
        guard let type = root.resourceType, ReportFormatDetector.fhirRootNames.contains(type) else {
            throw ReportReadError(file: file, location: root.location, problem: "expected a FHIR Bundle, DiagnosticReport or Observation, found resourceType '\(root.resourceType ?? "none")'")
        }
        // A Bundle's `entry` holds entry objects; a primitive there is a broken document, not an empty report.
        if type == "Bundle", let primitive = (root.fields["entry"] ?? []).first(where: { if case .object = $0 { false } else { true } }) {
            let found: String
            switch primitive {
            case .number: found = "a number"
            case .text: found = "text"
            case .object: found = "an object"
            }
            throw ReportReadError(file: file, location: "\(root.location).entry", problem: "expected a list of Bundle entries (objects), found \(found)")
        }
        let index = FHIRResourceIndex(root: root)
        var notices = notices
        var variants: [ShortVariant] = []
        var unreadable: [UnreadableAlteration] = []
        var absent = 0
        let order = variantOrder(index)
        let observations = order.map { index.entries[$0].resource }
        let build = reportBuild(observations) ?? options.build
        let reader = FHIRVariantObservation(file: file, options: options, reportBuild: build)
        for observation in observations {
            if observation.hasCode("LA9634-2", in: "valueCodeableConcept") {
                absent += 1
                continue
            }
            do throws(ReportReadError) {
                variants.append(try reader.shortVariant(observation))
            } catch {
                let gene = observation.objects("component").first { $0.hasCode(LOINC.geneStudied) }.flatMap(FHIRVariantObservation.geneSymbol)
                let reason = error.location == observation.location ? error.problem : "\(error.location): \(error.problem)"
                unreadable.append(UnreadableAlteration(gene: gene, kind: .shortVariant, reason: reason, location: SourceLocation(observation.location)))
            }
        }
        if absent > 0 {
            notices.append("\(file): \(absent) variant Observation(s) state that the variant is absent (LOINC LA9634-2) and are not alterations")
        }
        if let first = unreadable.first {
            notices.append("\(file): the report was partly unreadable: \(unreadable.count) variant Observation(s) could not be read and are listed as unreadable with the reason (first: \(first.location.path): \(first.reason))")
        }
        let (biomarkers, biomarkerProblem) = biomarkers(index, variants: Set(order), file: file)
        if let biomarkerProblem { notices.append(biomarkerProblem) }
        let report = PatientReport(
            tumorType: ReportedTumorType(diagnosisText: diagnosis(index)),
            genomeBuild: build,
            shortVariants: variants,
            unreadableAlterations: unreadable,
            biomarkers: biomarkers)
        return ReportReading(report: report, format: format, notices: notices)
    }

    // MARK: - Variant Observations

    static func isVariant(_ resource: FHIRObject) -> Bool {
        guard resource.resourceType == "Observation" else { return false }
        let profiles = resource.object("meta")?.fields["profile"] ?? []
        let hasVariantProfile = profiles.contains { value in
            if case .text(let url) = value { return url.hasSuffix("/StructureDefinition/variant") }
            return false
        }
        let components = resource.objects("component")
        let changeCodes = [LOINC.codingHGVS, LOINC.proteinHGVS, LOINC.genomicHGVS]
        let hasGeneAndChange = components.contains { $0.hasCode(LOINC.geneStudied) }
            && components.contains { component in changeCodes.contains { component.hasCode($0) } }
        return hasVariantProfile || resource.hasCode(LOINC.variantAssessment) || hasGeneAndChange
    }

    /// Variant Observations: those the DiagnosticReports list first, then the rest in document order.
    static func variantOrder(_ index: FHIRResourceIndex) -> [Int] {
        var ordered: [Int] = []
        var visited = Set<Int>()
        func visit(_ position: Int) {
            guard visited.insert(position).inserted else { return }
            let resource = index.entries[position].resource
            if isVariant(resource) { ordered.append(position) }
            for member in resource.objects("hasMember") {
                if let reference = member.string("reference"), let target = index.resolve(reference, from: position) { visit(target) }
            }
        }
        for report in index.indices(ofType: "DiagnosticReport") {
            for result in index.entries[report].resource.objects("result") {
                if let reference = result.string("reference"), let target = index.resolve(reference, from: report) { visit(target) }
            }
        }
        for position in index.entries.indices where isVariant(index.entries[position].resource) && !visited.contains(position) {
            ordered.append(position)
        }
        return ordered
    }

    // MARK: - Report-level facts

    /// The genome build the variant Observations state (component 62374-4), when they agree.
    private static func reportBuild(_ observations: [FHIRObject]) -> GenomeBuild? {
        let builds = Set(observations.compactMap(FHIRVariantObservation.statedBuild))
        return builds.count == 1 ? builds.first : nil
    }

    private static func diagnosis(_ index: FHIRResourceIndex) -> String? {
        for position in index.indices(ofType: "Condition") {
            let code = index.entries[position].resource.object("code")
            if let text = code?.string("text") ?? code?.objects("coding").compactMap({ $0.string("display") }).first { return text }
        }
        for position in index.indices(ofType: "Specimen") {
            let site = index.entries[position].resource.object("collection")?.object("bodySite")
            if let text = site?.string("text") ?? site?.objects("coding").compactMap({ $0.string("display") }).first { return text }
        }
        return nil
    }

    /// Tumour mutational burden and microsatellite status Observations, recognised by their code's words,
    /// among the Observations that are not variants (`variants` holds their positions). A burden that is not a
    /// number of 0 or more is left out, with the notice returned beside.
    private static func biomarkers(_ index: FHIRResourceIndex, variants: Set<Int>, file: String) -> (Biomarkers, String?) {
        var result = Biomarkers()
        var problem: String?
        for position in index.indices(ofType: "Observation") where !variants.contains(position) {
            let observation = index.entries[position].resource
            let words = observation.conceptText("code").lowercased()
            if result.tmbPerMegabase == nil, words.contains("mutational burden") || words.contains("mutation burden") || words.contains("tmb") {
                if let value = observation.object("valueQuantity")?.number("value") {
                    guard value.isFinite, value >= 0 else {
                        problem = "\(file): \(observation.location): tumour mutational burden: expected 0 or more mutations per megabase, found \(value); it was not read"
                        continue
                    }
                    result.tmbPerMegabase = value
                }
            } else if result.msi == nil, words.contains("microsatellite") || words.contains("msi") {
                let text = observation.string("valueString")
                    ?? observation.object("valueCodeableConcept").flatMap { $0.string("text") ?? $0.objects("coding").compactMap { $0.string("display") ?? $0.string("code") }.first }
                if let text { result.msi = FieldValues.microsatelliteStatus(text) }
            }
        }
        return (result, problem)
    }
}

/// LOINC codes of the genomics-reporting variant profile's components.
enum LOINC {
    static let variantAssessment = "69548-6"
    static let geneStudied = "48018-6"
    static let codingHGVS = "48004-6"
    static let proteinHGVS = "48005-3"
    static let transcript = "51958-7"
    static let genomicHGVS = "81290-9"
    static let sampleVAF = "81258-6"
    static let genomicSourceClass = "48002-0"
    static let referenceAssembly = "62374-4"
    static let genomicReferenceSequence = "48013-7"
    static let exactStartEnd = "81254-5"
    static let coordinateSystem = "92822-6"
    static let referenceAllele = "69547-8"
    static let alternateAllele = "69551-0"
    static let somatic = "LA6684-0"
    static let germline = "LA6683-2"
}
