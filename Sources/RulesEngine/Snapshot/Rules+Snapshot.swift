import Knowledgebase
import SnapshotCoding

// The rules' types as the validated snapshot stores them (see ``SnapshotCodable``): every stored property, in
// declaration order. A property added to one of these types is added here too, or the snapshot tests fail.

extension Rule: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (id, title, rationale, priority, when, then) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(id, title, rationale, priority, when, then) }
}

extension Condition: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (
            all, any, not, gene, kind, consequence, region, hotspot, residuesWithin, residuesCover, exonsLost, copyNumber, inFrame,
            disposition, oncogenicity, effect, tumorType, coAltered, evidenceCode
        ) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(
            all, any, not, gene, kind, consequence, region, hotspot, residuesWithin, residuesCover, exonsLost, copyNumber, inFrame,
            disposition, oncogenicity, effect, tumorType, coAltered, evidenceCode
        )
    }
}

extension EvidenceCodeCondition: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (code, strength) = try (reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(code, strength) }
}

extension TumorTypeCondition: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (within, group, known) = try (reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(within, group, known) }
}

extension CoAlterationCondition: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (gene, protein, kind, lossOfFunction) = try (reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(gene, protein, kind, lossOfFunction) }
}

extension Conclusions: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (oncogenicity, effect, pathway, evidence, prognosis, therapyResistance, frequencies, trials, gaps) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(oncogenicity, effect, pathway, evidence, prognosis, therapyResistance, frequencies, trials, gaps)
    }
}

extension GapConclusion: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (therapyClass, text) = try (reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(therapyClass, text) }
}

extension StatementConclusion: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (direction, therapy, therapyClass, statement, evidence, levels, levelRationale) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(direction, therapy, therapyClass, statement, evidence, levels, levelRationale)
    }
}

extension StatementPolicy: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (attachWhenOncogenicity, withheldBecause, tierWithoutStatements, source, citations) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(attachWhenOncogenicity, withheldBecause, tierWithoutStatements, source, citations)
    }
}

extension PolicySource: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (citation, locator) = try (reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(citation, locator) }
}

extension CitationRequirements: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (kinds, identifierRequiredFor) = try (reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(kinds, identifierRequiredFor) }
}

extension LossOfFunctionDefinition: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (consequences, copyNumbers) = try (reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(consequences, copyNumbers) }
}

extension ClassificationCriteria: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (schemaVersion, framework, hotspotDatasets, hotspotRowTypes, nonsenseMediatedDecay, classes, codes) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(schemaVersion, framework, hotspotDatasets, hotspotRowTypes, nonsenseMediatedDecay, classes, codes)
    }
}

extension ClassificationFramework: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (id, name, citation, locator) = try (reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(id, name, citation, locator) }
}

extension DecayRule: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (escapesInLastExon, escapesWithinNucleotidesOfLastJunction, source) = try (reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(escapesInLastExon, escapesWithinNucleotidesOfLastJunction, source) }
}

extension CriterionSource: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (citation, locator) = try (reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(citation, locator) }
}

extension ClassBoundary: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (`class`, min, max, source) = try (reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(`class`, min, max, source) }
}

extension EvidenceCode: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (code, direction, strength, points, criterion, source, excludes, notAssessable, met) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(code, direction, strength, points, criterion, source, excludes, notAssessable, met)
    }
}

extension CodeApplication: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (when, strength, points, because, source) = try (reader.read(), reader.read(), reader.read(), reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(when, strength, points, because, source) }
}

extension CriterionCondition: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (
            alteration, geneRole, nullVariant, decay, removesFeature, removedFraction, alternativeStart, skippingInFrame, functional,
            hotspotPositionCount, hotspotChangeCount, residueClassifiedAs, any, not
        ) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read(),
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
    }
    public func write(to writer: inout SnapshotWriter) {
        writer.write(
            alteration, geneRole, nullVariant, decay, removesFeature, removedFraction, alternativeStart, skippingInFrame, functional,
            hotspotPositionCount, hotspotChangeCount, residueClassifiedAs, any, not
        )
    }
}

extension Bound: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        (atLeast, below) = try (reader.read(), reader.read())
    }
    public func write(to writer: inout SnapshotWriter) { writer.write(atLeast, below) }
}

extension OneOrMany: SnapshotCodable where Element: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) { values = try reader.read() }
    public func write(to writer: inout SnapshotWriter) { writer.write(values) }
}
