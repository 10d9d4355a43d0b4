import HGVS
/// What a change does to the introns between coding exons, by Ensembl VEP's rules
/// (ensembl-variation `BaseTranscriptVariationAllele::_intron_effects` and
/// `VariationEffect::_intron_overlap`), evaluated on oriented coordinates so that one code path
/// serves both strands: the intron's oriented start is its donor end.
///
/// A change covers oriented coordinates `start...end`; an insertion has `start == end + 1`
/// (it lies between `end` and `start`), as in VEP.
struct SpliceSiteEffects: Hashable, Sendable {
    /// Intron bases +1/+2 are changed.
    private(set) var donor = false
    /// Intron bases −2/−1 are changed.
    private(set) var acceptor = false
    /// The change lies in the splice region (intron +3…+8 or −8…−3, or the first or last 3 bases of
    /// an exon next to an intron) and touches no donor or acceptor site.
    var region: Bool { nearSpliceSite && !donor && !acceptor }
    /// The change touches intron bases beyond the first and last two.
    private(set) var intronic = false
    private var nearSpliceSite = false

    init(start: Int, end: Int, layout: ExonLayout) {
        let isInsertion = start == end + 1
        func overlaps(_ low: Int, _ high: Int) -> Bool { end >= low && start <= high }
        for intron in 0..<layout.intronCount {
            let intronStart = layout.intronStart(intron), intronEnd = layout.intronEnd(intron)
            if overlaps(intronStart + 2, intronEnd - 2)
                || (isInsertion && (start == intronStart + 2 || end == intronEnd - 2)) {
                intronic = true
            }
            let touchesDonor = overlaps(intronStart, intronStart + 1)
            let touchesAcceptor = overlaps(intronEnd - 1, intronEnd)
            donor = donor || touchesDonor
            acceptor = acceptor || touchesAcceptor
            if !touchesDonor && !touchesAcceptor {
                nearSpliceSite = nearSpliceSite
                    || overlaps(intronStart + 2, intronStart + 7) || overlaps(intronEnd - 7, intronEnd - 2)
                    || overlaps(intronStart - 3, intronStart - 1) || overlaps(intronEnd + 1, intronEnd + 3)
                    || (isInsertion && (start == intronStart || end == intronEnd
                                        || start == intronStart + 2 || end == intronEnd - 2))
            }
        }
    }

    /// The SO terms these effects imply.
    var terms: [SequenceOntologyTerm] {
        var terms: [SequenceOntologyTerm] = []
        if acceptor { terms.append(.spliceAcceptorVariant) }
        if donor { terms.append(.spliceDonorVariant) }
        if region { terms.append(.spliceRegionVariant) }
        if intronic { terms.append(.intronVariant) }
        return terms
    }
}
