import Foundation

/// A lollipop plot of one or more genes as SVG text: each protein drawn to scale with its motifs, exon
/// ranges and 3D hotspot clusters, and one stem per mutated residue whose height is proportional to the
/// number of calls there. Pure text, no randomness, fixed number formatting: equal input gives equal bytes.
public enum LollipopSVG {
    private static let width = 1000.0
    private static let left = 70.0
    private static let right = 30.0
    private static let panelHeight = 300.0
    private static let stemTop = 60.0
    private static let baseline = 200.0
    private static var plotWidth: Double { width - left - right }
    /// At most this many residues are labelled, most frequent first.
    private static let maximumLabels = 12

    /// The fill colour of each class (stems are coloured by the first class of their residue).
    static let classColors: [AlterationClass: String] = [
        .dlg: "#1f77b4", .etge: "#d62728", .truncating: "#333333", .hotspotMissense: "#ff7f0e",
        .other: "#2ca02c", .uninterpretable: "#7f7f7f",
    ]
    /// The fill colour of each feature type.
    static let featureColors = ["motif": "#9467bd", "exon_protein_range": "#8c564b", "hotspot_cluster": "#17becf"]

    /// The SVG document, one panel per gene in the given order.
    public static func render(_ genes: [GeneLollipop], title: String) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(format(width))\" height=\"\(format(panelHeight * Double(genes.count) + 30))\" "
                + "viewBox=\"0 0 \(format(width)) \(format(panelHeight * Double(genes.count) + 30))\" font-family=\"Helvetica, Arial, sans-serif\">",
            "<title>\(escape(title))</title>",
            "<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
            text(x: left, y: 20, escape(title), size: 14, weight: "bold"),
        ]
        for (index, gene) in genes.enumerated() {
            lines += panel(gene, top: 30 + panelHeight * Double(index))
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func panel(_ gene: GeneLollipop, top: Double) -> [String] {
        let length = max(gene.proteinLength, gene.residues.last?.residue ?? 1, 1)
        func x(_ position: Double) -> Double { left + position / Double(length) * plotWidth }
        let maximum = max(gene.residues.map(\.calls).max() ?? 1, 1)
        let base = top + baseline
        var lines = ["<g id=\"\(escape(gene.gene))\">"]
        let unplaced = gene.unplacedCalls == 0 ? "" : "; \(gene.unplacedCalls) not placed (uninterpretable)"
        lines.append(text(x: left, y: top + 20, "\(gene.gene) (\(gene.proteinLength) aa): \(gene.placedCalls) calls at \(gene.residues.count) residues\(unplaced)", size: 13, weight: "bold"))
        // Count axis.
        lines.append(line(x1: left - 10, y1: base, x2: left - 10, y2: top + stemTop, color: "#555555"))
        lines.append(text(x: left - 14, y: base + 4, "0", size: 10, anchor: "end"))
        lines.append(text(x: left - 14, y: top + stemTop + 4, String(maximum), size: 10, anchor: "end"))
        lines.append("<text x=\"\(format(left - 40))\" y=\"\(format(top + (stemTop + baseline) / 2))\" font-size=\"10\" text-anchor=\"middle\" transform=\"rotate(-90 \(format(left - 40)) \(format(top + (stemTop + baseline) / 2)))\">calls</text>")
        // Stems, most frequent drawn last so that they stay visible.
        let ordered = gene.residues.sorted { ($0.calls, $1.residue) < ($1.calls, $0.residue) }
        for residue in ordered {
            let center = x(Double(residue.residue) - 0.5)
            let height = Double(residue.calls) / Double(maximum) * (baseline - stemTop)
            let color = residue.classes.first.flatMap { classColors[$0] } ?? "#7f7f7f"
            lines.append(line(x1: center, y1: base, x2: center, y2: base - height, color: "#999999"))
            lines.append("<circle cx=\"\(format(center))\" cy=\"\(format(base - height))\" r=\"4\" fill=\"\(color)\" stroke=\"#ffffff\" stroke-width=\"0.5\"><title>\(escape(tooltip(residue)))</title></circle>")
        }
        // Labels for the most frequent residues, skipping any that would overlap a label already placed.
        var placed: [(x: Double, y: Double)] = []
        for residue in ordered.reversed().prefix(maximumLabels) where residue.calls >= 2 {
            let center = x(Double(residue.residue) - 0.5)
            let y = base - Double(residue.calls) / Double(maximum) * (baseline - stemTop) - 8
            guard !placed.contains(where: { abs($0.x - center) < 52 && abs($0.y - y) < 14 }) else { continue }
            placed.append((center, y))
            lines.append(text(x: center, y: y, "\(residue.reference ?? "")\(residue.residue) (\(residue.calls))", size: 9, anchor: "middle"))
        }
        // Protein backbone and features.
        lines.append("<rect x=\"\(format(left))\" y=\"\(format(base))\" width=\"\(format(plotWidth))\" height=\"14\" fill=\"#dddddd\"/>")
        let tracks: [String: (y: Double, height: Double)] = [
            "motif": (base, 14), "exon_protein_range": (base + 20, 8), "hotspot_cluster": (base + 32, 8),
        ]
        for feature in gene.features {
            guard let track = tracks[feature.type] else { continue }
            let start = x(Double(feature.start - 1))
            let end = x(Double(feature.end))
            lines.append("<rect x=\"\(format(start))\" y=\"\(format(track.y))\" width=\"\(format(max(end - start, 1)))\" height=\"\(format(track.height))\" fill=\"\(featureColors[feature.type] ?? "#999999")\" fill-opacity=\"0.8\"><title>\(escape("\(feature.label) (\(feature.start)-\(feature.end))"))</title></rect>")
            if feature.type == "motif" {
                lines.append(text(x: (start + end) / 2, y: base + 11, feature.id, size: 8, anchor: "middle", color: "#ffffff"))
            }
        }
        lines.append(text(x: left + plotWidth + 2, y: base + 28, "exons", size: 8, color: featureColors["exon_protein_range"] ?? ""))
        lines.append(text(x: left + plotWidth + 2, y: base + 40, "3D", size: 8, color: featureColors["hotspot_cluster"] ?? ""))
        // Residue axis.
        // Every 100 residues, and the first and last; a tick too close to the last is left out.
        let ticks = [1] + stride(from: 100, to: length, by: 100).filter { Double(length - $0) > 0.04 * Double(length) } + [length]
        for tick in ticks {
            let position = x(Double(tick) - 0.5)
            lines.append(line(x1: position, y1: base + 44, x2: position, y2: base + 48, color: "#555555"))
            lines.append(text(x: position, y: base + 60, String(tick), size: 9, anchor: "middle"))
        }
        lines.append(legend(top: base + 78))
        lines.append("</g>")
        return lines
    }

    private static func legend(top: Double) -> String {
        var parts: [String] = []
        var position = left
        for alterationClass in AlterationClass.allCases {
            parts.append("<circle cx=\"\(format(position))\" cy=\"\(format(top - 3))\" r=\"4\" fill=\"\(classColors[alterationClass] ?? "")\"/>")
            parts.append(text(x: position + 8, y: top, alterationClass.rawValue, size: 9))
            position += 120
        }
        return parts.joined(separator: "\n")
    }

    private static func tooltip(_ residue: ResidueCount) -> String {
        let changes = residue.changes.map { "\($0.change) ×\($0.count)" }.joined(separator: ", ")
        return "\(residue.reference ?? "")\(residue.residue): \(residue.calls) calls in \(residue.patients) patients (\(changes))"
    }

    private static func line(x1: Double, y1: Double, x2: Double, y2: Double, color: String) -> String {
        "<line x1=\"\(format(x1))\" y1=\"\(format(y1))\" x2=\"\(format(x2))\" y2=\"\(format(y2))\" stroke=\"\(color)\" stroke-width=\"1\"/>"
    }

    private static func text(
        x: Double, y: Double, _ content: String, size: Int, anchor: String = "start", weight: String = "normal",
        color: String = "#000000"
    ) -> String {
        "<text x=\"\(format(x))\" y=\"\(format(y))\" font-size=\"\(size)\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\" fill=\"\(color)\">\(escape(content))</text>"
    }

    /// One decimal, so that output does not depend on floating-point printing.
    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Text safe inside SVG elements and attributes.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
