import Knowledgebase

/// What `keapnrf kb info` reports: version, hashes, counts and sources of a knowledgebase and rule set.
public struct KnowledgebaseSummary: Sendable {
    public let resources: AnnotationResources

    public init(resources: AnnotationResources) {
        self.resources = resources
    }

    /// The report as text lines.
    public var lines: [String] {
        let kb = resources.knowledgebase
        var lines = [
            "knowledgebase \(kb.version)  sha256 \(kb.sha256)",
            "rules \(resources.ruleSet.name) \(resources.ruleSet.version)  sha256 \(resources.ruleSet.sha256)  (\(resources.ruleSet.rules.count) rules)",
            "",
            "genes: " + kb.geneSymbols.compactMap { symbol -> String? in
                guard let gene = kb.gene(symbol) else { return nil }
                return "\(symbol) \(gene.maneTranscript) (\(gene.file.role.value), \(gene.proteinLength) aa, sequence \(gene.file.protein.status.rawValue))"
            }.joined(separator: "; "),
            "pathway genes (no transcript model): " + kb.pathwayGenes.keys.sorted().joined(separator: ", "),
            "features: \(kb.features.count) (\(kb.features.filter(\.isVerified).count) usable as regions)",
            "hotspot datasets: " + kb.hotspots.datasets.values.sorted { $0.id < $1.id }.map { dataset in
                let rows = kb.interpretedGeneSymbols.reduce(0) { $0 + kb.hotspots.rows(for: $1).filter { $0.dataset == dataset.id }.count }
                return "\(dataset.id) \(rows) rows\(dataset.verified ? "" : " (unverified)")"
            }.joined(separator: "; "),
            "OncoTree: \(kb.oncotree.release), \(kb.oncotree.codes.count) codes, \(kb.oncotree.license)",
        ]
        let items = kb.evidence.items.values
        let kinds = Dictionary(grouping: items, by: \.kind).sorted { $0.key < $1.key }
        lines.append("evidence items: \(items.count) (" + kinds.map { kind, group in
            "\(kind) \(group.filter(\.verified).count) verified / \(group.count)"
        }.joined(separator: ", ") + ")")
        let citations = kb.evidence.citations.values
        lines.append("citations: \(citations.count) (\(citations.filter(\.verified).count) with verified bibliography)")
        for framework in kb.evidenceLevels {
            let levels = framework.levels.map { "\($0.id)\($0.verified ? "" : "?")" }.joined(separator: " ")
            lines.append("levels \(framework.id): \(levels)   (? = definition not sourced, not used)")
        }
        lines.append("")
        lines.append("files:")
        for file in kb.files { lines.append("  \(file.sha256)  \(file.kind.padding(toLength: 7, withPad: " ", startingAt: 0))  \(file.path)") }
        for file in resources.ruleSet.files { lines.append("  \(file.sha256)  rules    rules/\(file.path)") }
        return lines
    }
}
