import Annotator
import CohortStatistics
import Foundation
import HGVS
import Interpretation
import ReportReaders

/// The work each fuzz target does with one input, and the checks that turn a broken contract into a crash
/// libFuzzer records: a refusal must be a typed error whose message names the file (`fuzz-input: …`).
/// A crash, a hang (`-timeout`) or memory over `-rss_limit_mb` is a finding too.
public enum FuzzEntry {
    /// The file name the parsers are given, which every refusal must name.
    public static let fileName = "fuzz-input"

    /// Reads the bytes as a report of `format` (gzip is decompressed first, as for a file).
    public static func report(_ start: UnsafeRawPointer, _ count: Int, format: ReportFormat) {
        do throws(ReportReadError) {
            _ = try ReportReader.read(data(start, count), file: fileName, format: format)
        } catch {
            requireNamesFile(error.description)
        }
    }

    /// Parses the bytes (as UTF-8, invalid sequences replaced) as an HGVS description.
    public static func hgvs(_ start: UnsafeRawPointer, _ count: Int) {
        let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
        if let variant = try? HGVSParser.parse(text) {
            // A parsed description must format without trapping.
            _ = HGVSFormatter.oneLetter.string(for: variant.description)
        }
    }

    /// Loads the bytes as a reviewer-override YAML file.
    public static func overrides(_ start: UnsafeRawPointer, _ count: Int) {
        do throws(AnnotatorError) {
            _ = try ReviewerOverrides.load(data(start, count), file: fileName)
        } catch {
            requireNamesFile(error.description)
        }
    }

    /// Reads the bytes as a cohort table and, when it reads, visits every cell.
    public static func cohortTable(_ start: UnsafeRawPointer, _ count: Int) {
        guard let table = try? CohortTable(data: data(start, count)) else { return }
        table.forEachRow(columns: Array(0..<table.columnCount)) { _, _ in }
    }

    /// Canonicalises the bytes as JSON (RFC 8785), as `keapnrf digest` does.
    public static func canonicalJSON(_ start: UnsafeRawPointer, _ count: Int) {
        _ = try? InterpretationDigest.canonicalText(ofJSON: Array(UnsafeRawBufferPointer(start: start, count: count)))
    }

    private static func data(_ start: UnsafeRawPointer, _ count: Int) -> Data {
        Data(bytes: start, count: count)
    }

    private static func requireNamesFile(_ message: String) {
        guard message.hasPrefix(fileName + ": ") else {
            fatalError("a refusal does not name the file: \(message.prefix(300))")
        }
    }
}
