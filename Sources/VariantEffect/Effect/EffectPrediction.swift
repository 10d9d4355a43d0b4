import HGVS

extension TranscriptModel {
    /// The `c.` description of a forward-strand genomic change (VCF or MAF style) on this transcript:
    /// alleles trimmed, reverse-complemented on the minus strand, positions numbered from the CDS
    /// (intronic offsets from the nearer exon boundary, `c.-N`/`c.*N` in the UTR parts of the
    /// modelled exons), indels 3′-shifted within their exon and written as `dup` where they repeat the
    /// preceding bases.
    /// - Throws: ``VariantEffectError``, e.g. when a reference base disagrees with the CDS.
    public func describe(_ variant: GenomicVariant) throws(VariantEffectError) -> CodingDescription {
        let resolution = try resolve(variant)
        return CodingDescription(coding: codingVariant(of: resolution.change), caveats: resolution.caveats)
    }

    /// The effect of a forward-strand genomic change (VCF or MAF style) on this transcript.
    /// - Throws: ``VariantEffectError``, e.g. when a reference base disagrees with the CDS.
    public func predictEffect(of variant: GenomicVariant) throws(VariantEffectError) -> VariantEffect {
        effect(of: try resolve(variant))
    }

    /// The effect of a `c.` change on this transcript. The description is normalised first; stated
    /// reference bases must agree with the CDS.
    /// - Throws: ``VariantEffectError``; `.referenceMismatch` when stated bases disagree with the CDS.
    public func predictEffect(of variant: NucleotideVariant) throws(VariantEffectError) -> VariantEffect {
        effect(of: try resolve(variant))
    }

    private func effect(of resolution: Resolution) -> VariantEffect {
        let coding = codingVariant(of: resolution.change)
        var caveats = resolution.caveats
        let terms: [SequenceOntologyTerm]
        let protein: ProteinVariant?
        switch resolution.change {
        case .coding(let edit) where edit.deleted.isEmpty && edit.deleted.lowerBound == codingSequence.count:
            // A duplication that ends on the stop codon's last base inserts after the stop: the CDS is
            // unchanged and the bases land in the 3′ UTR (VEP's special case for insertions after the CDS).
            terms = [.threePrimeUTRVariant]
            protein = nil
        case .coding(let edit):
            let alleles = CodonAlleles(edit: edit, codingSequence: codingSequence)
            let consequences = CodingConsequences(edit: edit, alleles: alleles, cdsLength: codingSequence.count)
            let splice = spliceSiteEffects(of: edit)
            terms = (consequences.terms.union(splice.terms)).sorted()
            let change = proteinChange(of: edit, alleles: alleles, consequences: consequences)
            protein = change.0
            caveats += change.1
        case .positioned(let change):
            let effect = positionedEffect(of: change)
            terms = effect.terms
            protein = effect.protein
            caveats += effect.caveats
        }
        return VariantEffect(coding: coding, consequences: terms, protein: protein,
                             mafProtein: Self.mafProtein(protein, coding: coding, mostSevere: terms.first),
                             caveats: caveats)
    }

    /// Splice effects of an edit inside the CDS. An insertion lies between the oriented coordinate of
    /// its 5′ flank and the next genomic base, which is intronic when the insertion (a duplication)
    /// follows an exon's last base.
    private func spliceSiteEffects(of edit: CodingSequenceEdit) -> SpliceSiteEffects {
        if edit.deleted.isEmpty {
            let flank = layout.oriented(of: .coding(index: edit.deleted.lowerBound - 1))
            return SpliceSiteEffects(start: flank + 1, end: flank, layout: layout)
        }
        return SpliceSiteEffects(start: layout.oriented(of: .coding(index: edit.deleted.lowerBound)),
                                 end: layout.oriented(of: .coding(index: edit.deleted.upperBound - 1)), layout: layout)
    }

    /// The protein change as a MAF writes it (`HGVSp_Short`): without parentheses, and for a splice
    /// donor or acceptor change vcf2maf's `X<codon>_splice`, with the codon derived from the first
    /// `c.` number as vcf2maf does (`round((c + c mod 3) / 3)`, which is the codon holding base `c`;
    /// 5′ UTR positions count as codon 1).
    static func mafProtein(_ protein: ProteinVariant?, coding: NucleotideVariant,
                           mostSevere: SequenceOntologyTerm?) -> ProteinVariant? {
        if mostSevere == .spliceAcceptorVariant || mostSevere == .spliceDonorVariant {
            let start = coding.location.start
            guard start.datum == .cdsStart, let base = start.base else { return nil }
            return .spliceSite(position: base < 1 ? 1 : (base + 2) / 3, isPredicted: false)
        }
        return protein?.withoutPrediction
    }
}
