import Knowledgebase
import Normalization

/// Looks up what the knowledgebase knows about a normalised alteration's location.
public struct KnowledgeLookup: Sendable {
    public let knowledgebase: Knowledgebase

    public init(knowledgebase: Knowledgebase) {
        self.knowledgebase = knowledgebase
    }

    /// Features, hotspot status and knowledgebase caveats for one alteration.
    public func annotate(_ alteration: NormalizedAlteration) -> AnnotatedAlteration {
        let gene = knowledgebase.gene(alteration.gene)
        let role = gene?.file.role.value ?? knowledgebase.pathwayGene(alteration.gene)?.role
        var result = AnnotatedAlteration(
            alteration: alteration, geneRole: role, features: [], hotspot: .none, knowledgeWarnings: [])
        guard alteration.disposition == .interpreted else { return result }
        if let gene {
            let features: (ClosedRange<Int>) -> [ProteinFeature] = { range in
                self.knowledgebase.features(gene: gene.symbol, overlapping: range).filter(\.isVerified)
            }
            result.nullVariant = NullVariantAssessor(gene: gene, features: features).assess(alteration)
        }
        if result.predictsInFrameExonSkipping, let exon = result.nullVariant?.skippedExon {
            result.knowledgeWarnings.append(
                "A change of the canonical splice site next to exon \(exon) is predicted to skip exon \(exon) in frame (residues \(result.nullVariant?.affectedResidues.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "?")); confirm the skipping by RNA analysis.")
        }
        if alteration.kind == .shortVariant, let position = alteration.proteinStart, alteration.proteinEnd == nil || alteration.proteinEnd == position,
           alteration.consequences.contains("missense_variant"), let alternate = alteration.alternateResidues, alternate.count == 1,
           let residue = alternate.first {
            let atResidue = knowledgebase.functional.findings(gene: alteration.gene, position: position)
            result.functional = atResidue.filter { $0.alternate == residue }
            result.functionalAtResidue = atResidue.filter { $0.alternate != residue }
        }
        guard let range = affectedRange(of: alteration, skipping: result.predictsInFrameExonSkipping ? result.nullVariant : nil) else { return result }

        result.features = knowledgebase.features(gene: alteration.gene, overlapping: range)
            .filter(\.isVerified)
            .sorted { ($0.end - $0.start, $0.start, $0.id) < ($1.end - $1.start, $1.start, $1.id) }
        result.hotspot = hotspot(for: alteration, range: range, features: result.features)
        if let gene, alteration.kind == .shortVariant {
            result.knowledgeWarnings += gene.unconfirmedResidues(overlapping: range).map { unconfirmed in
                let residues = unconfirmed.start == unconfirmed.end ? "residue \(unconfirmed.start)" : "residues \(unconfirmed.start)-\(unconfirmed.end)"
                let origin = gene.file.protein.status == .reconstructed
                    ? "; the \(gene.symbol) sequence is reconstructed, not copied from a cited source" : ""
                return "The \(gene.symbol) reference at \(residues) is unconfirmed (\(unconfirmed.reason))\(origin)."
            }
        }
        return result
    }

    /// The residues an alteration affects: the residues of an exon predicted to be skipped in frame, the protein
    /// range of a short variant, the residues encoded by lost exons (the gene's `EXON<n>` features), or nothing for whole-gene copy-number changes.
    private func affectedRange(of alteration: NormalizedAlteration, skipping: NullVariantAssessment?) -> ClosedRange<Int>? {
        if let skipped = skipping?.affectedResidues { return skipped }
        if let range = alteration.proteinRange { return range }
        guard !alteration.exonsLost.isEmpty else { return nil }
        let exonFeatures = alteration.exonsLost.compactMap { exon in
            knowledgebase.feature("EXON\(exon)").flatMap { $0.gene == alteration.gene ? $0 : nil }
        }
        guard let first = exonFeatures.map(\.start).min(), let last = exonFeatures.map(\.end).max() else { return nil }
        return first...last
    }

    private func hotspot(for alteration: NormalizedAlteration, range: ClosedRange<Int>, features: [ProteinFeature]) -> HotspotAnnotation {
        let region = features.first { ["motif", "domain"].contains($0.type) }?.id
        guard alteration.kind == .shortVariant, let consequence = alteration.consequence else {
            return HotspotAnnotation(isHotspot: false, region: region, matches: [], unverifiedMatches: [])
        }
        let catalog = knowledgebase.hotspots
        let key = variantKey(alteration)
        // Which row types count this consequence, and when a counted row makes a hotspot, is
        // knowledgebase/hotspot-matching.yaml's to say.
        func matches(_ rows: [HotspotResidue]) -> [HotspotMatch] {
            rows.filter { catalog.rowType($0.type, counts: consequence) }.map { row in
                let dataset = catalog.datasets[row.dataset]
                return HotspotMatch(
                    dataset: row.dataset, citation: dataset?.citation ?? row.dataset, pmid: dataset?.pmid, type: row.type,
                    residue: row.residue, tumorCount: row.tumorCount,
                    variantCount: key.flatMap { row.variantCounts[$0] },
                    variantCounts: row.variantCounts, clusterId: row.clusterId)
            }
        }
        let verified = matches(catalog.verifiedRows(gene: alteration.gene, overlapping: range))
        let unverified = matches(catalog.unverifiedRows(gene: alteration.gene, overlapping: range))
        let isHotspot = verified.contains { catalog.rowType($0.type, makesHotspot: range, consequence: consequence) }
        return HotspotAnnotation(isHotspot: isHotspot, region: region, matches: verified, unverifiedMatches: unverified)
    }

    /// The key under which hotspot files count this change: the alternate amino acid (`K`, `*`) for
    /// substitutions, or the one-letter indel description without `p.` (`R34_S40del`; the normaliser writes
    /// `hgvspShort` without the parentheses of a prediction).
    private func variantKey(_ alteration: NormalizedAlteration) -> String? {
        if let alternate = alteration.alternateResidues, alteration.proteinStart == alteration.proteinEnd, alternate.count == 1 {
            return alternate
        }
        guard let short = alteration.hgvspShort, short.hasPrefix("p.") else { return nil }
        return String(short.dropFirst(2))
    }
}
