import Annotator
import Foundation
import Interpretation
import Knowledgebase
import Testing

/// No two text labels of any picture overlap: every example at full detail (both protein panels and the survival
/// plots) in both languages, and proteins with the variant at either end, where its label meets the axis labels.
/// Boxes are estimated from the page's style sheet (`svg text { font-size: 9.5px }`): 0.62 em per Latin character,
/// 1 em per CJK character, 0.8 em above and 0.25 em below the baseline.
@Suite("SVG labels do not overlap")
struct SVGLayoutTests {
    struct Box: CustomStringConvertible {
        let label: String
        let minX, maxX, minY, maxY: Double
        var description: String { "'\(label)' [\(Int(minX))-\(Int(maxX)), \(Int(minY))-\(Int(maxY))]" }
        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX - 0.5 && other.minX < maxX - 0.5 && minY < other.maxY - 0.5 && other.minY < maxY - 0.5
        }
    }

    static let fontSize = 9.5

    /// Text boxes of each `<svg>` of a page (rotated texts are left out: the survival plot's y-axis title is drawn
    /// outside the plot area).
    static func boxes(in page: String) -> [[Box]] {
        let svgPattern = try! NSRegularExpression(pattern: #"<svg[\s\S]*?</svg>"#)
        let textPattern = try! NSRegularExpression(pattern: #"<text([^>]*)>([^<]*)</text>"#)
        let range = NSRange(page.startIndex..., in: page)
        return svgPattern.matches(in: page, range: range).compactMap { match in
            guard let svgRange = Range(match.range, in: page) else { return nil }
            let svg = String(page[svgRange])
            return textPattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { text -> Box? in
                guard let attributesRange = Range(text.range(at: 1), in: svg), let labelRange = Range(text.range(at: 2), in: svg) else { return nil }
                let attributes = String(svg[attributesRange])
                guard !attributes.contains("rotate"), let x = number("x", attributes), let y = number("y", attributes) else { return nil }
                let label = String(svg[labelRange]).replacingOccurrences(of: "&amp;", with: "&")
                let width = label.unicodeScalars.reduce(0.0) { $0 + ($1.value > 0x2E80 ? 1.0 : 0.62) } * fontSize
                let anchor = attribute("text-anchor", attributes) ?? "start"
                let minX = anchor == "end" ? x - width : anchor == "middle" ? x - width / 2 : x
                return Box(label: label, minX: minX, maxX: minX + width, minY: y - 0.8 * fontSize, maxY: y + 0.25 * fontSize)
            }
        }
    }

    private static func attribute(_ name: String, _ attributes: String) -> String? {
        guard let range = attributes.range(of: #"\b\#(name)="([^"]*)""#, options: .regularExpression) else { return nil }
        return String(attributes[range].dropFirst(name.count + 2).dropLast())
    }

    private static func number(_ name: String, _ attributes: String) -> Double? {
        attribute(name, attributes).flatMap(Double.init)
    }

    static func overlaps(in page: String) -> [String] {
        boxes(in: page).flatMap { boxes in
            boxes.indices.flatMap { i in boxes.indices.filter { $0 > i && boxes[i].overlaps(boxes[$0]) }.map { "\(boxes[i]) overlaps \(boxes[$0])" } }
        }
    }

    @Test("the examples' pictures", arguments: Examples.names)
    func examples(_ name: String) throws {
        for language in OutputLanguage.allCases {
            for detail in ReportDetail.allCases {
                let page = try Examples.output(name, .html, language, detail: detail)
                #expect(!Self.boxes(in: page).isEmpty)
                #expect(Self.overlaps(in: page).isEmpty, "\(name) \(language) \(detail): \(Self.overlaps(in: page))")
            }
        }
    }

    @Test("variants at either end of the protein, with long labels", arguments: [
        ("KEAP1", "p.E444Sfs*14"), ("KEAP1", "p.R601W"), ("KEAP1", "p.M1?"), ("KEAP1", "p.Q20*"), ("NFE2L2", "p.W24C"),
        ("NFE2L2", "p.E79K"), ("NFE2L2", "p.R569*"),
    ])
    func proteinEnds(_ gene: String, _ variant: String) throws {
        let interpretation = try Annotator(resources: try Examples.resources()).lookup(gene: gene, variant: variant, tumorType: "LUSC")
        for language in OutputLanguage.allCases {
            for detail in ReportDetail.allCases {
                let page = try HTMLReportWriter.text(interpretation, knowledgebase: try Examples.knowledgebase(), language: language, detail: detail)
                #expect(Self.overlaps(in: page).isEmpty, "\(gene) \(variant) \(language) \(detail): \(Self.overlaps(in: page))")
            }
        }
    }

    @Test("the overlap check finds an overlap")
    func detector() {
        let page = #"<svg><text x="10" y="20">p.E444Sfs*14</text><text x="40" y="22" text-anchor="start">label</text></svg>"#
        #expect(Self.overlaps(in: page).count == 1)
    }
}
