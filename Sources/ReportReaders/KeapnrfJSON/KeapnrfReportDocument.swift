/// The project's own JSON report format, as written on disk. Field names and meanings are documented in
/// `schemas/keapnrf-report.schema.json`; unknown fields are rejected.
struct KeapnrfReportDocument: Codable {
    var format: String
    var formatVersion: Int
    var patientId: String?
    var specimenId: String?
    var tumorType: TumorTypeField?
    var panel: String?
    var reportDate: String?
    var genomeBuild: String?
    var shortVariants: [ShortVariantField]?
    var copyNumberAlterations: [CopyNumberField]?
    var rearrangements: [RearrangementField]?
    var biomarkers: BiomarkersField?

    struct TumorTypeField: Codable {
        var oncotreeCode: String?
        var diagnosis: String?
    }

    struct ShortVariantField: Codable {
        var gene: String
        var transcript: String?
        var hgvsc: String?
        var hgvsp: String?
        var genomic: GenomicField?
        var vaf: Double?
        var depth: Int?
        var origin: String?
        var reportedStatus: String?
    }

    struct GenomicField: Codable {
        var chromosome: String
        var position: Int
        var reference: String
        var alternate: String
    }

    struct CopyNumberField: Codable {
        var gene: String
        var type: String
        var copyNumber: Double?
        var exons: String?
    }

    struct RearrangementField: Codable {
        var genes: [String]
        var type: String
        var exons: [Int]?
        var inFrame: Bool?
        var description: String?
    }

    struct BiomarkersField: Codable {
        var tmbPerMegabase: Double?
        var msiStatus: String?
    }
}
