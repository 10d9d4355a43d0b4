import Foundation
import StrictDecoding

/// Loads a knowledgebase folder and validates it: the manifest's hashes, every file's structure, and the
/// facts against each other (reference residues against the protein, codes against OncoTree, citation ids).
public enum KnowledgebaseLoader {
    /// Loads and validates the knowledgebase in `directory`.
    public static func load(from directory: URL) throws(KnowledgebaseError) -> Knowledgebase {
        let manifestURL = directory.appendingPathComponent("manifest.json")
        let manifestData = try read(manifestURL, label: "manifest.json")
        let manifest = try decodeJSON(ManifestFile.self, manifestData, label: "manifest.json")
        let contents = try verifiedContents(of: directory, manifest: manifest)
        // Derived files are written by tools/kb/build_knowledgebase.py and verified byte for byte against the
        // manifest, so their structure is checked by decoding alone; curated files also get the unknown-field check.
        let derived = Set(manifest.files.filter { $0.kind == "derived" }.map(\.path))
        func decodeFile<T: Codable>(_ type: T.Type, _ data: Data, label: String) throws(KnowledgebaseError) -> T {
            try decodeJSON(type, data, label: label, checkingUnknownKeys: !derived.contains(label))
        }

        var genes: [String: GeneKnowledge] = [:]
        for path in contents.keys.sorted() where path.hasPrefix("genes/") && path.hasSuffix(".json") {
            let file = try decodeFile(GeneFile.self, contents[path] ?? Data(), label: path)
            try GeneValidator.validate(file, label: path)
            genes[file.symbol] = GeneKnowledge(file: file, transcriptModels: try GeneValidator.transcriptModels(of: file, label: path))
        }
        guard !genes.isEmpty else { throw .missingFile(path: directory.appendingPathComponent("genes").path) }

        let featureFile = try decodeFile(FeatureFile.self, try required("features.json", in: contents, directory), label: "features.json")
        let hotspotFile = try decodeFile(HotspotFile.self, try required("hotspots.json", in: contents, directory), label: "hotspots.json")
        let oncotreeFile = try decodeFile(OncoTreeFile.self, try required("oncotree.json", in: contents, directory), label: "oncotree.json")
        let tumorTypesFile = try decodeYAML(TumorTypesFile.self, try required("tumor-types.yaml", in: contents, directory), label: "tumor-types.yaml")

        let oncotree = OncoTree(file: oncotreeFile)
        let tumorTypes = TumorTypeResolver(oncotree: oncotree, nodes: oncotreeFile.nodes, file: tumorTypesFile)
        try FactValidator.validate(features: featureFile, genes: genes)
        try FactValidator.validate(hotspots: hotspotFile, genes: genes)
        try FactValidator.validate(tumorTypes: tumorTypesFile, oncotree: oncotree)

        let textsFile = try decodeYAML(TextsFile.self, try required("texts.yaml", in: contents, directory), label: "texts.yaml")
        let texts = TextCatalog(texts: textsFile.texts)
        var cohorts: [CohortEvidenceFile] = []
        for path in contents.keys.sorted() where path.hasPrefix("cohorts/") && path.hasSuffix(".json") {
            cohorts.append(try decodeJSON(CohortEvidenceFile.self, contents[path] ?? Data(), label: path))
        }
        let evidence = try loadEvidence(contents: contents, oncotree: oncotree, tumorTypes: tumorTypes, genes: genes, cohorts: cohorts, texts: texts)
        let pathwayFile = try decodeYAML(PathwayGenesFile.self, try required("pathway-genes.yaml", in: contents, directory), label: "pathway-genes.yaml")
        try FactValidator.validate(pathwayGenes: pathwayFile, genes: genes)
        let levelsFile = try decodeYAML(EvidenceLevelsFile.self, try required("evidence-levels.yaml", in: contents, directory), label: "evidence-levels.yaml")
        try FactValidator.validate(levels: levelsFile, citations: evidence.citations)

        return Knowledgebase(
            version: manifest.version,
            sha256: FileDigest.sha256(manifestData),
            files: manifest.files,
            genes: genes,
            features: featureFile.features,
            hotspots: HotspotCatalog(file: hotspotFile),
            oncotree: oncotree,
            tumorTypes: tumorTypes,
            evidence: evidence,
            texts: texts,
            cohorts: cohorts,
            evidenceLevels: levelsFile.frameworks,
            pathwayGenes: Dictionary(pathwayFile.genes.map { ($0.symbol, $0) }, uniquingKeysWith: { first, _ in first })
        )
    }

    // MARK: - Manifest

    /// Reads every file the manifest lists, checks its SHA-256, and checks that the folder holds no unlisted file.
    private static func verifiedContents(of directory: URL, manifest: ManifestFile) throws(KnowledgebaseError) -> [String: Data] {
        let present = try listFiles(in: directory)
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

    /// Relative paths of the data files under `directory` (not the manifest, README or hidden files).
    private static func listFiles(in directory: URL) throws(KnowledgebaseError) -> Set<String> {
        let root = directory.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw .missingFile(path: root)
        }
        var result = Set<String>()
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory)
            if !exists || isDirectory.boolValue || name.hasPrefix(".") || relative == "manifest.json" || relative == "README.md" { continue }
            result.insert(relative)
        }
        return result
    }

    // MARK: - Evidence

    private static func loadEvidence(
        contents: [String: Data], oncotree: OncoTree, tumorTypes: TumorTypeResolver, genes: [String: GeneKnowledge],
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
        for path in contents.keys.sorted() where path.hasPrefix("evidence/") && path.hasSuffix(".yaml") {
            let file = try decodeYAML(EvidenceFile.self, contents[path] ?? Data(), label: path)
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
            try FactValidator.validate(item: item, file: path, citations: citations, oncotree: oncotree, tumorTypes: tumorTypes, genes: genes)
        }
        return EvidenceCatalog(items: items, citations: citations, fileOfItem: fileOfItem)
    }

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

    private static func decodeJSON<T: Codable>(_ type: T.Type, _ data: Data, label: String, checkingUnknownKeys: Bool = true) throws(KnowledgebaseError) -> T {
        do {
            return try StrictDecoder.decodeJSON(type, from: data, file: label, checkingUnknownKeys: checkingUnknownKeys)
        } catch {
            throw .malformed(error)
        }
    }

    private static func decodeYAML<T: Codable>(_ type: T.Type, _ data: Data, label: String) throws(KnowledgebaseError) -> T {
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
