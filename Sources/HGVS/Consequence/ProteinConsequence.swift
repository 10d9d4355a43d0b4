/// The Sequence Ontology consequence a protein description implies, read from the description
/// alone (no sequence), following VEP's predicates where the description allows and returning
/// the single most severe term in VEP's ranking.
///
/// - Substitution: to a stop → stop_gained; of a stop → stop_lost; to the same residue or `=` →
///   synonymous_variant (stop_retained_variant at a stop, start_retained_variant at Met1);
///   to `?` → coding_sequence_variant; otherwise missense_variant.
/// - Any other change at residue 1 when it is Met (`p.Met1?`, `p.Met1Leu`, `p.Met1*`,
///   `p.Met1_Lys5del`, `p.Met1fs`) → start_lost: without the start codon nothing after it is
///   translated from it. N-terminal extensions without a new residue (`p.Met1ext-5`) keep Met1
///   and are protein_altering_variant; a delins that keeps Met first is judged as a delins.
/// - `fs` → frameshift_variant, or stop_gained when the first new residue is a stop (VEP ranks
///   stop_gained above frameshift_variant).
/// - `ext`: C-terminal → stop_lost.
/// - `del` → inframe_deletion; `ins`, `dup` → inframe_insertion (`ins` with a stop → stop_gained);
///   a deletion, delins or duplication range that includes the stop → stop_lost.
/// - `delins` (VEP compares the reference and alternate peptides): inserted stop → stop_gained;
///   same length → missense_variant (synonymous_variant if identical); fewer residues →
///   inframe_deletion; more residues → inframe_insertion when the whole deleted peptide is known
///   (one or two residues) and starts or ends the inserted one, else protein_altering_variant.
///   Shorter delins are taken as in-frame deletions because VEP's codon-level check calls the
///   usual source of them, an in-frame DNA deletion across codon boundaries
///   (`c.71_85del` → `p.Trp24_Asp29delinsTyr`), inframe_deletion; a complex DNA delins that
///   shortens the protein would be protein_altering_variant in VEP and cannot be told apart here.
/// - `X123_splice` (vcf2maf writes it exactly for VEP's splice_acceptor_variant and
///   splice_donor_variant, which the short form does not distinguish) → splice_site_variant,
///   their common parent.
/// - `p.=` → synonymous_variant; `p.?` and `p.0` → sequence_variant (whether nothing is made
///   because the transcript is deleted or the start is lost cannot be told from `p.0`).
extension ProteinVariant {
    /// The consequence this description implies.
    public var sequenceOntologyTerm: SequenceOntologyTerm {
        switch self {
        case .change(let change): change.sequenceOntologyTerm
        case .noChange: .synonymousVariant
        case .noProtein, .unknown: .sequenceVariant
        case .spliceSite: .spliceSiteVariant
        }
    }
}

extension ProteinChange {
    /// The consequence of this change; see ``ProteinVariant/sequenceOntologyTerm``.
    public var sequenceOntologyTerm: SequenceOntologyTerm {
        let atInitiatorMethionine = start.position == 1 && start.aminoAcid == "M"
        let includesStop = start.aminoAcid == "*" || end?.aminoAcid == "*"
        switch edit {
        case .synonymous:
            return retained
        case .substitution(let alternate):
            if alternate == start.aminoAcid { return retained }
            if atInitiatorMethionine { return .startLost }
            if alternate == "?" { return .codingSequenceVariant }
            if includesStop { return .stopLost }
            return alternate == "*" ? .stopGained : .missenseVariant
        case .frameshift(let alternate, _):
            if atInitiatorMethionine { return .startLost }
            return alternate == "*" ? .stopGained : .frameshiftVariant
        case let .extension(alternate, isNTerminal, _):
            guard isNTerminal else { return .stopLost }
            return alternate == nil || alternate == "M" ? .proteinAlteringVariant : .startLost
        case .deletion:
            if atInitiatorMethionine { return .startLost }
            return includesStop ? .stopLost : .inframeDeletion
        case .duplication:
            return includesStop ? .stopLost : .inframeInsertion
        case .insertion(let inserted):
            return inserted.contains("*") ? .stopGained : .inframeInsertion
        case .deletionInsertion(let inserted):
            if atInitiatorMethionine, inserted.first != "M" { return .startLost }
            return deletionInsertionTerm(inserted, includesStop: includesStop)
        }
    }

    /// `=` at a stop is stop_retained_variant, at Met1 start_retained_variant, else synonymous_variant.
    private var retained: SequenceOntologyTerm {
        if start.aminoAcid == "*" { return .stopRetainedVariant }
        if start.position == 1 && start.aminoAcid == "M" { return .startRetainedVariant }
        return .synonymousVariant
    }

    private func deletionInsertionTerm(_ inserted: [Character], includesStop: Bool) -> SequenceOntologyTerm {
        let insertedStop = inserted.contains("*")
        if insertedStop && !includesStop { return .stopGained }
        if includesStop && !insertedStop { return .stopLost }
        let deletedCount = (end?.position ?? start.position) - start.position + 1
        if inserted.count == deletedCount {
            return inserted == knownDeletedResidues ? .synonymousVariant : .missenseVariant
        }
        if inserted.count < deletedCount { return .inframeDeletion }
        if let deleted = knownDeletedResidues,
           inserted.starts(with: deleted) || inserted.reversed().starts(with: deleted.reversed()) {
            return .inframeInsertion
        }
        return .proteinAlteringVariant
    }

    /// The deleted residues when the description names them all: one residue, or a range of two.
    private var knownDeletedResidues: [Character]? {
        guard let end else { return [start.aminoAcid] }
        return end.position == start.position + 1 ? [start.aminoAcid, end.aminoAcid] : nil
    }
}

extension HGVSVariant {
    /// The consequence a protein description implies; nil for nucleotide descriptions, whose
    /// consequence needs the transcript.
    public var proteinConsequence: SequenceOntologyTerm? {
        guard case .protein(let protein) = description else { return nil }
        return protein.sequenceOntologyTerm
    }
}
