import HGVS

/// A change on the forward genomic strand, MAF style: `start`…`end` are the reference bases replaced;
/// for an insertion (empty `reference`) `start` is the base before the insertion and `end` the base after.
public struct GenomicAlleles: Hashable, Sendable {
    public let chromosome: String
    public let start: Int
    public let end: Int
    /// Forward-strand reference bases (empty for an insertion).
    public let reference: String
    /// Forward-strand alternate bases (empty for a deletion).
    public let alternate: String
}

extension TranscriptModel {
    /// Projects a `c.` change onto the forward genomic strand of this model's assembly. Bases come from the
    /// description or, for deletions and duplications that do not spell them, from the CDS.
    /// - Throws: ``VariantEffectError`` when the position is outside the model, or when bases are needed
    ///   outside the CDS and the description does not state them.
    public func genomicAlleles(of variant: NucleotideVariant) throws(VariantEffectError) -> GenomicAlleles {
        let (first, last) = try locations(of: variant)
        let firstGenomic = layout.genomic(oriented: layout.oriented(of: first))
        let lastGenomic = layout.genomic(oriented: layout.oriented(of: last))
        let low = min(firstGenomic, lastGenomic), high = max(firstGenomic, lastGenomic)
        let positionText = variant.location.codingText
        let stated = try Self.statedReference(of: variant.edit)
        let codingBases = codingRange(first: first, last: last, isInsertion: false).map { Array(codingSequence[$0]) }
        func spanBases() throws(VariantEffectError) -> [UInt8] {
            guard let bases = codingBases ?? stated else {
                throw .unsupportedDescription(reason: "\(positionText) lies outside the CDS and its bases are not stated")
            }
            return bases
        }
        func forward(_ bases: [UInt8]) -> String {
            Nucleotides.string(strand == .plus ? bases : Nucleotides.reverseComplement(bases))
        }
        switch variant.edit {
        case .substitution(_, let alternate), .deletionInsertion(_, let alternate):
            let reference = try spanBases()
            return GenomicAlleles(chromosome: chromosome, start: low, end: high, reference: forward(reference), alternate: forward(try Self.bases(alternate, role: "inserted")))
        case .deletion:
            return GenomicAlleles(chromosome: chromosome, start: low, end: high, reference: forward(try spanBases()), alternate: "")
        case .inversion:
            let reference = try spanBases()
            return GenomicAlleles(chromosome: chromosome, start: low, end: high, reference: forward(reference), alternate: forward(Nucleotides.reverseComplement(reference)))
        case .insertion(let inserted):
            return GenomicAlleles(chromosome: chromosome, start: low, end: high, reference: "", alternate: forward(try Self.bases(inserted, role: "inserted")))
        case .duplication:
            // The copy follows the duplicated bases in transcript order: after `high` on the plus strand,
            // before `low` on the minus strand.
            let bases = try spanBases()
            let before = strand == .plus ? high : low - 1
            return GenomicAlleles(chromosome: chromosome, start: before, end: before + 1, reference: "", alternate: forward(bases))
        case .identity, .repeated:
            throw .unsupportedDescription(reason: "\(positionText): only substitutions, deletions, insertions, duplications, delins and inversions are projected")
        }
    }
}
