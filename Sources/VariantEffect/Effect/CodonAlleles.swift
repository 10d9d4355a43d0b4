import HGVS
/// The codons an edit of the CDS touches, before and after the edit, and their peptides — the
/// quantities on which Ensembl VEP decides coding consequences (`TranscriptVariationAllele::codon`
/// and `::peptide`, ensembl-variation).
///
/// The window runs from the codon holding the first changed base to the codon holding the last one;
/// an insertion between two codons touches no reference codon. A trailing partial codon in the
/// alternate peptide is written `X`, as VEP does.
struct CodonAlleles: Hashable, Sendable {
    /// 0-based index of the first codon in the window.
    let firstCodon: Int
    /// 0-based index one past the last codon in the window.
    let endCodon: Int
    let referenceCodons: [UInt8]
    let alternateCodons: [UInt8]
    let referencePeptide: [UInt8]
    let alternatePeptide: [UInt8]

    init(edit: CodingSequenceEdit, codingSequence cds: [UInt8]) {
        let lower = edit.deleted.lowerBound, upper = edit.deleted.upperBound
        firstCodon = lower / 3
        if edit.deleted.isEmpty {
            endCodon = lower % 3 == 0 ? firstCodon : firstCodon + 1
        } else {
            endCodon = (upper - 1) / 3 + 1
        }
        referenceCodons = Array(cds[firstCodon * 3..<endCodon * 3])
        alternateCodons = Array(cds[firstCodon * 3..<lower]) + edit.inserted + Array(cds[upper..<endCodon * 3])
        referencePeptide = GeneticCode.translate(referenceCodons)
        var alternate = GeneticCode.translate(alternateCodons)
        if alternateCodons.count % 3 != 0 { alternate.append(GeneticCode.unknown) }
        alternatePeptide = alternate
    }
}

/// The coding consequence terms of an edit inside the CDS, decided like VEP's predicates in
/// ensembl-variation `Utils/VariationEffect.pm` (`frameshift`, `stop_gained`, `stop_lost`,
/// `stop_retained`, `start_lost`, `synonymous_variant`, `missense_variant`, `inframe_insertion`,
/// `inframe_deletion`, `protein_altering_variant`) together with the allele-length filters of
/// `Utils/Constants.pm` (missense only for equal-length alleles).
struct CodingConsequences: Hashable, Sendable {
    private(set) var terms: Set<SequenceOntologyTerm> = []
    /// True when the start codon is lost; the protein is then written `p.(Met1?)`.
    let startLost: Bool
    /// True when an in-frame change inside the start codon leaves ATG at the end of the changed
    /// codons (`ATG` → `AGCATG`): VEP's start_retained_variant. The initiation context changes, so the
    /// protein is written `p.(Met1?)` too.
    let startRetained: Bool
    let frameshift: Bool

    init(edit: CodingSequenceEdit, alleles: CodonAlleles, cdsLength: Int) {
        let lower = edit.deleted.lowerBound, upper = edit.deleted.upperBound
        let ref = alleles.referencePeptide, alt = alleles.alternatePeptide
        let stop = GeneticCode.stop
        frameshift = edit.lengthChange % 3 != 0
        let overlapsStart = edit.deleted.isEmpty ? (1...2).contains(lower) : lower < 3
        let stopCodon = cdsLength / 3 - 1

        let stopRetained = alt.first == stop
            && (ref.isEmpty ? alleles.firstCodon >= stopCodon : ref.first == stop)
        let stopGained = !stopRetained && alt.contains(stop) && !ref.contains(stop)
        let stopLost = ref.contains(stop) && !alt.contains(stop)
        startLost = overlapsStart && (frameshift || (!alt.starts(with: ref) && !alt.ends(with: ref)))
        startRetained = overlapsStart && !startLost && !alt.starts(with: ref)

        let insertedMore = edit.inserted.count > upper - lower
        var truncatedAlt = alt
        if let stopIndex = alt.firstIndex(of: stop) { truncatedAlt.removeSubrange((stopIndex + 1)...) }
        let inframeInsertion = !frameshift && !startLost && !startRetained && insertedMore
            && (truncatedAlt.starts(with: ref) || truncatedAlt.ends(with: ref))
        let inframeDeletion = !frameshift && alleles.alternateCodons.count < alleles.referenceCodons.count
            && Self.isCodonDeletion(reference: alleles.referenceCodons, alternate: alleles.alternateCodons)
        let proteinAltering = !frameshift && ref.count != alt.count && ref.first != stop && alt.first != stop
            && !alt.starts(with: ref) && !alt.ends(with: ref) && !inframeDeletion && !startLost

        if frameshift { terms.insert(.frameshiftVariant) }
        if stopGained { terms.insert(.stopGained) }
        if stopLost { terms.insert(.stopLost) }
        if stopRetained { terms.insert(.stopRetainedVariant) }
        if startLost { terms.insert(.startLost) }
        if startRetained { terms.insert(.startRetainedVariant) }
        if inframeInsertion { terms.insert(.inframeInsertion) }
        if inframeDeletion { terms.insert(.inframeDeletion) }
        if proteinAltering { terms.insert(.proteinAlteringVariant) }
        if edit.lengthChange == 0 && ref != alt && !startLost && !stopLost && !stopGained {
            terms.insert(.missenseVariant)
        }
        if !ref.isEmpty && ref == alt && !stopRetained && !alt.contains(GeneticCode.unknown) {
            terms.insert(.synonymousVariant)
        }
        if terms.isEmpty { terms.insert(.codingSequenceVariant) }
    }

    /// VEP's `inframe_deletion` test on codons: the alternate codons are a prefix or suffix of the
    /// reference codons, or what remains after trimming shared ends is a whole number of deleted codons.
    private static func isCodonDeletion(reference: [UInt8], alternate: [UInt8]) -> Bool {
        if reference.starts(with: alternate) || reference.ends(with: alternate) { return true }
        var ref = reference[...], alt = alternate[...]
        while let r = ref.first, let a = alt.first, r == a { ref = ref.dropFirst(); alt = alt.dropFirst() }
        while let r = ref.last, let a = alt.last, r == a { ref = ref.dropLast(); alt = alt.dropLast() }
        return alt.isEmpty && ref.count % 3 == 0
    }
}

extension Array where Element: Equatable {
    /// True when the array ends with `suffix` (an empty suffix always matches).
    func ends(with suffix: [Element]) -> Bool {
        suffix.count <= count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
