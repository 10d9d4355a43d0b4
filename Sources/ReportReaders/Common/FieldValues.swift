#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReportModel

/// Checks and conversions of field values shared by the readers; each failure is a sentence saying what
/// was expected, for a ``ReportReadError``.
enum FieldValues {
    /// `text` without white space at either end; a field without any (almost every one) is copied as it is,
    /// without Foundation's character-set trimming, which dominated reading a large MAF.
    ///
    /// A text whose first and last bytes are ASCII other than white space is known untrimmed from those two
    /// bytes: its first character starts with that byte, and the last character, which ends with an ASCII
    /// byte, starts with it or with a Prepend scalar (never white space). This skips the grapheme breaking
    /// and Unicode property look-ups of `first`/`last`, which were 5% of reading a FoundationOne report.
    static func trimmed<Text: StringProtocol>(_ text: Text) -> String where Text.UTF8View: BidirectionalCollection {
        if let first = text.utf8.first, let last = text.utf8.last, isASCIIOtherThanWhitespace(first), isASCIIOtherThanWhitespace(last) {
            return String(text)
        }
        guard text.first?.isWhitespace == true || text.last?.isWhitespace == true else { return String(text) }
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// A gene symbol as reports write it: 1–40 characters without white space.
    static func geneSymbol(_ text: String) -> String? {
        let symbol = trimmed(text)
        // ASCII text (every real symbol) is one character per byte, so its bytes answer without Unicode look-ups.
        if symbol.utf8.allSatisfy({ $0 < 0x80 }) {
            guard !symbol.isEmpty, symbol.utf8.count <= 40, symbol.utf8.allSatisfy(isASCIIOtherThanWhitespace) else { return nil }
            return symbol
        }
        guard !symbol.isEmpty, symbol.count <= 40, !symbol.contains(where: \.isWhitespace) else { return nil }
        return symbol
    }

    /// An ASCII byte that is not white space (tab, line feed, vertical tab, form feed, carriage return, space).
    private static func isASCIIOtherThanWhitespace(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
    }

    /// A fraction between 0 and 1.
    static func fraction(_ text: String) -> Double? {
        guard let value = Double(text), value.isFinite, (0...1).contains(value) else { return nil }
        return value
    }

    /// A percentage between 0 and 100, as a fraction.
    static func percentAsFraction(_ text: String) -> Double? {
        guard let value = Double(text.hasSuffix("%") ? String(text.dropLast()) : text), value.isFinite, (0...100).contains(value) else { return nil }
        return value / 100
    }

    /// The largest read count or depth accepted: 2^53 − 1, the largest whole number a JSON number (an IEEE
    /// double) holds exactly, so that every accepted depth is written to the interpretation as given.
    static let maximumCount = 9_007_199_254_740_991

    /// What a count must be, for messages.
    static let countExpectation = "a whole number from 0 to \(maximumCount)"

    /// A count from 0 to ``maximumCount``.
    static func count(_ text: String) -> Int? {
        Int(text).flatMap(count)
    }

    /// `value` when it is a count from 0 to ``maximumCount``.
    static func count(_ value: Int) -> Int? {
        (0...maximumCount).contains(value) ? value : nil
    }

    /// Why a 1-based genomic position is not on the chromosome (nil when it is): it must lie between 1 and the
    /// chromosome's length on the build (or the longest chromosome's when either is unknown).
    static func positionProblem(_ position: Int, chromosome: String, build: GenomeBuild?) -> String? {
        let maximum = GenomeBuild.maximumPosition(onChromosome: chromosome, build: build)
        guard !(1...maximum).contains(position) else { return nil }
        let bound = build.flatMap { $0.length(ofChromosome: chromosome) != nil ? "the length of chromosome \(chromosome) on \($0.rawValue)" : nil }
            ?? "the length of the longest chromosome"
        return "expected a 1-based position from 1 to \(maximum) (\(bound)), found \(position)"
    }

    /// A finite number of 0 or more.
    static func nonNegative(_ text: String) -> Double? {
        guard let value = Double(text), value.isFinite, value >= 0 else { return nil }
        return value
    }

    /// `yes`/`true` → true, `no`/`false` → false, anything else (`unknown`) → nil.
    static func yesNo(_ text: String?) -> Bool? {
        switch text?.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default: return nil
        }
    }

    /// A microsatellite status as reports spell it; unrecognised text is `unknown`.
    static func microsatelliteStatus(_ text: String) -> MicrosatelliteStatus {
        switch text.uppercased().replacing(" ", with: "-").replacing("_", with: "-") {
        case "MSI-H", "MSI-HIGH", "HIGH", "MSIH": return .msiHigh
        case "MSI-L", "MSI-LOW", "LOW", "MSIL": return .msiLow
        case "MSS", "MSI-STABLE", "STABLE", "MICROSATELLITE-STABLE": return .stable
        default: return .unknown
        }
    }
}
