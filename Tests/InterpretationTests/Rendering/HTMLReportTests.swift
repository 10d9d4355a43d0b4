import Foundation
@testable import Interpretation
import Knowledgebase
import Testing

/// The HTML page is well-formed, self-contained, and shows every alteration, both evidence levels and the
/// provenance hashes. Expected values come from the interpretation and the knowledgebase, not from the page.
@Suite("HTML tumour-board report")
struct HTMLReportTests {
    static let cases = Examples.names.flatMap { name in OutputLanguage.allCases.map { (name, $0) } }

    @Test("well-formed, with one card per alteration, both levels and the provenance hashes", arguments: cases)
    func content(_ name: String, _ language: OutputLanguage) throws {
        let interpretation = try Examples.interpretation(name)
        let knowledgebase = try Examples.knowledgebase()
        let html = try HTMLReportWriter.text(interpretation, knowledgebase: knowledgebase, language: language)
        let page = try ParsedPage(html)

        #expect(page.count("article") == interpretation.alterations.count)
        #expect(page.rootLanguage == language.rawValue)
        for entry in interpretation.alterations {
            let alteration = entry.annotated.alteration
            #expect(html.contains("\(alteration.gene) \(alteration.hgvsp ?? alteration.source)"))
            if let hgvsc = alteration.hgvsc { #expect(html.contains(escaped(hgvsc))) }
        }
        // Both frameworks: the AMP/ASCO/CAP level of a statement, and, once in the legend (never per row), that the
        // Japanese level is for the panel to assign.
        let texts = knowledgebase.texts
        let statement = try #require(interpretation.alterations.flatMap { $0.prognosis }.first)
        let amp = try #require(statement.levels.first { $0.framework == "amp_asco_cap_2017" })
        #expect(html.contains("<strong>\(escaped(amp.level ?? "?"))</strong>"))
        #expect(!html.contains(escaped(texts.text("report.level.none", language))))
        #expect(html.components(separatedBy: escaped(texts.text("level.jp.unassigned", language))).count == 2)
        // Page one: one row per alteration, linking to its card.
        for index in interpretation.alterations.indices { #expect(html.contains("<a href=\"#alteration-\(index + 1)\">")) }
        let provenance = interpretation.provenance
        for hash in [provenance.knowledgebaseSHA256, provenance.rulesSHA256, provenance.inputSHA256, InterpretationDigest.sha256(interpretation)] {
            #expect(html.contains(hash))
        }
        #expect(html.contains(escaped(language == .ja ? interpretation.disclaimer.ja : interpretation.disclaimer.en)))
    }

    @Test("self-contained: no scripts, external style sheets, fonts, images or frames", arguments: cases)
    func selfContained(_ name: String, _ language: OutputLanguage) throws {
        let page = try ParsedPage(try Examples.output(name, .html, language))
        for element in ["script", "link", "img", "iframe", "object", "embed", "image", "use"] {
            #expect(page.count(element) == 0, "\(element)")
        }
        #expect(page.attributes["src"] == nil)
        #expect(!page.styleText.isEmpty && !page.styleText.contains("@import") && !page.styleText.contains("url("))
        // Every link is to a web page (evidence) or to an anchor of the page itself.
        let hrefs = page.attributes["href"] ?? []
        #expect(hrefs.allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") || $0.hasPrefix("#") })
    }

    @Test("every label in every language comes from texts.yaml: no key is printed in place of a text", arguments: cases)
    func noMissingTexts(_ name: String, _ language: OutputLanguage) throws {
        let html = try Examples.output(name, .html, language)
        let markdown = try Examples.output(name, .markdown, language)
        let body = html.components(separatedBy: "</style>").last ?? html
        for text in [body, markdown] {
            #expect(!text.contains("report."), "a report.* key was printed instead of its text")
            #expect(text.range(of: #"\{[A-Za-z]+\}"#, options: .regularExpression) == nil, "a {placeholder} was left unfilled")
        }
    }

    @Test("every label a template uses exists in both languages")
    func templateLabels() throws {
        let texts = try Examples.knowledgebase().texts
        let templates = Array(HTMLTemplates.all.values) + Array(MarkdownTemplates.all.values)
        var missing: [String] = []
        for template in templates {
            var rest = template[...]
            while let range = rest.range(of: #"label\.[A-Za-z]+"#, options: .regularExpression) {
                let key = "report." + rest[range].dropFirst("label.".count)
                let entry = texts.texts[key]
                if entry == nil || entry?.en.isEmpty == true || entry?.ja.isEmpty == true { missing.append(key) }
                rest = rest[range.upperBound...]
            }
        }
        #expect(missing.isEmpty, "\(Set(missing).sorted())")
    }

    @Test("values are escaped: markup in a report field is shown as text")
    func escaping() throws {
        var interpretation = try Examples.interpretation("lusc-nfe2l2-e79k")
        interpretation.report.patientId = #"<script>alert("x")</script> & 'q'"#
        interpretation.report.panel = "</td></tr></table><h1>injected"
        let html = try HTMLReportWriter.text(interpretation, knowledgebase: try Examples.knowledgebase(), language: .en)
        _ = try ParsedPage(html)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        #expect(!html.contains("<h1>injected"))
        let markdown = try MarkdownReportWriter.text(interpretation, knowledgebase: try Examples.knowledgebase(), language: .en)
        #expect(markdown.contains(#"\<script>alert("x")\</script> & 'q'"#))
        #expect(markdown.contains(#"\</td>\</tr>\</table>\<h1>injected"#))
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}
