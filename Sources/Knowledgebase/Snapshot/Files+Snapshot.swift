import SnapshotCoding

// The knowledgebase files' types as the validated snapshot stores them (see ``SnapshotCodable``): every stored
// property, in declaration order. A property added to one of these types is added here too, or the snapshot tests fail.

extension CohortEvidenceFile: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (schemaVersion, id, cohort, method, survival, frequencies) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(schemaVersion, id, cohort, method, survival, frequencies) }
}

extension CohortSource: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (name, description, inputFile, inputSHA256, provenance, dataVersion, caveats) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(name, description, inputFile, inputSHA256, provenance, dataVersion, caveats)
    }
}

extension CohortMethod: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (tool, toolVersion, survival, alterationDefinition, timeUnit) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(tool, toolVersion, survival, alterationDefinition, timeUnit) }
}

extension CohortSurvivalEvidence: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (
            id, gene, alteration, tumorType, endpoint, filters, n, events, groups, hazardRatio, ciLower, ciUpper, coxP, coxStatus,
            logrankChisq, logrankP
        ) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(
            id, gene, alteration, tumorType, endpoint, filters, n, events, groups, hazardRatio, ciLower, ciUpper, coxP, coxStatus,
            logrankChisq, logrankP
        )
    }
}

extension CohortGroup: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (name, n, events, median, medianLower, medianUpper, curve) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(name, n, events, median, medianLower, medianUpper, curve) }
}

extension CurvePoint: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (time, survival, lower, upper, atRisk) = try (reader.read(), reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(time, survival, lower, upper, atRisk) }
}

extension CohortFrequencyEvidence: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (id, gene, alteration, tumorType, n, altered, percent, wilsonLower, wilsonUpper) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(id, gene, alteration, tumorType, n, altered, percent, wilsonLower, wilsonUpper)
    }
}

extension Citation: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (id, kind, authors, title, journal, year, doi, pmid, url, retrievedFrom, file, verified, note) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(id, kind, authors, title, journal, year, doi, pmid, url, retrievedFrom, file, verified, note)
    }
}

extension EvidenceItem: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (
            id, kind, verified, gene, alteration, scope, scopeNote, tumorTypes, tumorGroup, population, therapy, therapyClass, endpoint,
            comparison, direction, effects, studyType, citation, locator, statement, levels, eligibility, note
        ) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(
            id, kind, verified, gene, alteration, scope, scopeNote, tumorTypes, tumorGroup, population, therapy, therapyClass, endpoint,
            comparison, direction, effects, studyType, citation, locator, statement, levels, eligibility, note
        )
    }
}

extension PopulationEligibility: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (requiresAny, excludes, excludesTumorTypes, lineOfTherapy, locator) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(requiresAny, excludes, excludesTumorTypes, lineOfTherapy, locator) }
}

extension AlterationCriterion: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (genes, kinds, proteins, lossOfFunction, label) = try (reader.read(), reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(genes, kinds, proteins, lossOfFunction, label) }
}

extension EffectMeasure: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (measure, value, ciLower, ciUpper, p, n, group, comparator, endpoint, text) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(measure, value, ciLower, ciUpper, p, n, group, comparator, endpoint, text)
    }
}

extension EvidenceFramework: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (id, name, citation, levels) = try (reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(id, name, citation, levels) }
}

extension EvidenceLevel: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (id, kind, verified, definition, seenIn, evidenceLevels, forOtherTumorType, note) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(id, kind, verified, definition, seenIn, evidenceLevels, forOtherTumorType, note)
    }
}

extension ProteinFeature: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (id, gene, type, start, end, residues, name, label, status, statusNote, evidence, source) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(id, gene, type, start, end, residues, name, label, status, statusNote, evidence, source)
    }
}

extension FunctionalStudy: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (id, citation, verified, model, assay, locator, results, note) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(id, citation, verified, model, assay, locator, results, note) }
}

extension FunctionalResultRecord: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (gene, variant, effect, detail) = try (reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(gene, variant, effect, detail) }
}

extension GeneBackground: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (gene, text, citations) = try (reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(gene, text, citations) }
}

extension GeneFile: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (schemaVersion, symbol, name, hgnc, ncbiGeneId, uniprot, role, maneSelect, transcriptAliases, cds, protein, models) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(schemaVersion, symbol, name, hgnc, ncbiGeneId, uniprot, role, maneSelect, transcriptAliases, cds, protein, models)
    }
}

extension GeneRole: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (value, statement, source) = try (reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(value, statement, source) }
}

extension ManeSelect: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (refseqTranscript, refseqProtein, ensemblTranscript, ensemblProtein, source) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(refseqTranscript, refseqProtein, ensemblTranscript, ensemblProtein, source)
    }
}

extension TranscriptAlias: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (accession, versions, basis, cdsIdentical, numbering, note, source) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(accession, versions, basis, cdsIdentical, numbering, note, source) }
}

extension SequenceRecord: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (sequence, status, note, source) = try (reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(sequence, status, note, source) }
}

extension SequenceStatus: SnapshotCodable {}

extension ProteinRecord: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (sequence, status, unconfirmedResidues, note, source) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(sequence, status, unconfirmedResidues, note, source) }
}

extension UnconfirmedResidues: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (start, end, reason) = try (reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(start, end, reason) }
}

extension ExonModel: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (chromosome, strand, codingExons, source) = try (reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(chromosome, strand, codingExons, source) }
}

extension CodingExonRecord: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (exon, start, end, cFirst, cLast) = try (reader.read(), reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(exon, start, end, cFirst, cLast) }
}

extension HotspotDataset: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (id, citation, pmid, doi, nTumors, verified, seenIn, source) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(id, citation, pmid, doi, nTumors, verified, seenIn, source) }
}

extension HotspotResidue: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (
            gene, dataset, type, residue, start, end, referenceAminoAcid, variantCounts, tumorCount, qValue, clusterId, tumorTypeComposition
        ) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(
            gene, dataset, type, residue, start, end, referenceAminoAcid, variantCounts, tumorCount, qValue, clusterId, tumorTypeComposition
        )
    }
}

extension HotspotRowTypeMatching: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (consequences, hotspotConsequences, extent, basis) = try (reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(consequences, hotspotConsequences, extent, basis) }
}

extension HotspotExtent: SnapshotCodable {}

extension ManifestEntry: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (path, sha256, kind) = try (reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(path, sha256, kind) }
}

extension OncoTreeNode: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (code, name, mainType, tissue, parent, level) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(code, name, mainType, tissue, parent, level) }
}

extension PathwayGene: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (symbol, name, role, pathwayRole, roleSource) = try (reader.read(), reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(symbol, name, role, pathwayRole, roleSource) }
}

extension SourceReference: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (file, provenance, citation, note, repository) = try (reader.read(), reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(file, provenance, citation, note, repository) }
}

extension LocalizedText: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (en, ja) = try (reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(en, ja) }
}

extension TumorGroup: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (id, label, derivation, codes) = try (reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(id, label, derivation, codes) }
}

