import ReportModel

/// A FoundationOne short variant's genomic change, from its `position` (`chr2:178096498`, hg19), `strand` and
/// a single-base `cds-effect` (`785A>G`, `1708+1G>A`): FMI gives no alleles, but for a substitution the
/// coding change names them on the transcript's strand (complemented on `-`). Used for a variant inside a
/// KEAP1/NFE2L2 span on a transcript the span does not list (another isoform), so that the change is placed
/// on the MANE transcript by position instead of being left `transcript_unknown`.
enum FoundationOnePosition {
    /// The chromosome (normalised: `2`) and position of a `position` (`chr2:178096498`), when it is a place on
    /// a human chromosome of GRCh37.
    static func location(_ position: String?) -> (chromosome: String, position: Int)? {
        guard let position else { return nil }
        // ASCII text (every FMI position) is split by its bytes: there a colon is always a Character of its own,
        // so the parts are those of the Character split, which took half of this function's time.
        let parts = position.utf8.allSatisfy({ $0 < 0x80 })
            ? position.utf8.split(separator: UInt8(ascii: ":")).map { Substring($0) }
            : position.split(separator: ":")
        guard parts.count == 2, let start = Int(parts[1]) else { return nil }
        let chromosome = Chromosome.normalized(String(parts[0]))
        guard Chromosome.isHuman(chromosome), FieldValues.positionProblem(start, chromosome: chromosome, build: .grch37) == nil else { return nil }
        return (chromosome, start)
    }

    /// The change at `location` (from ``location(_:)``) that a single-base `codingEffect` on `strand` names.
    static func genomicChange(at location: (chromosome: String, position: Int), strand: String?, codingEffect: String?) -> GenomicChange? {
        guard let strand, let codingEffect, let (reference, alternate) = substitution(codingEffect) else { return nil }
        switch strand {
        case "+":
            return GenomicChange(chromosome: location.chromosome, position: location.position, reference: reference, alternate: alternate, build: .grch37)
        case "-":
            return GenomicChange(chromosome: location.chromosome, position: location.position, reference: complement(reference),
                                 alternate: complement(alternate), build: .grch37)
        default: return nil
        }
    }

    /// The bases of a single-base substitution `785A>G` (the position may carry an intron offset or `*`/`-`).
    private static func substitution(_ text: String) -> (String, String)? {
        let characters = Array(text.uppercased())
        guard characters.count >= 4, characters[characters.count - 2] == ">" else { return nil }
        let reference = characters[characters.count - 3], alternate = characters[characters.count - 1]
        let positionPart = characters.dropLast(3)
        guard "ACGT".contains(reference), "ACGT".contains(alternate), reference != alternate,
              positionPart.contains(where: \.isNumber), positionPart.allSatisfy({ $0.isNumber || "+-*".contains($0) }) else { return nil }
        return (String(reference), String(alternate))
    }

    private static func complement(_ base: String) -> String {
        switch base {
        case "A": return "T"
        case "C": return "G"
        case "G": return "C"
        default: return "A"
        }
    }
}
