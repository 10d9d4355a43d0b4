import Knowledgebase

/// Writes one entry of the evidence list: the statement, population, citation, locator and links.
struct EvidenceEntryBuilder {
    let texts: ReportTexts
    /// False on the summary page: entries give the citation, locator and links, not the population.
    var withDetail = true

    func entry(_ cited: CitedEvidence, id: String, number: Int, showStatement: Bool) -> EvidenceEntry {
        let item = cited.item
        let citation = cited.citation
        let title = withDetail ? Self.citationText(citation) : Self.shortCitationText(citation)
        // The summary page links the DOI and PubMed record only; the full page also the source's own address.
        let links = Self.links(citation).filter { withDetail || !$0.label.hasPrefix("http") }
        let verified = item.verified && (citation?.verified ?? false)
        return EvidenceEntry(
            number: String(number), anchor: "evidence-\(number)", id: id,
            statement: showStatement && withDetail ? texts.localized(item.statement) : nil,
            population: withDetail ? texts.localized(item.population) : nil,
            detail: withDetail,
            citation: title.isEmpty ? item.citation : title,
            locator: item.locator,
            verification: texts(verified ? "report.evidence.verified" : "report.evidence.unverified"),
            links: links)
    }

    /// Only plain http(s) addresses become links: no other schemes, no spaces, quotes or angle brackets.
    static func isLinkable(_ url: String) -> Bool {
        (url.hasPrefix("https://") || url.hasPrefix("http://")) && !url.contains(where: { $0.isWhitespace || "<>\"'`".contains($0) })
    }

    /// "Authors. Title. Journal Year." from the parts the citation has.
    static func citationText(_ citation: Citation?) -> String {
        [citation?.authors, citation?.title, [citation?.journal, citation?.year.map(String.init)].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    /// "First author et al. Journal Year." (with the title when there is no author) for the summary page.
    static func shortCitationText(_ citation: Citation?) -> String {
        let first = citation?.authors.map { authors in
            authors.firstIndex(of: ",").map { "\(authors[..<$0]) et al." } ?? authors
        }
        return [first ?? citation?.title, [citation?.journal, citation?.year.map(String.init)].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    /// Links to the source: DOI, PubMed, then the citation's own address.
    static func links(_ citation: Citation?) -> [Link] {
        [
            citation?.doi.map { Link(label: "DOI \($0)", url: "https://doi.org/\($0)") },
            citation?.pmid.map { Link(label: "PMID \($0)", url: "https://pubmed.ncbi.nlm.nih.gov/\($0)/") },
            citation?.url.map { Link(label: $0, url: $0) },
        ].compactMap { $0 }.filter { isLinkable($0.url) }
    }
}
