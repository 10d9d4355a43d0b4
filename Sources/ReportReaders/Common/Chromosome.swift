#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Spellings of chromosome names and sequence accessions shared by the readers.
enum Chromosome {
    /// `chr19`, `CHR19`, `19` → `19`; `chrX` → `X`; `chrM`/`MT` → `MT`.
    static func normalized(_ name: String) -> String {
        var upper = FieldValues.trimmed(name).uppercased()
        if upper.hasPrefix("CHR") { upper = String(upper.dropFirst(3)) }
        return upper == "M" ? "MT" : upper
    }

    /// True for 1–22, X, Y and MT (after ``normalized(_:)``).
    static func isHuman(_ normalizedName: String) -> Bool {
        if let number = Int(normalizedName) { return (1...22).contains(number) && String(number) == normalizedName }
        return ["X", "Y", "MT"].contains(normalizedName)
    }
}

/// Transcript and sequence accessions.
enum Accession {
    /// `NM_203500.2` → `NM_203500` (upper-cased); an accession without version is returned upper-cased.
    static func unversioned(_ accession: String) -> String {
        let upper = FieldValues.trimmed(accession).uppercased()
        guard let dot = upper.lastIndex(of: "."), upper[upper.index(after: dot)...].allSatisfy(\.isNumber),
              dot != upper.index(before: upper.endIndex) else { return upper }
        return String(upper[..<dot])
    }
}
