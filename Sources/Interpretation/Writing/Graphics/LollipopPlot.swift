import Knowledgebase
import KnowledgeLookup

/// The protein picture of one alteration: the whole protein drawn to scale and, for long proteins, a detail
/// panel around the variant (also to scale), with one legend of the knowledgebase's features.
struct ProteinFigure {
    let panels: [LollipopPanel]
    let legend: [FeatureLegendRow]
    let caption: String
}

/// One lollipop panel: verified features (motifs and cysteines on the backbone; windows, exon ranges and 3D
/// clusters in lanes below), Cancer Hotspots tumour counts as stems, and the patient's variant marked.
struct LollipopPanel {
    let width: String
    let height: String
    let description: String
    let backbone: PlotRect
    let features: [FeatureMark]
    let stems: [Stem]
    let residueTicks: [AxisTick]
    let countAxis: PlotLine
    let countTicks: [AxisTick]
    let countLabel: String
    let variant: VariantMark?
}

/// A feature drawn on the protein, numbered as in the legend.
struct FeatureMark {
    let rect: PlotRect
    let style: String
    let number: String
    let numberX: String
    let numberY: String
    /// `middle` under a backbone feature, `start` after a lane bar.
    let numberAnchor: String
}

/// A legend row for a feature.
struct FeatureLegendRow {
    let number: String
    let style: String
    let label: String
    let range: String?
}

/// A hotspot stem: the residue's tumour count.
struct Stem {
    let x: String
    let top: String
    let base: String
    let isPatientResidue: Bool
    let title: String
}

/// The patient's variant: a triangle above the protein and its name, and the residues it covers.
struct VariantMark {
    let points: String
    let labelX: String
    let labelY: String
    let anchor: String
    let label: String
    let span: PlotRect
}

/// Builds the ``ProteinFigure`` of one alteration from the knowledgebase.
struct LollipopPlotBuilder {
    let knowledgebase: Knowledgebase
    let texts: ReportTexts

    /// Proteins longer than this get a detail panel of the residues around the variant.
    private static let detailThreshold = 200
    /// Residues shown on each side of the variant in the detail panel.
    private static let detailFlank = 60

    private static let width = 700.0
    private static let left = 44.0
    private static let right = 16.0
    private static let stemTop = 24.0
    private static let backboneY = 100.0
    private static let backboneHeight = 14.0
    private static let numberRowY = 132.0
    private static let firstLaneY = 138.0
    private static let laneHeight = 13.0

    /// Feature types drawn on the backbone; the others go into lanes below it.
    private static let backboneTypes: Set = ["motif", "reactive_cysteine"]

    /// The figure of an alteration; `withDetailPanel` adds, for a long protein, the panel around the variant.
    func figure(for annotated: AnnotatedAlteration, withDetailPanel: Bool = true) -> ProteinFigure? {
        let alteration = annotated.alteration
        guard let gene = knowledgebase.gene(alteration.gene), gene.proteinLength > 1 else { return nil }
        let features = knowledgebase.features.filter { $0.gene == gene.symbol && $0.isVerified }
            .sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
        let numbered = Array(zip(features.indices.map { String($0 + 1) }, features))
        let (dataset, rows) = stemRows(gene: gene.symbol)
        let counts = rows.map { $0.tumorCount ?? $0.variantCounts.values.reduce(0, +) }
        let maximum = max(counts.max() ?? 1, 1)

        var windows = [1...gene.proteinLength]
        if withDetailPanel, gene.proteinLength > Self.detailThreshold, let range = alteration.proteinRange {
            windows.append(max(1, range.lowerBound - Self.detailFlank)...min(gene.proteinLength, range.upperBound + Self.detailFlank))
        }
        let panels = windows.enumerated().map { index, window in
            panel(
                window: window, isDetail: index > 0, gene: gene.symbol, length: gene.proteinLength, features: numbered,
                stems: Array(zip(rows, counts)), maximum: maximum, annotated: annotated)
        }
        let datasetText = dataset.map { texts("report.lollipop.dataset", ["citation": $0.citation, "pmid": $0.pmid ?? "—", "id": $0.id]) }
            ?? texts("report.lollipop.noDataset")
        return ProteinFigure(
            panels: panels,
            legend: numbered.map { number, feature in
                FeatureLegendRow(
                    number: number, style: Self.style(of: feature.type), label: texts.localized(feature.label),
                    range: Self.rangeText(feature, label: texts.localized(feature.label)))
            },
            caption: texts(panels.count > 1 ? "report.lollipop.captionWithDetail" : "report.lollipop.caption", [
                "gene": gene.symbol, "length": String(gene.proteinLength), "dataset": datasetText,
                "start": String(windows.last?.lowerBound ?? 1), "end": String(windows.last?.upperBound ?? gene.proteinLength),
            ]))
    }

    private func panel(
        window: ClosedRange<Int>, isDetail: Bool, gene: String, length: Int, features: [(String, ProteinFeature)],
        stems: [(HotspotResidue, Int)], maximum: Int, annotated: AnnotatedAlteration
    ) -> LollipopPanel {
        let plotWidth = Self.width - Self.left - Self.right
        let span = Double(window.count)
        func x(_ residue: Double) -> Double { Self.left + (residue - Double(window.lowerBound)) / span * plotWidth }
        func stemY(_ count: Int) -> Double { Self.backboneY - 6 - (Self.backboneY - 6 - Self.stemTop) * Double(count) / Double(maximum) }

        var marks: [FeatureMark] = []
        var laneEnds: [Double] = []
        for (number, feature) in features where feature.range.overlaps(window) {
            let left = x(Double(max(feature.start, window.lowerBound)))
            let barWidth = max(2.0, x(Double(min(feature.end, window.upperBound) + 1)) - left)
            let rect: PlotRect
            let numberX: Double
            let numberY: Double
            let numberAnchor: String
            if Self.backboneTypes.contains(feature.type) {
                rect = PlotRect(x: left, y: Self.backboneY - 3, width: barWidth, height: Self.backboneHeight + 6)
                (numberX, numberY, numberAnchor) = (left + barWidth / 2, Self.numberRowY, "middle")
            } else {
                // The first lane whose last bar (and its number) ends before this bar starts.
                let lane = laneEnds.firstIndex { $0 < left } ?? laneEnds.count
                if lane == laneEnds.count { laneEnds.append(0) }
                laneEnds[lane] = left + barWidth + 24
                let y = Self.firstLaneY + Double(lane) * Self.laneHeight
                rect = PlotRect(x: left, y: y, width: barWidth, height: 9)
                (numberX, numberY, numberAnchor) = (left + barWidth + 3, y + 8.5, "start")
            }
            marks.append(FeatureMark(
                rect: rect, style: Self.style(of: feature.type), number: number,
                numberX: PlotNumber.text(numberX), numberY: PlotNumber.text(numberY), numberAnchor: numberAnchor))
        }
        let axisY = Self.firstLaneY + Double(max(laneEnds.count, 1)) * Self.laneHeight + 4

        let patientRange = annotated.alteration.proteinRange
        let drawnStems = stems.filter { window.contains($0.0.start) }.map { row, count -> Stem in
            Stem(
                x: PlotNumber.text(x(Double(row.start) + 0.5)), top: PlotNumber.text(stemY(count)), base: PlotNumber.text(Self.backboneY),
                isPatientResidue: patientRange.map { $0.overlaps(row.range) } ?? false,
                title: texts("report.lollipop.stemTitle", ["residue": row.residue, "count": String(count), "changes": DisplayNumber.counts(row.variantCounts)]))
        }

        let step = max(1, Int(PlotNumber.niceStep(maximum: span, count: isDetail ? 8 : 6)))
        let ticks = [window.lowerBound] + stride(from: (window.lowerBound / step + 1) * step, through: window.upperBound, by: step)
            .filter { Double($0 - window.lowerBound) > span * 0.08 }
        let residueTicks = ticks.map { residue -> AxisTick in
            let tickX = x(Double(residue) + 0.5)
            return AxisTick(x1: tickX, y1: axisY, x2: tickX, y2: axisY + 4, labelX: tickX, labelY: axisY + 15, label: String(residue))
        }
        let countTicks = [0, maximum].map { count in
            AxisTick(
                x1: Self.left - 10, y1: stemY(count), x2: Self.left - 6, y2: stemY(count),
                labelX: Self.left - 12, labelY: stemY(count) + 3.5, label: String(count))
        }

        let variant = patientRange.flatMap { range -> VariantMark? in
            guard range.overlaps(window) else { return nil }
            let start = x(Double(max(range.lowerBound, window.lowerBound)))
            let end = max(start + 2, x(Double(min(range.upperBound, window.upperBound) + 1)))
            let middle = (start + end) / 2
            let anchorEnd = middle > Self.width - 120
            return VariantMark(
                points: [(middle - 5, 5.0), (middle + 5, 5.0), (middle, 14.0)].map { "\(PlotNumber.text($0.0)),\(PlotNumber.text($0.1))" }.joined(separator: " "),
                labelX: PlotNumber.text(anchorEnd ? middle - 8 : middle + 8), labelY: PlotNumber.text(13), anchor: anchorEnd ? "end" : "start",
                label: annotated.alteration.hgvspShort ?? annotated.alteration.hgvsp ?? annotated.alteration.source,
                span: PlotRect(x: start, y: Self.backboneY + Self.backboneHeight + 1, width: end - start, height: 3))
        }

        return LollipopPanel(
            width: PlotNumber.text(Self.width), height: PlotNumber.text(axisY + 22),
            description: isDetail
                ? texts("report.lollipop.detailDescription", ["gene": gene, "start": String(window.lowerBound), "end": String(window.upperBound)])
                : texts("report.lollipop.description", ["gene": gene, "length": String(length)]),
            backbone: PlotRect(x: Self.left, y: Self.backboneY, width: plotWidth, height: Self.backboneHeight),
            features: marks, stems: drawnStems, residueTicks: residueTicks,
            countAxis: PlotLine(x1: Self.left - 8, y1: Self.stemTop, x2: Self.left - 8, y2: Self.backboneY - 6),
            countTicks: countTicks, countLabel: texts("report.lollipop.countAxis"), variant: variant)
    }

    /// The single-residue rows of the verified Cancer Hotspots dataset with the most tumours that lists
    /// this gene (stems from one dataset only, so that counts are comparable).
    private func stemRows(gene: String) -> (HotspotDataset?, [HotspotResidue]) {
        let rows = knowledgebase.hotspots.rows(for: gene).filter { $0.type == "single_residue" }
        let candidates = Set(rows.map(\.dataset)).compactMap { knowledgebase.hotspots.datasets[$0] }.filter(\.verified)
        guard let dataset = candidates.max(by: { ($0.nTumors ?? 0, $1.id) < ($1.nTumors ?? 0, $0.id) }) else { return (nil, []) }
        return (dataset, rows.filter { $0.dataset == dataset.id }.sorted { ($0.start, $0.residue) < ($1.start, $1.residue) })
    }

    /// The residue range for the legend, or nil when the label already names it (`Exon 2 (aa 16-104)`).
    private static func rangeText(_ feature: ProteinFeature, label: String) -> String? {
        let numbers = label.split(whereSeparator: { !$0.isNumber }).map(String.init)
        guard !(numbers.contains(String(feature.start)) && numbers.contains(String(feature.end))) else { return nil }
        return feature.start == feature.end ? String(feature.start) : "\(feature.start)–\(feature.end)"
    }

    private static func style(of type: String) -> String {
        switch type {
        case "motif": return "feature-motif"
        case "reactive_cysteine": return "feature-cysteine"
        case "hotspot_window": return "feature-window"
        case "exon_protein_range": return "feature-exon"
        default: return "feature-cluster"
        }
    }
}
