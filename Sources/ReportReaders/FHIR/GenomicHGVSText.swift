#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ReportModel

/// Genomic HGVS text (`NC_000019.9:g.10602670T>A`, `19:g.10602670T>A`, `chr2:g.178098810C>T`) as a
/// VCF/MAF-style ``GenomicChange``, for the forms that spell every base: substitutions, deletions and
/// deletion-insertions naming the deleted bases, and insertions. Forms that need the reference sequence
/// (`del` without bases, `dup`, `inv`), and positions beyond the chromosome's end, give nil, and the text is
/// kept as written instead.
enum GenomicHGVSText {
    /// RefSeq chromosome accessions of the chromosomes the annotator interprets, with their builds
    /// (the accessions in `../shared/reference/transcripts`). Others give the chromosome but no build.
    static let accessionBuilds: [String: GenomeBuild] = [
        "NC_000002.11": .grch37, "NC_000002.12": .grch38,
        "NC_000019.9": .grch37, "NC_000019.10": .grch38,
    ]

    static func change(from text: String, build: GenomeBuild?) -> GenomicChange? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[1].hasPrefix("g.") else { return nil }
        guard let (chromosome, accessionBuild) = sequence(parts[0]) else { return nil }
        guard let (position, reference, alternate) = edit(String(parts[1].dropFirst(2))),
              FieldValues.positionProblem(position, chromosome: chromosome, build: accessionBuild ?? build) == nil else { return nil }
        return GenomicChange(chromosome: chromosome, position: position, reference: reference, alternate: alternate, build: accessionBuild ?? build)
    }

    /// The chromosome (and, for known accessions, the build) of the reference sequence part.
    static func sequence(_ name: String) -> (String, GenomeBuild?)? {
        let upper = name.uppercased()
        if upper.hasPrefix("NC_") {
            let digits = upper.dropFirst(3).prefix { $0.isNumber }
            guard let number = Int(digits), (1...24).contains(number) else { return nil }
            let chromosome = number == 23 ? "X" : number == 24 ? "Y" : String(number)
            return (chromosome, accessionBuilds[upper])
        }
        let chromosome = Chromosome.normalized(name)
        return Chromosome.isHuman(chromosome) ? (chromosome, nil) : nil
    }

    /// Position and alleles of `123G>T`, `123_125delGCT`, `123delG`, `123_124insAG`, `123_124delGAinsT`.
    private static func edit(_ text: String) -> (Int, String, String)? {
        let start = text.prefix { $0.isNumber }
        // Bounded first, so that the arithmetic on the positions below cannot overflow.
        let positions = 1...GenomeBuild.longestChromosomeLength
        guard let first = Int(start), positions.contains(first) else { return nil }
        var rest = text.dropFirst(start.count)
        var last = first
        if rest.hasPrefix("_") {
            let end = rest.dropFirst().prefix { $0.isNumber }
            guard let value = Int(end), value >= first, positions.contains(value) else { return nil }
            last = value
            rest = rest.dropFirst(1 + end.count)
        }
        let isBases = { (bases: Substring) in !bases.isEmpty && bases.allSatisfy { "ACGTacgt".contains($0) } }
        if let arrow = rest.firstIndex(of: ">"), first == last {
            let reference = rest[..<arrow], alternate = rest[rest.index(after: arrow)...]
            guard reference.count == 1, alternate.count == 1, isBases(reference), isBases(alternate) else { return nil }
            return (first, reference.uppercased(), alternate.uppercased())
        }
        if rest.hasPrefix("ins") {
            let inserted = rest.dropFirst(3)
            guard last == first + 1, isBases(inserted) else { return nil }
            return (first, "", inserted.uppercased())
        }
        guard rest.hasPrefix("del") else { return nil }
        let afterDel = rest.dropFirst(3)
        let deleted = afterDel.prefix { "ACGTacgt".contains($0) }
        guard deleted.count == last - first + 1 else { return nil }
        let tail = afterDel.dropFirst(deleted.count)
        if tail.isEmpty { return (first, deleted.uppercased(), "") }
        guard tail.hasPrefix("ins"), isBases(tail.dropFirst(3)) else { return nil }
        return (first, deleted.uppercased(), tail.dropFirst(3).uppercased())
    }
}
