import HGVS

/// Cross-checks facts between knowledgebase files: residues against proteins, codes against OncoTree,
/// evidence against citations and tumour-type groups.
enum FactValidator {
    static func validate(features file: FeatureFile, genes: [String: GeneKnowledge]) throws(KnowledgebaseError) {
        var seen = Set<String>()
        for (index, feature) in file.features.enumerated() {
            let location = "features[\(index)] (\(feature.id))"
            guard seen.insert(feature.id).inserted else {
                throw .invalidFact(file: "features.json", location: location, problem: "duplicate feature id")
            }
            guard let gene = genes[feature.gene] else {
                throw .invalidFact(file: "features.json", location: location, problem: "unknown gene '\(feature.gene)'")
            }
            guard let actual = gene.residues(feature.range) else {
                throw .invalidFact(file: "features.json", location: location, problem: "residues \(feature.start)-\(feature.end) lie outside \(gene.symbol) (1-\(gene.proteinLength))")
            }
            if let expected = feature.residues, expected != actual {
                throw .invalidFact(file: "features.json", location: location, problem: "residues '\(expected)' disagree with the \(gene.symbol) protein, which reads '\(actual)' at \(feature.start)-\(feature.end)")
            }
            guard feature.source.isTraceable else {
                throw .invalidFact(file: "features.json", location: location, problem: "a fact needs a source")
            }
        }
    }

    static func validate(hotspots file: HotspotFile, genes: [String: GeneKnowledge]) throws(KnowledgebaseError) {
        let datasets = Set(file.datasets.map(\.id))
        for (index, row) in file.residues.enumerated() {
            let location = "residues[\(index)] (\(row.gene) \(row.residue), \(row.dataset))"
            guard datasets.contains(row.dataset) else {
                throw .invalidFact(file: "hotspots.json", location: location, problem: "unknown dataset '\(row.dataset)'")
            }
            guard let gene = genes[row.gene], gene.residues(row.range) != nil else {
                throw .invalidFact(file: "hotspots.json", location: location, problem: "gene unknown or residues outside the protein")
            }
            if let reference = row.referenceAminoAcid, let actual = gene.residue(at: row.start), reference != String(actual) {
                throw .invalidFact(file: "hotspots.json", location: location, problem: "reference residue \(reference) disagrees with the \(row.gene) protein, which has \(actual) at \(row.start)")
            }
        }
    }

    /// Every hotspot row type is matched (an unlisted type would silently never match), every listed type has
    /// rows (a typo would match nothing), and every consequence is a term the normaliser assigns.
    static func validate(hotspotMatching file: HotspotMatchingFile, hotspots: HotspotFile) throws(KnowledgebaseError) {
        let rowTypes = Set(hotspots.residues.map(\.type))
        if let unlisted = rowTypes.subtracting(file.rowTypes.keys).sorted().first {
            throw .invalidFact(file: "hotspot-matching.yaml", location: "rowTypes", problem: "hotspots.json has rows of type '\(unlisted)', which is not listed")
        }
        let terms = Set(SequenceOntologyTerm.allCases.map(\.name))
        for (type, matching) in file.rowTypes.sorted(by: { $0.key < $1.key }) {
            guard rowTypes.contains(type) else {
                throw .invalidFact(file: "hotspot-matching.yaml", location: "rowTypes.\(type)", problem: "no row of hotspots.json has this type")
            }
            if let unknown = matching.consequences.first(where: { !terms.contains($0) }) {
                throw .invalidFact(file: "hotspot-matching.yaml", location: "rowTypes.\(type).consequences", problem: "'\(unknown)' is not a consequence term the normaliser assigns")
            }
            if let uncounted = matching.hotspotConsequences.first(where: { !matching.consequences.contains($0) }) {
                throw .invalidFact(file: "hotspot-matching.yaml", location: "rowTypes.\(type).hotspotConsequences", problem: "'\(uncounted)' is not among the consequences this row type counts")
            }
        }
    }

    static func validate(levels file: EvidenceLevelsFile, citations: [String: Citation]) throws(KnowledgebaseError) {
        for framework in file.frameworks {
            guard citations[framework.citation] != nil else {
                throw .invalidFact(file: "evidence-levels.yaml", location: "framework \(framework.id)", problem: "unknown citation id '\(framework.citation)'")
            }
            let evidenceLevels = Set(framework.levels.filter { $0.kind == "evidence_level" }.map(\.id))
            for level in framework.levels {
                func fail(_ problem: String) -> KnowledgebaseError {
                    .invalidFact(file: "evidence-levels.yaml", location: "framework \(framework.id) level \(level.id)", problem: problem)
                }
                guard ["evidence_level", "tier"].contains(level.kind) else { throw fail("kind must be evidence_level or tier") }
                if level.verified && (level.definition == nil || level.seenIn == nil) {
                    throw fail("a verified level needs its definition and where it was read (seenIn)")
                }
                // Level assignment follows these references; a typo would silently drop a level or a tier.
                for reference in (level.evidenceLevels ?? []) + [level.forOtherTumorType].compactMap({ $0 }) where !evidenceLevels.contains(reference) {
                    throw fail("'\(reference)' is not an evidence level of \(framework.id)")
                }
            }
        }
    }

    static func validate(pathwayGenes file: PathwayGenesFile, genes: [String: GeneKnowledge]) throws(KnowledgebaseError) {
        for gene in file.genes {
            guard genes[gene.symbol] == nil else {
                throw .invalidFact(file: "pathway-genes.yaml", location: gene.symbol, problem: "also has a gene file; a gene is either modelled or a pathway gene")
            }
            guard GeneValidator.roles.contains(gene.role) else {
                throw .invalidFact(file: "pathway-genes.yaml", location: gene.symbol, problem: "role must be oncogene or tumor_suppressor")
            }
            guard gene.roleSource.isTraceable else {
                throw .invalidFact(file: "pathway-genes.yaml", location: gene.symbol, problem: "a fact needs a source")
            }
        }
    }

    static func validate(tumorTypes file: TumorTypesFile, oncotree: OncoTree) throws(KnowledgebaseError) {
        var groupIDs = Set<String>()
        for group in file.groups {
            guard groupIDs.insert(group.id).inserted else {
                throw .invalidFact(file: "tumor-types.yaml", location: "group \(group.id)", problem: "duplicate group id")
            }
            for code in group.codes where oncotree.node(code) == nil {
                throw .invalidFact(file: "tumor-types.yaml", location: "group \(group.id)", problem: "unknown OncoTree code '\(code)'")
            }
        }
        // A text listed for two codes would silently map to whichever came last.
        var codeOfSynonym: [String: String] = [:]
        for entry in file.synonyms {
            guard oncotree.node(entry.code) != nil else {
                throw .invalidFact(file: "tumor-types.yaml", location: "synonyms for \(entry.code)", problem: "unknown OncoTree code '\(entry.code)'")
            }
            for text in entry.texts {
                let key = TumorTypeResolver.normalize(text)
                if let other = codeOfSynonym.updateValue(entry.code, forKey: key), other != entry.code {
                    throw .invalidFact(file: "tumor-types.yaml", location: "synonyms for \(entry.code)", problem: "'\(text)' is also a synonym of \(other)")
                }
            }
        }
    }

    /// Every background paragraph is for an interpreted gene, once, and cites verified citations with a DOI or PMID.
    static func validate(background file: GeneBackgroundFile, geneSymbols: Set<String>, citations: [String: Citation]) throws(KnowledgebaseError) {
        var seen = Set<String>()
        for entry in file.genes {
            func fail(_ problem: String) -> KnowledgebaseError {
                .invalidFact(file: "gene-background.yaml", location: "gene \(entry.gene)", problem: problem)
            }
            guard geneSymbols.contains(entry.gene) else { throw fail("not a gene the knowledgebase interprets") }
            guard seen.insert(entry.gene).inserted else { throw fail("given twice") }
            guard !entry.text.en.isEmpty, !entry.text.ja.isEmpty, !entry.citations.isEmpty else {
                throw fail("needs its text in English and Japanese and at least one citation")
            }
            for id in entry.citations {
                guard let citation = citations[id], citation.verified, citation.doi != nil || citation.pmid != nil else {
                    throw fail("citation '\(id)' is unknown, unverified or has neither DOI nor PMID")
                }
            }
        }
    }

    /// `geneSymbols`: the genes the knowledgebase interprets (gene files and pathway genes).
    static func validate(
        item: EvidenceItem, file: String, citations: [String: Citation], oncotree: OncoTree,
        tumorTypes: TumorTypeResolver, geneSymbols: Set<String>
    ) throws(KnowledgebaseError) {
        func fail(_ problem: String) -> KnowledgebaseError {
            .invalidFact(file: file, location: "item \(item.id)", problem: problem)
        }
        guard EvidenceItem.kinds.contains(item.kind) else { throw fail("unknown kind '\(item.kind)'; expected one of \(EvidenceItem.kinds.sorted())") }
        guard EvidenceItem.directions.contains(item.direction) else {
            throw fail("unknown direction '\(item.direction)'; expected one of \(EvidenceItem.directions.sorted())")
        }
        guard EvidenceItem.scopes.contains(item.scope) else { throw fail("unknown scope '\(item.scope)'; expected one of \(EvidenceItem.scopes.sorted())") }
        if let gene = item.gene, !geneSymbols.contains(gene) {
            throw fail("unknown gene '\(gene)'; expected one of \(geneSymbols.sorted())")
        }
        guard citations[item.citation] != nil else { throw fail("unknown citation id '\(item.citation)'") }
        guard !item.locator.isEmpty else { throw fail("a locator (table, figure or section) is required") }
        for code in item.tumorTypes where oncotree.node(code) == nil {
            throw fail("unknown OncoTree code '\(code)'")
        }
        switch item.scope {
        case "tumor_type" where item.tumorTypes.isEmpty:
            throw fail("scope tumor_type needs tumorTypes")
        case "tumor_group":
            guard let group = item.tumorGroup, tumorTypes.group(group) != nil else {
                throw fail("scope tumor_group needs a tumorGroup defined in tumor-types.yaml")
            }
        case "pan_cancer" where !item.tumorTypes.isEmpty:
            throw fail("scope pan_cancer must not list tumorTypes")
        default:
            break
        }
        if let eligibility = item.eligibility {
            try validate(eligibility, oncotree: oncotree, fail: fail)
        }
    }

    private static func validate(
        _ eligibility: PopulationEligibility, oncotree: OncoTree, fail: (String) -> KnowledgebaseError
    ) throws(KnowledgebaseError) {
        guard !eligibility.locator.isEmpty else { throw fail("eligibility: a locator (where the source states the population) is required") }
        let criteria = (eligibility.requiresAny ?? []) + (eligibility.excludes ?? [])
        guard !criteria.isEmpty || !(eligibility.excludesTumorTypes ?? []).isEmpty else {
            throw fail("eligibility: give requiresAny, excludes or excludesTumorTypes")
        }
        for criterion in criteria {
            guard !criterion.genes.isEmpty, !criterion.label.en.isEmpty, !criterion.label.ja.isEmpty else {
                throw fail("eligibility: every condition needs genes and a label in English and Japanese")
            }
            for kind in criterion.kinds ?? [] where !["short_variant", "copy_number", "rearrangement"].contains(kind) {
                throw fail("eligibility: unknown alteration kind '\(kind)'")
            }
            for protein in criterion.proteins ?? [] where !protein.hasPrefix("p.") {
                throw fail("eligibility: write one-letter protein changes with 'p.', e.g. p.G12C; found '\(protein)'")
            }
        }
        for code in eligibility.excludesTumorTypes ?? [] where oncotree.node(code) == nil {
            throw fail("eligibility.excludesTumorTypes: unknown OncoTree code '\(code)'")
        }
    }
}
