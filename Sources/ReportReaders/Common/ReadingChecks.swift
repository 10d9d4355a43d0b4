import ReportModel

/// Checks every reader's result makes: the same change reported more than once is read once, with all its
/// locations and a notice; a report without any alteration gets a notice, so that an empty result is never
/// silent.
enum ReadingChecks {
    static func checked(_ reading: ReportReading, file: String) -> ReportReading {
        var reading = reading
        var repeats: [String] = []
        reading.report.shortVariants = merged(reading.report.shortVariants, key: shortVariantKey, repeats: &repeats) { first, later in
            first.transcript = first.transcript ?? later.transcript
            first.hgvsc = first.hgvsc ?? later.hgvsc
            first.hgvsp = first.hgvsp ?? later.hgvsp
            first.vaf = first.vaf ?? later.vaf
            first.depth = first.depth ?? later.depth
            first.origin = first.origin ?? later.origin
            first.reportedStatus = first.reportedStatus ?? later.reportedStatus
            if first.gene == GeneSpan.unassignedGene { first.gene = later.gene }
        }
        reading.report.copyNumberAlterations = merged(
            reading.report.copyNumberAlterations, key: { "\($0.gene.uppercased()) \($0.kind.rawValue) \($0.copyNumber.map { "\($0)" } ?? "") \($0.exons ?? "")" },
            repeats: &repeats) { _, _ in }
        reading.report.rearrangements = merged(
            reading.report.rearrangements, key: { rearrangement in
                // Lists joined by hand: interpolating an array goes through `debugPrint`'s dynamic casts.
                let genes = rearrangement.genes.map { $0.uppercased() }.joined(separator: ",")
                let exons = rearrangement.exons.map { String($0) }.joined(separator: ",")
                return "\(genes) \(rearrangement.kind.rawValue) \(exons) \(rearrangement.sourceText)"
            },
            repeats: &repeats) { _, _ in }
        if !repeats.isEmpty {
            let shown = repeats.prefix(10).joined(separator: "; ") + (repeats.count > 10 ? "; …" : "")
            reading.notices.append("\(file): \(repeats.count) alteration(s) are reported more than once (\(shown)); each is read once, with all its locations")
        }
        let report = reading.report
        if report.shortVariants.isEmpty, report.copyNumberAlterations.isEmpty, report.rearrangements.isEmpty {
            reading.notices.append("\(file): the file lists no variant, copy-number alteration or rearrangement")
        }
        return reading
    }

    /// The change a short variant describes: its genomic change when it has one (annotations of the same
    /// record may differ), else the gene, unversioned transcript and c./p. text; nil (never merged) for a
    /// variant without a gene or without a description, whose sameness cannot be told.
    private static func shortVariantKey(_ variant: ShortVariant) -> String? {
        if let genomic = variant.genomic {
            return "g \(genomic.build?.rawValue ?? "") \(genomic.description)"
        }
        guard variant.gene != GeneSpan.unassignedGene, variant.hgvsc != nil || variant.hgvsp != nil else { return nil }
        let transcript = variant.transcript.map(Accession.unversioned) ?? ""
        return "c \(variant.gene.uppercased()) \(transcript) \(variant.hgvsc ?? "") \(variant.hgvsp ?? "")"
    }

    /// `items` with every later item equal by `key` to an earlier one folded into the earlier one (by
    /// `merge`, locations joined); `repeats` gets `line 6 repeats line 5` for each.
    private static func merged<Item: Locatable>(
        _ items: [Item], key: (Item) -> String?, repeats: inout [String], merge: (inout Item, Item) -> Void
    ) -> [Item] {
        var result: [Item] = []
        var positions: [String: (index: Int, location: String)] = [:]
        positions.reserveCapacity(items.count)
        for item in items {
            guard let itemKey = key(item) else {
                result.append(item)
                continue
            }
            guard let (earlier, firstLocation) = positions[itemKey] else {
                positions[itemKey] = (result.count, item.location.path)
                result.append(item)
                continue
            }
            repeats.append("\(item.location.path) repeats \(firstLocation)")
            merge(&result[earlier], item)
            result[earlier].location = SourceLocation(result[earlier].location.path + "; " + item.location.path)
        }
        return result
    }
}

/// An alteration with a source location.
protocol Locatable {
    var location: SourceLocation { get set }
}

extension ShortVariant: Locatable {}
extension CopyNumberAlteration: Locatable {}
extension Rearrangement: Locatable {}
