/// Code systems, codes and profiles of the HL7 Genomics Reporting IG (STU3, version 3.0.0, FHIR R4) used by
/// the FHIR bundle. Sources: the IG's profiles `variant`, `genomic-report`, `therapeutic-implication`,
/// `diagnostic-implication` (http://hl7.org/fhir/uv/genomics-reporting/STU3/) and its value sets
/// (LOINC answer lists LL1971-2, LL378-1; `genetic-therapeutic-implications-vs`).
enum FHIRTerms {
    static let loinc = "http://loinc.org"
    static let hgvs = "http://varnomen.hgvs.org"
    static let hgnc = "http://www.genenames.org/geneId"
    static let refSeq = "http://www.ncbi.nlm.nih.gov/refseq"
    static let ucum = "http://unitsofmeasure.org"
    static let tbdCodes = "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs"
    static let observationCategory = "http://terminology.hl7.org/CodeSystem/observation-category"
    static let diagnosticService = "http://terminology.hl7.org/CodeSystem/v2-0074"
    static let relatedArtifactExtension = "http://hl7.org/fhir/StructureDefinition/workflow-relatedArtifact"

    private static let profileBase = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/"
    static let genomicReportProfile = profileBase + "genomic-report"
    static let variantProfile = profileBase + "variant"
    static let therapeuticImplicationProfile = profileBase + "therapeutic-implication"
    static let diagnosticImplicationProfile = profileBase + "diagnostic-implication"

    /// LOINC codes with the display seen in the IG's examples; codes whose display was not seen carry none.
    enum LOINC {
        static let geneticAnalysisReport = Code("51969-4", "Genetic analysis report")
        static let geneticVariantAssessment = Code("69548-6", "Genetic variant assessment")
        static let present = Code("LA9633-4", "Present")
        static let geneStudied = Code("48018-6", "Gene studied [ID]")
        static let codingHGVS = Code("48004-6", "DNA change (c.HGVS)")
        static let proteinHGVS = Code("48005-3")
        static let transcript = Code("51958-7", "Transcript reference sequence [ID]")
        static let allelicFrequency = Code("81258-6")
        static let readDepth = Code("82121-5")
        static let genomicSourceClass = Code("48002-0")
        static let copyNumber = Code("82155-3")
        static let evidenceLevel = Code("93044-6")
        static let clinicalSignificance = Code("53037-8")
        static let phenotype = Code("81259-4")
        static let medicationAssessed = Code("51963-7")
        static let somatic = Code("LA6684-0", "Somatic")
        static let germline = Code("LA6683-2", "Germline")
        static let unknownOrigin = Code("LA18197-6", "Unknown genomic origin")
        static let presumedResistant = Code("LA9660-7", "Presumed resistant")
        static let presumedResponsive = Code("LA9661-5", "Presumed responsive")
        static let presumedNonResponsive = Code("LA9662-3", "Presumed non-responsive")
    }

    /// A code with its display, when known.
    struct Code {
        let code: String
        let display: String?

        init(_ code: String, _ display: String? = nil) {
            self.code = code
            self.display = display
        }
    }
}
