import HGVS

extension TranscriptModel {
    /// Maps a forward-strand genomic change onto this transcript.
    func resolve(_ variant: GenomicVariant) throws(VariantEffectError) -> Resolution {
        guard isOnChromosome(variant.chromosome) else {
            throw .chromosomeMismatch(variant: variant.chromosome, model: chromosome, accession: accession)
        }
        let alleles = trimmedAlleles(of: variant)
        let isInsertion = alleles.reference.isEmpty
        // Oriented coordinates of the first and last changed base (for an insertion: of its flanks).
        let lowGenomic = isInsertion ? alleles.start - 1 : alleles.start
        let highGenomic = isInsertion ? alleles.start : alleles.start + alleles.reference.count - 1
        let (firstOriented, lastOriented) = strand == .plus
            ? (layout.oriented(genomic: lowGenomic), layout.oriented(genomic: highGenomic))
            : (layout.oriented(genomic: highGenomic), layout.oriented(genomic: lowGenomic))
        let first = try locate(oriented: firstOriented, chromosome: variant.chromosome)
        let last = try locate(oriented: lastOriented, chromosome: variant.chromosome)
        let reference = strand == .plus ? alleles.reference : Nucleotides.reverseComplement(alleles.reference)
        let alternate = strand == .plus ? alleles.alternate : Nucleotides.reverseComplement(alleles.alternate)
        try checkGenomicReference(reference, from: firstOriented, chromosome: variant.chromosome)

        if let range = codingRange(first: first, last: last, isInsertion: isInsertion),
           let normalised = normalisedEdit(deleted: range, inserted: alternate) {
            return Resolution(change: .coding(normalised.edit),
                              caveats: normalised.reachedExonEnd ? [.notShiftedBeyondCodingSequence] : [])
        }
        let edit: NucleotideEdit
        if isInsertion {
            edit = .insertion(inserted: Nucleotides.string(alternate))
        } else if alternate.isEmpty {
            edit = .deletion(reference: Nucleotides.string(reference), length: nil)
        } else if reference.count == 1 && alternate.count == 1 {
            edit = .substitution(reference: Nucleotides.string(reference), alternate: Nucleotides.string(alternate))
        } else {
            edit = .deletionInsertion(reference: Nucleotides.string(reference), inserted: Nucleotides.string(alternate))
        }
        let isIndel = isInsertion || alternate.isEmpty
        return Resolution(change: .positioned(PositionedChange(first: first, last: last, isInsertion: isInsertion, edit: edit)),
                          caveats: isIndel ? [.notShiftedBeyondCodingSequence] : [])
    }

    /// The alleles without shared flanking bases; `start` is the first reference base, or for an
    /// insertion the base after it. Trimming order favours the 3′ end in transcript orientation, so
    /// that an indel given with padding is placed as HGVS would place it within the given alleles.
    private func trimmedAlleles(of variant: GenomicVariant) -> (start: Int, reference: [UInt8], alternate: [UInt8]) {
        var reference = variant.reference[...], alternate = variant.alternate[...]
        var start = reference.isEmpty ? variant.position + 1 : variant.position
        func trimPrefix() {
            while let r = reference.first, let a = alternate.first, r == a {
                reference = reference.dropFirst()
                alternate = alternate.dropFirst()
                start += 1
            }
        }
        func trimSuffix() {
            while let r = reference.last, let a = alternate.last, r == a {
                reference = reference.dropLast()
                alternate = alternate.dropLast()
            }
        }
        if strand == .plus {
            trimPrefix()
            trimSuffix()
        } else {
            trimSuffix()
            trimPrefix()
        }
        return (start, Array(reference), Array(alternate))
    }

    private func locate(oriented: Int, chromosome: String) throws(VariantEffectError) -> TranscriptLocation {
        if let location = layout.location(ofOriented: oriented) { return location }
        let genomic = layout.genomic(oriented: oriented)
        let side = oriented < layout.segments[0].orientedStart ? "5′" : "3′"
        throw .outsideModelledRegion(
            position: "\(chromosome):\(genomic)",
            reason: "it lies \(side) of the coding exons of \(accession) beyond the exon extent the model holds")
    }

    /// Checks the reference allele (coding strand, starting at oriented `start`) against the CDS where it is coding.
    private func checkGenomicReference<C: Collection<UInt8>>(_ reference: C, from start: Int,
                                                             chromosome: String) throws(VariantEffectError) {
        for (offset, given) in reference.enumerated() {
            guard case .coding(let index)? = layout.location(ofOriented: start + offset),
                  codingSequence[index] != given else { continue }
            let forward = { (base: UInt8) in Nucleotides.string([self.strand == .plus ? base : Nucleotides.complement(base)]) }
            throw .referenceMismatch(ReferenceMismatch(
                position: "\(chromosome):\(layout.genomic(oriented: start + offset)) (\(accession) c.\(index + 1))",
                expected: forward(codingSequence[index]), given: forward(given), orientation: .genomicForwardStrand))
        }
    }
}
