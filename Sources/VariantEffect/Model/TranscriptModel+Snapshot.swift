import SnapshotCoding

/// A model as the knowledgebase snapshot stores it: its fields, the CDS and its translation as the validating
/// initializer left them, so that a fresh process does not check and translate the CDS again. Only the exon
/// layout, which is derived from the exons alone, is rebuilt. A snapshot holds only models that passed
/// ``TranscriptModel/init(gene:accession:assembly:chromosome:strand:codingExons:codingSequence:)``.
extension TranscriptModel: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        let (gene, accession, assembly, chromosome, strand): (String, String, GenomeAssembly, String, Strand) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
        let codingExons: [CodingExon] = try reader.read()
        let (codingSequence, protein): (String, String) = try (reader.read(), reader.read())
        guard !codingExons.isEmpty, codingSequence.utf8.count == 3 * protein.utf8.count else {
            throw reader.failure("transcript model \(accession) on \(assembly.rawValue): coding exons or sequence lengths out of step")
        }
        self.init(
            gene: gene, accession: accession, assembly: assembly, chromosome: chromosome, strand: strand,
            codingExons: codingExons, validatedCodingSequence: Array(codingSequence.utf8), protein: Array(protein.utf8))
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.write(gene, accession, assembly, chromosome, strand, codingExons)
        writer.write(Nucleotides.string(codingSequence), Nucleotides.string(protein))
    }
}

extension CodingExon: SnapshotCodable {
    public init(snapshot reader: inout SnapshotReader) throws(SnapshotDecodingError) {
        let (number, codingStart, codingEnd, firstCodingBase, lastCodingBase): (Int, Int, Int, Int, Int) = try (
            reader.read(), reader.read(), reader.read(), reader.read(), reader.read()
        )
        let (spanStart, spanEnd): (Int?, Int?) = try (reader.read(), reader.read())
        var exonSpan: ClosedRange<Int>?
        if let spanStart, let spanEnd {
            guard spanStart <= spanEnd else { throw reader.failure("exon \(number): span \(spanStart)-\(spanEnd) is reversed") }
            exonSpan = spanStart...spanEnd
        }
        self.init(
            number: number, codingStart: codingStart, codingEnd: codingEnd, firstCodingBase: firstCodingBase,
            lastCodingBase: lastCodingBase, exonSpan: exonSpan)
    }

    public func write(to writer: inout SnapshotWriter) {
        writer.write(number, codingStart, codingEnd, firstCodingBase, lastCodingBase, exonSpan?.lowerBound, exonSpan?.upperBound)
    }
}

extension GenomeAssembly: SnapshotCodable {}
extension Strand: SnapshotCodable {}
