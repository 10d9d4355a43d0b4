#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReportModel

/// Reads a report in any supported format into a ``PatientReport``: checks the size, detects the format
/// from the content (unless one is given) and dispatches to the format's reader.
public enum ReportReader {
    /// Reads `data`; `file` names it in messages. `format` overrides detection.
    public static func read(_ compressedOrPlain: Data, file: String, format: ReportFormat? = nil, options: ReportReadOptions = .init()) throws(ReportReadError) -> ReportReading {
        try checkSize(byteCount: compressedOrPlain.count, file: file, limit: options.maxInputBytes)
        // gzip/bgzip input (e.g. .vcf.gz) is decompressed first, within the same size limit.
        let data = GzipDecoder.isGzip(compressedOrPlain)
            ? try GzipDecoder.decompress(compressedOrPlain, file: file, limit: options.maxInputBytes)
            : compressedOrPlain
        let chosen: ReportFormat
        if let format {
            chosen = format
        } else {
            chosen = try ReportFormatDetector.detect(data, file: file)
        }
        let reading = try read(data, file: file, format: chosen, options: options)
        try checkRecordCount(reading.report.recordCount, file: file, limit: options.maxRecords)
        return ReadingChecks.checked(reading, file: file)
    }

    /// Refuses a report that lists more than `limit` variant records; `location` says where the count was
    /// passed when a reader stops early.
    static func checkRecordCount(_ count: Int, file: String, limit: Int, location: String = "whole file") throws(ReportReadError) {
        guard count > limit else { return }
        throw ReportReadError(
            file: file, location: location,
            problem: "the report lists more than \(limit) variant records; keapnrf interprets one patient's report and refuses more, so that time and memory stay bounded")
    }

    /// The format's reader.
    private static func read(_ data: Data, file: String, format: ReportFormat, options: ReportReadOptions) throws(ReportReadError) -> ReportReading {
        switch format {
        case .keapnrfJSON:
            return ReportReading(report: try KeapnrfJSONReader.read(withoutByteOrderMark(data), file: file, options: options), format: .keapnrfJSON)
        case .foundationOneXML:
            return try FoundationOneReader.read(data, file: file, options: options)
        case .fhirJSON:
            return try FHIRReader.readJSON(withoutByteOrderMark(data), file: file, options: options)
        case .fhirXML:
            return try FHIRReader.readXML(data, file: file, options: options)
        case .vcf:
            return try VCFReader.read(data, file: file, options: options)
        case .maf:
            return try MAFReader.read(data, file: file, options: options)
        }
    }

    /// JSON text without a leading UTF-8 byte order mark, which RFC 8259 lets a parser ignore (and which the
    /// format detection already skips).
    private static func withoutByteOrderMark(_ data: Data) -> Data {
        data.starts(with: [0xEF, 0xBB, 0xBF]) ? Data(data.dropFirst(3)) : data
    }

    /// Refuses an input larger than `limit` bytes. Callers that read files check the file size with this
    /// before reading the bytes, so that an oversized file is never loaded.
    public static func checkSize(byteCount: Int, file: String, limit: Int) throws(ReportReadError) {
        guard byteCount > limit else { return }
        throw ReportReadError(
            file: file, location: "whole file",
            problem: "the input is \(byteCount) bytes, more than the limit of \(limit) bytes (\(megabytes(limit)) MB); raise the limit with --max-input-mb if the file is genuine")
    }

    /// Bytes as megabytes (MiB) with at most one decimal.
    private static func megabytes(_ bytes: Int) -> String {
        let tenths = Int((Double(bytes) / 1_048_576 * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
