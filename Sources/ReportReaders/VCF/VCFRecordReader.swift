import ReportModel

/// Reads the data lines of a VCF into short variants and rearrangements, one ALT allele at a time.
struct VCFRecordReader {
    let file: String
    let header: VCFHeader
    let build: GenomeBuild
    let sampleColumn: Int?
    let spans: [GeneSpan]
    /// The annotation keys read, with their layouts.
    let layouts: [VCFAnnotationLayout]

    private(set) var variants: [ShortVariant] = []
    private(set) var rearrangements: [Rearrangement] = []
    private var filteredRecords = 0
    private var alleleSkippedByGenotype = 0
    private var spanningDeletions = 0
    private var referenceOnlyRecords = 0

    init(file: String, header: VCFHeader, build: GenomeBuild, sampleColumn: Int?, spans: [GeneSpan]) {
        self.file = file
        self.header = header
        self.build = build
        self.sampleColumn = sampleColumn
        self.spans = spans
        layouts = header.recordLayouts
    }

    mutating func read(_ line: TextLines.Line) throws(ReportReadError) {
        let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == header.columns.count else {
            throw ReportReadError(file: file, location: TextLines.location(line: line.number), problem: "expected \(header.columns.count) tab-separated columns as in the #CHROM header line, found \(fields.count)")
        }
        let file = self.file, columnNames = header.columns
        let fail = { (column: Int, problem: String) in
            ReportReadError(file: file, location: TextLines.location(line: line.number, column: column + 1, name: columnNames[column]), problem: problem)
        }
        let chromosome = Chromosome.normalized(fields[0])
        guard !fields[0].isEmpty, !fields[0].contains(where: \.isWhitespace) else { throw fail(0, "expected a chromosome name, found '\(fields[0])'") }
        guard let position = Int(fields[1]) else { throw fail(1, "expected a 1-based position, found '\(fields[1])'") }
        if let problem = FieldValues.positionProblem(position, chromosome: chromosome, build: build) { throw fail(1, problem) }
        let reference = fields[3].uppercased()
        guard !reference.isEmpty, reference.allSatisfy({ "ACGTN".contains($0) }) else {
            throw fail(3, "expected reference bases (A, C, G, T, N), found '\(fields[3])'")
        }
        if fields[4] == "." {
            referenceOnlyRecords += 1
            return
        }
        let alternates = fields[4].split(separator: ",", omittingEmptySubsequences: false).map { $0.uppercased() }
        for alternate in alternates where !Self.isValidAlternate(alternate) {
            throw fail(4, "expected alternate alleles (bases, *, <SYMBOLIC> or a breakend) separated by commas, found '\(fields[4])'")
        }
        let info = Self.info(fields[7])
        let sample = try sampleValues(fields, fail: fail)
        let carried = try carriedAlleles(sample, alternates: alternates.count, fail: fail)
        let filter = fields[6]
        let failedFilter = filter != "PASS" && filter != "."
        if failedFilter { filteredRecords += 1 }
        let annotations = VCFAnnotation.parse(info: info, layouts: layouts)
        let span = GeneSpan.gene(at: chromosome, position, build: build, in: spans)

        for (offset, alternate) in alternates.enumerated() {
            let number = offset + 1
            if alternate == "*" {
                spanningDeletions += 1
                continue
            }
            if let carried, !carried.contains(number) {
                alleleSkippedByGenotype += 1
                continue
            }
            let location = SourceLocation(alternates.count > 1 ? "line \(line.number), ALT allele \(number)" : "line \(line.number)")
            let alleleAnnotations = VCFAnnotation.forAllele(number, reference: reference, alternates: alternates, in: annotations)
            let gene = span?.gene ?? VCFAnnotation.gene(in: alleleAnnotations) ?? info["GENE"] ?? GeneSpan.unassignedGene
            if alternate.hasPrefix("<") || alternate.contains("[") || alternate.contains("]") {
                rearrangements.append(Rearrangement(
                    genes: [gene], kind: .rearrangement,
                    reportedDescription: "VCF ALT \(alternate) at chr\(chromosome):\(position)", location: location))
                continue
            }
            let annotation = VCFAnnotation.preferred(for: gene, span: span, in: alleleAnnotations)
            variants.append(ShortVariant(
                gene: gene, transcript: annotation?.transcript, hgvsc: annotation?.hgvsc, hgvsp: annotation?.hgvsp,
                genomic: GenomicChange(chromosome: chromosome, position: position, reference: reference, alternate: alternate, build: build),
                vaf: try alleleFraction(number, sample: sample, info: info, fail: fail),
                depth: try depth(sample: sample, info: info, fail: fail),
                reportedStatus: failedFilter ? "FILTER=\(filter)" : nil, location: location))
        }
    }

    /// The notices about records and alleles that were skipped or kept with a caveat.
    func notices(sample: String?) -> [String] {
        var result: [String] = []
        if filteredRecords > 0 { result.append("\(file): \(filteredRecords) record(s) failed a FILTER; they are kept, with FILTER=… as their reported status") }
        if alleleSkippedByGenotype > 0 { result.append("\(file): \(alleleSkippedByGenotype) ALT allele(s) are not carried by sample \(sample ?? "?") (GT) and were skipped") }
        if spanningDeletions > 0 { result.append("\(file): \(spanningDeletions) spanning-deletion (*) allele(s) were skipped; the deletion is its own record") }
        if referenceOnlyRecords > 0 { result.append("\(file): \(referenceOnlyRecords) record(s) without an ALT allele (.) were skipped") }
        return result
    }

    // MARK: - Fields

    private static func isValidAlternate(_ allele: String) -> Bool {
        if allele == "*" { return true }
        if allele.hasPrefix("<") { return allele.hasSuffix(">") && allele.count > 2 }
        if allele.contains("[") || allele.contains("]") { return true }
        return !allele.isEmpty && allele.allSatisfy { "ACGTN".contains($0) }
    }

    /// INFO as key → value (flags map to an empty value).
    static func info(_ text: String) -> [String: String] {
        guard text != "." else { return [:] }
        var result: [String: String] = [:]
        for item in text.split(separator: ";") {
            if let equals = item.firstIndex(of: "=") {
                result[String(item[..<equals])] = String(item[item.index(after: equals)...])
            } else {
                result[String(item)] = ""
            }
        }
        return result
    }

    /// The chosen sample's FORMAT values by key, with the sample's column number for messages.
    private func sampleValues(_ fields: [String], fail: (Int, String) -> ReportReadError) throws(ReportReadError) -> SampleValues? {
        guard let sampleColumn else { return nil }
        let keys = fields[8].split(separator: ":").map(String.init)
        let values = fields[sampleColumn].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard values.count <= keys.count else {
            throw fail(sampleColumn, "the sample has \(values.count) values but FORMAT names \(keys.count) (\(fields[8]))")
        }
        var byKey: [String: String] = [:]
        for (index, value) in values.enumerated() { byKey[keys[index]] = value }
        return SampleValues(values: byKey, column: sampleColumn)
    }

    /// The ALT allele numbers the sample's genotype carries; nil when there is no GT (or it is uncalled).
    private func carriedAlleles(_ sample: SampleValues?, alternates: Int, fail: (Int, String) -> ReportReadError) throws(ReportReadError) -> Set<Int>? {
        guard let sample, let genotype = sample.values["GT"] else { return nil }
        let alleles = genotype.split(whereSeparator: { $0 == "/" || $0 == "|" })
        if alleles.allSatisfy({ $0 == "." }) { return nil }
        var carried = Set<Int>()
        for allele in alleles where allele != "." {
            guard let number = Int(allele), (0...alternates).contains(number) else {
                throw fail(sample.column, "GT '\(genotype)' names an allele that is not in REF/ALT")
            }
            if number > 0 { carried.insert(number) }
        }
        return carried
    }

    private func alleleFraction(_ number: Int, sample: SampleValues?, info: [String: String], fail: (Int, String) -> ReportReadError) throws(ReportReadError) -> Double? {
        if let sample {
            if let text = sample.list("AF", index: number - 1) {
                guard let value = FieldValues.fraction(text) else { throw fail(sample.column, "FORMAT AF: expected a fraction between 0 and 1, found '\(text)'") }
                return value
            }
            if let altText = sample.list("AD", index: number) {
                guard let alt = FieldValues.count(altText) else { throw Self.readCountsFailure(sample, fail: fail) }
                var total = try sample.depth(fail: fail)
                if total == nil { total = try sample.readCountSum(fail: fail) }
                if let total, total > 0, alt <= total { return Double(alt) / Double(total) }
                return nil
            }
        }
        if let text = info["TVAF"].flatMap({ Self.listItem($0, index: number - 1) }) {
            guard let value = FieldValues.fraction(text) else { throw fail(7, "INFO TVAF: expected a fraction between 0 and 1, found '\(text)'") }
            return value
        }
        return nil
    }

    private func depth(sample: SampleValues?, info: [String: String], fail: (Int, String) -> ReportReadError) throws(ReportReadError) -> Int? {
        if let value = try sample?.depth(fail: fail) { return value }
        if let text = info["TDP"].flatMap({ Self.listItem($0, index: 0) }) {
            guard let value = FieldValues.count(text) else { throw fail(7, "INFO TDP: expected a read depth (\(FieldValues.countExpectation)), found '\(text)'") }
            return value
        }
        return try sample?.readCountSum(fail: fail)
    }

    /// The failure for a FORMAT AD that is not a list of read counts.
    static func readCountsFailure(_ sample: SampleValues, fail: (Int, String) -> ReportReadError) -> ReportReadError {
        fail(sample.column, "FORMAT AD: expected read counts (each \(FieldValues.countExpectation)) separated by commas, found '\(sample.values["AD"] ?? "")'")
    }

    /// Item `index` of a comma-separated list, nil when absent or `.`.
    static func listItem(_ text: String, index: Int) -> String? {
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        guard index < items.count, items[index] != "." else { return nil }
        return String(items[index])
    }
}

/// One sample's FORMAT values.
struct SampleValues {
    let values: [String: String]
    /// The 0-based column index, for messages.
    let column: Int

    /// Item `index` of a comma-separated value.
    func list(_ key: String, index: Int) -> String? {
        values[key].flatMap { VCFRecordReader.listItem($0, index: index) }
    }

    /// FORMAT DP, nil when absent or `.`.
    func depth(fail: (Int, String) -> ReportReadError) throws(ReportReadError) -> Int? {
        guard let text = values["DP"], text != "." else { return nil }
        guard let value = FieldValues.count(text) else { throw fail(column, "FORMAT DP: expected a read depth (\(FieldValues.countExpectation)), found '\(text)'") }
        return value
    }

    /// The sum of the FORMAT AD read counts, nil when AD is absent or any count is missing (`.`). A count that
    /// is not a whole number from 0 to ``FieldValues/maximumCount``, or a sum above it, is an error.
    func readCountSum(fail: (Int, String) -> ReportReadError) throws(ReportReadError) -> Int? {
        guard let text = values["AD"] else { return nil }
        var sum = 0
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            if item == "." || item.isEmpty { return nil }
            guard let count = FieldValues.count(String(item)) else { throw VCFRecordReader.readCountsFailure(self, fail: fail) }
            sum += count  // cannot overflow: both are at most 2^53 − 1
            guard sum <= FieldValues.maximumCount else {
                throw fail(column, "FORMAT AD: the read counts '\(text)' add up to more than \(FieldValues.maximumCount)")
            }
        }
        return sum
    }
}
