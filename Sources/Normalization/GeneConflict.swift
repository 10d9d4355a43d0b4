import HGVS

extension HGVSVariant {
    /// A sentence naming the conflict when the description names a gene other than `symbol` (the
    /// knowledgebase's upper-case symbol), or nil when it names none or the same one.
    func geneConflict(listedUnder symbol: String) -> String? {
        guard let named = gene, named.uppercased() != symbol else { return nil }
        return "the description names gene \(named) but the variant is listed under \(symbol)"
    }
}
