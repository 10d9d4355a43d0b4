import ReportModel

/// Turns FMI's `variant-report` element into a ``PatientReport`` (without the panel name).
///
/// Each alteration element is read on its own: one that is malformed or unexpected becomes an
/// ``UnreadableAlteration`` with the reason and its location, and the rest of the report is read; a
/// biomarker value that cannot be read is left out with a notice.
struct FoundationOneVariantReport {
    let file: String
    /// The KEAP1/NFE2L2 spans on GRCh37 with their transcripts (see ``FoundationOnePosition``).
    let spans: [GeneSpan]

    /// Attribute spellings seen in real exports that differ from the schema's, with the schema's name:
    /// LifeOmic's earlier FoundationOne fixture writes a rearrangement's `targeted-gene` as `target-gene`.
    static let attributeSpellings = ["targeted-gene": "target-gene"]

    func report(from variantReport: ParsedXMLElement) -> (report: PatientReport, notices: [String]) {
        var unreadable: [UnreadableAlteration] = []
        func each<Value>(_ list: String, _ name: String, _ kind: UnreadableAlteration.Kind,
                         _ read: (ParsedXMLElement) throws(ReportReadError) -> Value) -> [Value] {
            var values: [Value] = []
            for element in variantReport.child(named: list)?.children(named: name) ?? [] {
                do throws(ReportReadError) {
                    values.append(try read(element))
                } catch {
                    let gene = (element.attribute("gene") ?? attribute(element, "targeted-gene")).flatMap(FieldValues.geneSymbol)
                    unreadable.append(UnreadableAlteration(gene: gene, kind: kind, reason: error.problem, location: SourceLocation(element.location)))
                }
            }
            return values
        }
        let variants = each("short-variants", "short-variant", .shortVariant, shortVariant)
        let copyNumbers = each("copy-number-alterations", "copy-number-alteration", .copyNumber, copyNumber)
        let rearrangements = each("rearrangements", "rearrangement", .rearrangement, rearrangement)
        let diagnosis = variantReport.attribute("disease-ontology") ?? variantReport.attribute("pathology-diagnosis")
            ?? variantReport.attribute("disease")
        let (biomarkers, biomarkerNotices) = self.biomarkers(variantReport.child(named: "biomarkers"))
        var notices = biomarkerNotices
        if !unreadable.isEmpty {
            notices.append("\(file): the report was partly unreadable: \(unreadable.count) alteration element(s) could not be read and are listed as unreadable with the reason (first: \(unreadable[0].location.path): \(unreadable[0].reason))")
        }
        let report = PatientReport(
            tumorType: ReportedTumorType(diagnosisText: diagnosis),
            genomeBuild: .grch37,  // FMI positions are hg19 (KEAP1 c.908 = chr19:10602670 on the GRCh37 model)
            shortVariants: variants, copyNumberAlterations: copyNumbers, rearrangements: rearrangements,
            unreadableAlterations: unreadable, biomarkers: biomarkers)
        return (report, notices)
    }

    // MARK: - Alterations

    private func shortVariant(_ element: ParsedXMLElement) throws(ReportReadError) -> ShortVariant {
        let gene = try geneSymbol(element, "gene")
        let coding = element.attribute("cds-effect"), protein = element.attribute("protein-effect")
        guard coding != nil || protein != nil else {
            throw fail(element, "a short-variant needs a cds-effect or protein-effect attribute")
        }
        var vaf: Double?
        if let text = element.attribute("allele-fraction") {
            guard let value = FieldValues.fraction(text) else { throw fail(element, "@allele-fraction: expected a fraction between 0 and 1, found '\(text)'") }
            vaf = value
        } else if let text = element.attribute("percent-reads") {
            guard let value = FieldValues.percentAsFraction(text) else { throw fail(element, "@percent-reads: expected a percentage between 0 and 100, found '\(text)'") }
            vaf = value
        }
        var depth: Int?
        if let text = element.attribute("depth") {
            guard let value = FieldValues.count(text) else { throw fail(element, "@depth: expected a read depth (\(FieldValues.countExpectation)), found '\(text)'") }
            depth = value
        }
        var status: [String] = []
        if let value = element.attribute("status") { status.append(value) }
        if let value = element.attribute("functional-effect") { status.append("functional effect: \(value)") }
        if FieldValues.yesNo(element.attribute("equivocal")) == true { status.append("equivocal") }
        if FieldValues.yesNo(element.attribute("subclonal")) == true { status.append("subclonal") }
        let transcript = element.attribute("transcript")
        var genomic: GenomicChange?
        // The span is found before the cds-effect is read: most variants lie in no span, and reading every
        // cds-effect as a substitution first was an eighth of reading a FoundationOne report's variants.
        if let location = FoundationOnePosition.location(element.attribute("position")),
           let span = GeneSpan.gene(at: location.chromosome, location.position, build: .grch37, in: spans),
           span.gene.uppercased() == gene.uppercased(), !(transcript.map(span.lists) ?? true) {
            genomic = FoundationOnePosition.genomicChange(at: location, strand: element.attribute("strand"), codingEffect: coding)
        }
        return ShortVariant(
            gene: gene, transcript: transcript, hgvsc: coding, hgvsp: protein, genomic: genomic, vaf: vaf, depth: depth,
            reportedStatus: status.isEmpty ? nil : status.joined(separator: "; "), location: SourceLocation(element.location))
    }

    private func copyNumber(_ element: ParsedXMLElement) throws(ReportReadError) -> CopyNumberAlteration {
        let gene = try geneSymbol(element, "gene")
        var copies: Double?
        if let text = element.attribute("copy-number") {
            guard let value = FieldValues.nonNegative(text) else { throw fail(element, "@copy-number: expected a number of 0 or more, found '\(text)'") }
            copies = value
        }
        guard let type = element.attribute("type") else { throw fail(element, "a copy-number-alteration needs a type attribute") }
        guard let kind = Self.copyNumberKind(type, copies: copies) else {
            throw fail(element, "@type: expected amplification, gain, loss or deletion, found '\(type)'")
        }
        return CopyNumberAlteration(gene: gene, kind: kind, copyNumber: copies, exons: element.attribute("number-of-exons"), location: SourceLocation(element.location))
    }

    /// FMI copy-number types: `amplification` (also `partial amplification`), `gain`, `deletion`, and `loss`,
    /// which FMI uses for homozygous loss: it is read as a deletion when the copy number is 0 and as a loss
    /// (not necessarily homozygous) otherwise, including when no copy number is given.
    static func copyNumberKind(_ type: String, copies: Double?) -> CopyNumberAlteration.Kind? {
        let text = type.lowercased()
        if text.contains("amplification") { return .amplification }
        if text.contains("gain") { return .gain }
        if text.contains("deletion") { return .deletion }
        if text.contains("loss") { return copies == 0 ? .deletion : .loss }
        return nil
    }

    private func rearrangement(_ element: ParsedXMLElement) throws(ReportReadError) -> Rearrangement {
        let targeted = try geneSymbol(element, "targeted-gene")
        var genes = [targeted]
        let placeholders: Set = ["N/A", "NA", "NONE", "-", "INTERGENIC", "UNKNOWN"]
        if let other = element.attribute("other-gene"), other.uppercased() != targeted.uppercased(), !placeholders.contains(other.uppercased()) {
            guard let symbol = FieldValues.geneSymbol(other) else { throw fail(element, "@other-gene: expected a gene symbol, found '\(other)'") }
            genes.append(symbol)
        }
        let kind: Rearrangement.Kind
        switch element.attribute("type")?.lowercased() {
        case "fusion": kind = .fusion
        case "truncation": kind = .truncation
        default: kind = .rearrangement
        }
        let description = element.attribute("description") ?? element.attribute("type").map { "\(genes.joined(separator: "-")) \($0)" }
        return Rearrangement(
            genes: genes, kind: kind, inFrame: FieldValues.yesNo(element.attribute("in-frame")),
            reportedDescription: description, location: SourceLocation(element.location))
    }

    // MARK: - Biomarkers

    /// Tumour mutational burden and microsatellite status; a value that cannot be read is left out, with a notice.
    private func biomarkers(_ element: ParsedXMLElement?) -> (Biomarkers, [String]) {
        guard let element else { return (Biomarkers(), []) }
        var result = Biomarkers()
        var notices: [String] = []
        if let burden = element.child(named: "tumor-mutation-burden"), let text = burden.attribute("score") {
            if let value = FieldValues.nonNegative(text) {
                result.tmbPerMegabase = value
            } else {
                notices.append("\(file): \(burden.location): @score: expected mutations per megabase (0 or more), found '\(text)'; the tumour mutational burden was not read")
            }
        }
        if let instability = element.child(named: "microsatellite-instability"), let text = instability.attribute("status") {
            result.msi = FieldValues.microsatelliteStatus(text)
        }
        return (result, notices)
    }

    // MARK: - Helpers

    /// An attribute by its schema name, else by a spelling of ``attributeSpellings``.
    private func attribute(_ element: ParsedXMLElement, _ name: String) -> String? {
        element.attribute(name) ?? Self.attributeSpellings[name].flatMap(element.attribute)
    }

    private func geneSymbol(_ element: ParsedXMLElement, _ attribute: String) throws(ReportReadError) -> String {
        guard let text = self.attribute(element, attribute) else { throw fail(element, "a \(element.localName) needs a \(attribute) attribute") }
        guard let symbol = FieldValues.geneSymbol(text) else { throw fail(element, "@\(attribute): expected a gene symbol, found '\(text)'") }
        return symbol
    }

    private func fail(_ element: ParsedXMLElement, _ problem: String) -> ReportReadError {
        ReportReadError(file: file, location: element.location, problem: problem)
    }
}
