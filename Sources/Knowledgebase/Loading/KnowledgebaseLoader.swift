import Foundation
import StrictDecoding

/// Loads a knowledgebase folder and validates it: the manifest's hashes, every file's structure, and the
/// facts against each other (reference residues against the protein, codes against OncoTree, citation ids).
public enum KnowledgebaseLoader {
    /// Loads and validates the knowledgebase in `directory`.
    public static func load(from directory: URL) throws(KnowledgebaseError) -> Knowledgebase {
        try load(try readFiles(from: directory))
    }

    /// Decodes and validates knowledgebase files already read and checked against their manifest.
    public static func load(_ files: KnowledgebaseFiles) throws(KnowledgebaseError) -> Knowledgebase {
        try build(files, documents: try decode(files))
    }

    /// Reads every file of the knowledgebase in `directory` and checks it against the manifest (its SHA-256, and
    /// that the folder holds no unlisted file), without decoding.
    public static func readFiles(from directory: URL) throws(KnowledgebaseError) -> KnowledgebaseFiles {
        try readFiles(try readManifest(from: directory))
    }

    /// Reads the manifest of the knowledgebase in `directory`, whose SHA-256 is the knowledgebase's hash.
    public static func readManifest(from directory: URL) throws(KnowledgebaseError) -> KnowledgebaseManifest {
        let data = try read(directory.appendingPathComponent("manifest.json"), label: "manifest.json")
        return KnowledgebaseManifest(directory: directory, data: data, sha256: FileDigest.sha256(data))
    }

    /// Decodes `manifest`, reads every file it lists and checks it against the manifest (its SHA-256, and that the
    /// folder holds no unlisted file), without decoding the files.
    public static func readFiles(_ manifest: KnowledgebaseManifest) throws(KnowledgebaseError) -> KnowledgebaseFiles {
        let decoded = try decodeJSON(ManifestFile.self, manifest.data, label: "manifest.json")
        let listing = try stamps(of: manifest.directory)
        let contents = try verifiedContents(of: manifest.directory, manifest: decoded, present: Set(listing.files.keys))
        return KnowledgebaseFiles(directory: manifest.directory, manifest: decoded, sha256: manifest.sha256, contents: contents, stamps: listing)
    }

    /// Decodes the files' JSON and YAML, checking each file's structure.
    static func decode(_ files: KnowledgebaseFiles) throws(KnowledgebaseError) -> KnowledgebaseDocuments {
        let (contents, directory) = (files.contents, files.directory)
        // Derived files are written by tools/kb/build_knowledgebase.py and verified byte for byte against the
        // manifest, so their structure is checked by decoding alone; curated files also get the unknown-field check.
        let derived = Set(files.manifest.files.filter { $0.kind == "derived" }.map(\.path))
        // The JSON and the YAML files are independent until validation, so they are decoded at the same time.
        let (json, yaml) = try ConcurrentPair.run(
            { () throws(KnowledgebaseError) in try JSONDocuments(contents: contents, derived: derived, directory: directory) },
            { () throws(KnowledgebaseError) in try YAMLDocuments(contents: contents, directory: directory) })
        return KnowledgebaseDocuments(json: json, yaml: yaml)
    }

    /// Validates decoded documents (facts against each other: reference residues against the protein, codes
    /// against OncoTree, citation ids) and builds the knowledgebase of `files`.
    static func build(_ files: KnowledgebaseFiles, documents: KnowledgebaseDocuments) throws(KnowledgebaseError) -> Knowledgebase {
        let (json, yaml, directory, manifest) = (documents.json, documents.yaml, files.directory, files.manifest)
        var genes: [String: GeneKnowledge] = [:]
        for gene in json.genes {
            genes[gene.file.symbol] = GeneKnowledge(file: gene.file, transcriptModels: try GeneValidator.validate(gene.file, label: gene.path))
        }
        guard !genes.isEmpty else { throw .missingFile(path: directory.appendingPathComponent("genes").path) }

        let oncotree = OncoTree(file: json.oncotree)
        let tumorTypes = TumorTypeResolver(oncotree: oncotree, nodes: json.oncotree.nodes, file: yaml.tumorTypes)
        try FactValidator.validate(features: json.features, genes: genes)
        try FactValidator.validate(hotspots: json.hotspots, genes: genes)
        try FactValidator.validate(hotspotMatching: yaml.hotspotMatching, hotspots: json.hotspots)
        try FactValidator.validate(tumorTypes: yaml.tumorTypes, oncotree: oncotree)

        let texts = TextCatalog(texts: yaml.texts.texts)
        let geneSymbols = Set(genes.keys).union(yaml.pathwayGenes.genes.map(\.symbol))
        // The functional studies' citations join the one citation catalog, so ids are unique across files.
        let functionalCitations = EvidenceFile(schemaVersion: yaml.functionalStudies.schemaVersion, citations: yaml.functionalStudies.citations, items: [])
        let evidence = try loadEvidence(
            files: yaml.evidence + [NamedDocument(path: FunctionalStudyValidator.file, file: functionalCitations)], oncotree: oncotree, tumorTypes: tumorTypes, geneSymbols: geneSymbols, cohorts: json.cohorts, texts: texts)
        try FactValidator.validate(pathwayGenes: yaml.pathwayGenes, genes: genes)
        try FactValidator.validate(levels: yaml.evidenceLevels, citations: evidence.citations)
        let functional = try FunctionalStudyValidator.findings(of: yaml.functionalStudies, genes: genes, citations: evidence.citations)
        try FactValidator.validate(background: yaml.geneBackground, geneSymbols: geneSymbols, citations: evidence.citations)

        return Knowledgebase(
            version: manifest.version,
            sha256: files.sha256,
            files: manifest.files,
            genes: genes,
            features: json.features.features,
            hotspots: HotspotCatalog(file: json.hotspots, matching: yaml.hotspotMatching),
            oncotree: oncotree,
            tumorTypes: tumorTypes,
            evidence: evidence,
            texts: texts,
            cohorts: json.cohorts,
            evidenceLevels: yaml.evidenceLevels.frameworks,
            pathwayGenes: Dictionary(yaml.pathwayGenes.genes.map { ($0.symbol, $0) }, uniquingKeysWith: { first, _ in first }),
            functional: FunctionalCatalog(findings: functional),
            geneBackground: Dictionary(yaml.geneBackground.genes.map { ($0.gene, $0) }, uniquingKeysWith: { first, _ in first })
        )
    }

    // MARK: - Manifest

    /// Reads every file the manifest lists, checks its SHA-256, and checks that the folder holds no unlisted file
    /// (`present` is what the folder holds).
    private static func verifiedContents(
        of directory: URL, manifest: ManifestFile, present: Set<String>
    ) throws(KnowledgebaseError) -> [String: Data] {
        let listed = Set(manifest.files.map(\.path))
        if let unlisted = present.subtracting(listed).sorted().first {
            throw .manifestMismatch(file: unlisted, problem: "present in the knowledgebase folder but not listed in manifest.json")
        }
        var contents: [String: Data] = [:]
        for entry in manifest.files {
            guard present.contains(entry.path) else {
                throw .manifestMismatch(file: entry.path, problem: "listed in manifest.json but missing from the folder")
            }
            let data = try read(directory.appendingPathComponent(entry.path), label: entry.path)
            let actual = FileDigest.sha256(data)
            guard actual == entry.sha256.lowercased() else {
                throw .hashMismatch(file: entry.path, expected: entry.sha256, actual: actual)
            }
            contents[entry.path] = data
        }
        return contents
    }

    /// The data files under `directory` (not the manifest, README or hidden files) and their stamps, every folder
    /// below it searched. A link counts as what it points to, but a linked folder is not searched.
    public static func stamps(of directory: URL) throws(KnowledgebaseError) -> FolderStamps {
        guard let stamps = FolderStamps.list(directory, skipping: ["manifest.json", "README.md"]) else {
            throw .missingFile(path: FolderStamps.path(of: directory))
        }
        return stamps
    }

    // MARK: - Evidence

    private static func loadEvidence(
        files: [NamedDocument<EvidenceFile>], oncotree: OncoTree, tumorTypes: TumorTypeResolver, geneSymbols: Set<String>,
        cohorts: [CohortEvidenceFile], texts: TextCatalog
    ) throws(KnowledgebaseError) -> EvidenceCatalog {
        var items: [String: EvidenceItem] = [:]
        var citations: [String: Citation] = [:]
        var fileOfItem: [String: String] = [:]
        for cohort in cohorts {
            let path = "cohorts/\(cohort.id).json"
            let converter = CohortEvidenceConverter(file: cohort, path: path, oncotree: oncotree, texts: texts)
            citations[converter.citation.id] = converter.citation
            for item in converter.items() {
                guard items[item.id] == nil else {
                    throw .invalidFact(file: path, location: "analysis \(item.id)", problem: "duplicate evidence id")
                }
                items[item.id] = item
                fileOfItem[item.id] = path
            }
        }
        for named in files {
            let (path, file) = (named.path, named.file)
            for citation in file.citations {
                guard citations[citation.id] == nil else {
                    throw .invalidFact(file: path, location: "citation \(citation.id)", problem: "duplicate citation id")
                }
                citations[citation.id] = citation
            }
            for item in file.items {
                guard items[item.id] == nil else {
                    throw .invalidFact(file: path, location: "item \(item.id)", problem: "duplicate evidence id (also in \(fileOfItem[item.id] ?? "?"))")
                }
                items[item.id] = item
                fileOfItem[item.id] = path
            }
        }
        for id in items.keys.sorted() {
            guard let item = items[id], let path = fileOfItem[id] else { continue }
            try FactValidator.validate(item: item, file: path, citations: citations, oncotree: oncotree, tumorTypes: tumorTypes, geneSymbols: geneSymbols)
        }
        return EvidenceCatalog(items: items, citations: citations, fileOfItem: fileOfItem)
    }

    // MARK: - Decoding

    // MARK: - Reading

    private static func required(_ path: String, in contents: [String: Data], _ directory: URL) throws(KnowledgebaseError) -> Data {
        guard let data = contents[path] else { throw .missingFile(path: directory.appendingPathComponent(path).path) }
        return data
    }

    private static func read(_ url: URL, label: String) throws(KnowledgebaseError) -> Data {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingFile(path: url.path) }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .malformed(StrictDecodingError(file: label, path: "$", problem: "cannot be read: \(error.localizedDescription)"))
        }
    }

    private static func decodeJSON<T: Decodable>(_ type: T.Type, _ data: Data, label: String, checkingUnknownKeys: Bool = true) throws(KnowledgebaseError) -> T {
        do {
            return try StrictDecoder.decodeJSON(type, from: data, file: label, checkingUnknownKeys: checkingUnknownKeys)
        } catch {
            throw .malformed(error)
        }
    }

    private static func decodeYAML<T: Decodable>(_ type: T.Type, _ data: Data, label: String) throws(KnowledgebaseError) -> T {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformed(StrictDecodingError(file: label, path: "$", problem: "not UTF-8 text"))
        }
        do {
            return try StrictDecoder.decodeYAML(type, from: text, file: label)
        } catch {
            throw .malformed(error)
        }
    }
}

// MARK: - Documents

extension KnowledgebaseLoader {
    /// The JSON files, decoded (genes and cohorts in path order).
    struct JSONDocuments: Sendable {
        var genes: [NamedDocument<GeneFile>] = []
        var features: FeatureFile
        var hotspots: HotspotFile
        var oncotree: OncoTreeFile
        var cohorts: [CohortEvidenceFile] = []

        init(contents: [String: Data], derived: Set<String>, directory: URL) throws(KnowledgebaseError) {
            func decodeFile<T: Decodable>(_ type: T.Type, _ data: Data, label: String) throws(KnowledgebaseError) -> T {
                try decodeJSON(type, data, label: label, checkingUnknownKeys: !derived.contains(label))
            }
            let files = contents.sorted { $0.key < $1.key }
            for (path, data) in files where path.hasPrefix("genes/") && path.hasSuffix(".json") {
                genes.append(NamedDocument(path: path, file: try decodeFile(GeneFile.self, data, label: path)))
            }
            features = try decodeFile(FeatureFile.self, try required("features.json", in: contents, directory), label: "features.json")
            hotspots = try decodeFile(HotspotFile.self, try required("hotspots.json", in: contents, directory), label: "hotspots.json")
            oncotree = try decodeFile(OncoTreeFile.self, try required("oncotree.json", in: contents, directory), label: "oncotree.json")
            for (path, data) in files where path.hasPrefix("cohorts/") && path.hasSuffix(".json") {
                cohorts.append(try decodeJSON(CohortEvidenceFile.self, data, label: path))
            }
        }
    }

    /// The YAML files, decoded (evidence files in path order).
    struct YAMLDocuments: Sendable {
        var tumorTypes: TumorTypesFile
        var texts: TextsFile
        var evidence: [NamedDocument<EvidenceFile>] = []
        var pathwayGenes: PathwayGenesFile
        var evidenceLevels: EvidenceLevelsFile
        var hotspotMatching: HotspotMatchingFile
        var functionalStudies: FunctionalStudiesFile
        var geneBackground: GeneBackgroundFile

        init(contents: [String: Data], directory: URL) throws(KnowledgebaseError) {
            tumorTypes = try decodeYAML(TumorTypesFile.self, try required("tumor-types.yaml", in: contents, directory), label: "tumor-types.yaml")
            texts = try decodeYAML(TextsFile.self, try required("texts.yaml", in: contents, directory), label: "texts.yaml")
            for (path, data) in contents.sorted(by: { $0.key < $1.key }) where path.hasPrefix("evidence/") && path.hasSuffix(".yaml") {
                evidence.append(NamedDocument(path: path, file: try decodeYAML(EvidenceFile.self, data, label: path)))
            }
            pathwayGenes = try decodeYAML(PathwayGenesFile.self, try required("pathway-genes.yaml", in: contents, directory), label: "pathway-genes.yaml")
            evidenceLevels = try decodeYAML(EvidenceLevelsFile.self, try required("evidence-levels.yaml", in: contents, directory), label: "evidence-levels.yaml")
            hotspotMatching = try decodeYAML(HotspotMatchingFile.self, try required("hotspot-matching.yaml", in: contents, directory), label: "hotspot-matching.yaml")
            functionalStudies = try decodeYAML(
                FunctionalStudiesFile.self, try required(FunctionalStudyValidator.file, in: contents, directory), label: FunctionalStudyValidator.file)
            geneBackground = try decodeYAML(GeneBackgroundFile.self, try required("gene-background.yaml", in: contents, directory), label: "gene-background.yaml")
        }
    }
}
