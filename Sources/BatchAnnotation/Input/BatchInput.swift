import Foundation
import ReportModel
import ReportReaders

/// One report of a batch: where it is, where its output goes, and how it is read.
public struct BatchInput: Hashable, Sendable {
    /// The report's path, as given (a command-line argument, a file below a directory argument, or a manifest row).
    public var path: String
    /// The output's path relative to the output folder, without the output format's suffix.
    public var outputName: String
    /// The OncoTree code overriding the report's tumour type (a manifest's `tumor_type`).
    public var tumorType: String?
    /// The report format, instead of detecting it.
    public var format: ReportFormat?
    /// The tumour sample of a multi-sample VCF or MAF.
    public var sample: String?
    /// The genome build of a VCF or MAF.
    public var build: GenomeBuild?

    public init(path: String, outputName: String, tumorType: String? = nil, format: ReportFormat? = nil, sample: String? = nil, build: GenomeBuild? = nil) {
        self.path = path
        self.outputName = outputName
        self.tumorType = tumorType
        self.format = format
        self.sample = sample
        self.build = build
    }

    /// The per-report options as they are recorded in the index (`tumor-type=LUAD`, …), in a fixed order.
    var optionWords: [String] {
        [("tumor-type", tumorType), ("format", format?.rawValue), ("sample", sample), ("build", build?.rawValue)]
            .compactMap { name, value in value.map { "\(name)=\($0)" } }
    }
}
