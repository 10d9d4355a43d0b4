import Knowledgebase

/// Decides how an evidence item's tumour type relates to the patient's, so that evidence from another
/// tumour type is never presented as if it were the patient's own.
struct EvidenceMatcher {
    let knowledgebase: Knowledgebase
    let tumorType: ResolvedTumorType

    func match(_ item: EvidenceItem) -> TumorTypeMatchLevel {
        if item.scope == "pan_cancer" { return .panCancer }
        guard let code = tumorType.oncotreeCode else { return .tumorTypeUnknown }
        if item.scope == "tumor_group" {
            guard let group = item.tumorGroup else { return .otherTumorType }
            return tumorType.groups.contains(group) ? .group : .otherTumorType
        }
        if item.tumorTypes.contains(code) { return .exact }
        if item.tumorTypes.contains(where: { tumorType.lineage.contains($0) }) { return .ancestor }
        if item.tumorTypes.contains(where: { knowledgebase.oncotree.code($0, isWithin: code) }) { return .narrower }
        return .otherTumorType
    }

    /// The best match among several items (exact before ancestor before group, and so on).
    func bestMatch(_ ids: [String]) -> TumorTypeMatchLevel {
        ids.compactMap { knowledgebase.evidence.item($0) }.map(match).min { $0.rank < $1.rank } ?? .tumorTypeUnknown
    }
}
