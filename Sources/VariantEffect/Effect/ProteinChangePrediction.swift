import HGVS

extension TranscriptModel {
    /// The HGVS protein change (predicted, in parentheses) that an edit inside the CDS causes, found by
    /// translating the edited CDS and comparing it with the reference protein.
    ///
    /// Deletions, insertions and duplications are placed as far C-terminal as possible (HGVS 3′ rule);
    /// a frameshift names its first changed residue and the distance to the new stop (`fsTer12`, or
    /// `fsTer?` when the edited CDS holds no stop); a lost stop is an extension of unknown length
    /// (`ext*?`), since the model holds no 3′ UTR.
    func proteinChange(of edit: CodingSequenceEdit, alleles: CodonAlleles,
                       consequences: CodingConsequences) -> (ProteinVariant, [EffectCaveat]) {
        if consequences.startLost || consequences.startRetained {
            return (.change(ProteinChange(start: residue(0), edit: .substitution(alternate: "?"), isPredicted: true)), [])
        }
        let reference = protein
        let edited = editedProtein(edit, fromCodon: alleles.firstCodon)
        var first = alleles.firstCodon
        while first < edited.residues.count, first < reference.count, edited.residues[first] == reference[first] {
            first += 1
        }
        if first == edited.residues.count && first == reference.count {
            let lastCodon = min(max(alleles.endCodon - 1, alleles.firstCodon), reference.count - 1)
            let start = min(alleles.firstCodon, reference.count - 1)
            return (change(start, end: lastCodon > start ? lastCodon : nil, .synonymous), [])
        }
        guard first < edited.residues.count else {
            // The edited CDS ran out of whole codons before any residue changed: the stop codon is
            // broken and what follows lies in the 3′ UTR.
            return (.unknown, [.proteinDependsOnUntranslatedRegion])
        }
        if consequences.frameshift {
            return (frameshiftChange(edited, first: first), [])
        }
        return inFrameChange(edited, first: first, edit: edit)
    }

    private func frameshiftChange(_ edited: EditedProtein, first: Int) -> ProteinVariant {
        let residues = edited.residues
        if residues[first] == GeneticCode.stop {
            return change(first, .substitution(alternate: "*"))
        }
        if protein[first] == GeneticCode.stop {
            return change(first, .extension(alternate: character(residues[first]), isNTerminal: false, length: .unknown))
        }
        let stop: StopDistance = edited.endsWithStop ? .known(residues.count - first) : .unknown
        return change(first, .frameshift(alternate: character(residues[first]), stop: stop))
    }

    private func inFrameChange(_ edited: EditedProtein, first: Int, edit: CodingSequenceEdit) -> (ProteinVariant, [EffectCaveat]) {
        let residues = edited.residues
        let referenceStop = protein.count - 1
        guard edited.endsWithStop else {
            if protein[first] == GeneticCode.stop {
                return (change(first, .extension(alternate: character(residues[first]), isNTerminal: false, length: .unknown)), [])
            }
            return (.unknown, [.proteinDependsOnUntranslatedRegion])
        }
        let editedStop = residues.count - 1
        // Is the edited protein's stop the original stop codon, moved by the edit?
        let stopCodonStart = editedStop * 3
        let keepsOriginalStop = stopCodonStart >= edit.deleted.lowerBound + edit.inserted.count
            && stopCodonStart - edit.lengthChange == codingSequence.count - 3
        if !keepsOriginalStop && editedStop < referenceStop {
            if editedStop == first { return (change(first, .substitution(alternate: "*")), []) }
            return (change(first, end: editedStop, .deletionInsertion(inserted: residues[first...editedStop].map(character))), [])
        }
        if !keepsOriginalStop && editedStop > referenceStop {
            guard first == referenceStop else { return (.unknown, []) }
            // HGVS counts the new stop within the added tail: the residue replacing Ter is not counted
            // (p.Ter110GlnextTer17 ends at 127), as biocommons hgvs does.
            return (change(first, .extension(alternate: character(residues[first]), isNTerminal: false,
                                             length: .known(editedStop - referenceStop))), [])
        }
        return (blockChange(residues, first: first), [])
    }

    /// The change between the reference protein and `residues`, which differ from index `first` on and
    /// share their C-terminal end: a substitution, deletion, insertion, duplication or deletion-insertion.
    private func blockChange(_ residues: [UInt8], first: Int) -> ProteinVariant {
        let reference = protein
        var shared = 0
        while shared < min(residues.count, reference.count) - first,
              residues[residues.count - 1 - shared] == reference[reference.count - 1 - shared] {
            shared += 1
        }
        let deletedCount = reference.count - shared - first
        let inserted = residues[first..<(residues.count - shared)].map(character)
        if deletedCount == 1 && inserted.count == 1 {
            return change(first, .substitution(alternate: inserted[0]))
        }
        if inserted.isEmpty {
            return change(first, end: deletedCount > 1 ? first + deletedCount - 1 : nil, .deletion)
        }
        if deletedCount == 0 {
            let length = inserted.count
            if first >= length, reference[(first - length)..<first].map(character) == inserted {
                return change(first - length, end: length > 1 ? first - 1 : nil, .duplication)
            }
            return change(first - 1, end: first, .insertion(inserted: inserted))
        }
        return change(first, end: deletedCount > 1 ? first + deletedCount - 1 : nil, .deletionInsertion(inserted: inserted))
    }

    /// The protein encoded by the edited CDS, up to and including its first stop codon.
    struct EditedProtein {
        var residues: [UInt8]
        /// False when the edited CDS ran out of whole codons before a stop codon.
        var endsWithStop: Bool
    }

    private func editedProtein(_ edit: CodingSequenceEdit, fromCodon firstCodon: Int) -> EditedProtein {
        let cds = codingSequence
        var tail: [UInt8] = []
        tail.reserveCapacity(cds.count - firstCodon * 3 + edit.inserted.count)
        tail.append(contentsOf: cds[(firstCodon * 3)..<edit.deleted.lowerBound])
        tail.append(contentsOf: edit.inserted)
        tail.append(contentsOf: cds[edit.deleted.upperBound...])
        let translated = GeneticCode.translate(tail, stoppingAtFirstStop: true)
        return EditedProtein(residues: Array(protein[..<firstCodon]) + translated,
                             endsWithStop: translated.last == GeneticCode.stop)
    }

    /// Residue `index` (0-based) of the reference protein as a position.
    func residue(_ index: Int) -> ResiduePosition {
        ResiduePosition(aminoAcid: character(protein[index]), position: index + 1)
    }

    private func change(_ start: Int, end: Int? = nil, _ edit: ProteinEdit) -> ProteinVariant {
        .change(ProteinChange(start: residue(start), end: end.map(residue), edit: edit, isPredicted: true))
    }

    private func character(_ byte: UInt8) -> Character { Character(Unicode.Scalar(byte)) }
}
