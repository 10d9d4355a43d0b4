import Foundation
import ReportModel
import ReportReaders
import Testing

/// The FoundationOne XML reader on small hand-written documents.
@Suite("FoundationOne XML reader")
struct FoundationOneReaderTests {
    /// A ResultsReport around the given variant-report content.
    static func document(_ content: String, attributes: String = #"disease-ontology="Lung adenocarcinoma""#) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rr:ResultsReport xmlns:rr="http://integration.foundationmedicine.com/reporting">
          <rr:ResultsPayload>
            <variant-report xmlns="http://foundationmedicine.com/compbio/variant-report-external" \(attributes)>
        \(content)
            </variant-report>
          </rr:ResultsPayload>
        </rr:ResultsReport>
        """
    }

    @Test("a splice variant written 'splice site …' is kept and reaches the interpretation with a disposition")
    func spliceVariantKept() throws {
        let xml = Self.document("""
            <short-variants>
              <short-variant allele-fraction="0.2" cds-effect="1325+1G&gt;A" depth="400" functional-effect="splice" gene="KEAP1" protein-effect="splice site 1325+1G&gt;A" status="likely" transcript="NM_012289"/>
            </short-variants>
            """)
        let reading = try ReaderTestSupport.read(xml)
        let variant = try #require(reading.report.shortVariants.first)
        #expect(variant.hgvsc == "1325+1G>A" && variant.hgvsp == "splice site 1325+1G>A")
        #expect(variant.reportedStatus == "likely; functional effect: splice")
        let output = try ReaderTestSupport.annotated(Data(xml.utf8), fileName: "splice.xml")
        let alteration = try #require(output.alterations.first)
        #expect(alteration.text("source")?.contains("splice site 1325+1G>A") == true)
        let disposition = try #require(alteration.text("disposition"))
        #expect(["interpreted", "uninterpretable"].contains(disposition))
        if disposition == "uninterpretable" { #expect(alteration.text("reason") != nil) }
    }

    @Test("an NFE2L2 substitution on another isoform with its hg19 position and strand is placed on MANE; without a position it stays transcript_unknown")
    func isoformByPosition() throws {
        // NM_001145412 c.785A>G (N262S) at chr2:178096498 on the minus strand = MANE NM_006164.5 c.833A>G p.N278S
        // (PROVENANCE.md of the external corpus, from the LifeOmic FoundationOne fixture).
        let placed = Self.document(#"<short-variants><short-variant cds-effect="785A&gt;G" gene="NFE2L2" position="chr2:178096498" protein-effect="N262S" strand="-" transcript="NM_001145412"/></short-variants>"#)
        let alteration = try #require(try ReaderTestSupport.annotated(Data(placed.utf8), fileName: "isoform.xml").alterations.first)
        #expect(alteration.text("hgvsc") == "c.833A>G" && alteration.text("hgvspShort") == "p.N278S")
        let unplaced = Self.document(#"<short-variants><short-variant cds-effect="785A&gt;G" gene="NFE2L2" protein-effect="N262S" transcript="NM_001145412"/></short-variants>"#)
        let unknown = try #require(try ReaderTestSupport.annotated(Data(unplaced.utf8), fileName: "isoform.xml").alterations.first)
        #expect(unknown.text("disposition") == "uninterpretable" && unknown.text("reason") == "transcript_unknown")
    }

    @Test("copy-number types: amplification, loss with copy number 0 is a deletion, loss otherwise a loss")
    func copyNumberTypes() throws {
        let xml = Self.document("""
            <copy-number-alterations>
              <copy-number-alteration copy-number="10" gene="KEAP1" number-of-exons="5 of 5" type="amplification"/>
              <copy-number-alteration copy-number="0" gene="CDKN2A" number-of-exons="3 of 3" type="loss"/>
              <copy-number-alteration copy-number="1" gene="PTEN" number-of-exons="2 of 9" type="loss"/>
              <copy-number-alteration gene="SMAD4" type="loss"/>
              <copy-number-alteration copy-number="6" gene="MYC" type="partial amplification"/>
            </copy-number-alterations>
            """)
        let alterations = try ReaderTestSupport.read(xml).report.copyNumberAlterations
        #expect(alterations.map(\.kind) == [.amplification, .deletion, .loss, .loss, .amplification])
        #expect(alterations[0].exons == "5 of 5" && alterations[0].copyNumber == 10)
    }

    @Test("an unknown copy-number type makes that alteration unreadable, naming the element; the others are read")
    func unknownCopyNumberType() throws {
        let xml = Self.document(#"<copy-number-alterations><copy-number-alteration gene="KEAP1" type="wobble"/><copy-number-alteration gene="MYC" type="amplification"/></copy-number-alterations>"#)
        let reading = try ReaderTestSupport.read(xml)
        #expect(reading.report.unreadableAlterations == [UnreadableAlteration(
            gene: "KEAP1", kind: .copyNumber, reason: "@type: expected amplification, gain, loss or deletion, found 'wobble'",
            location: SourceLocation("line 5, /rr:ResultsReport/rr:ResultsPayload/variant-report/copy-number-alterations/copy-number-alteration[1]"))])
        #expect(reading.report.copyNumberAlterations.map(\.gene) == ["MYC"])
        #expect(reading.notices.contains { $0.hasPrefix("test: the report was partly unreadable: 1 alteration element(s) could not be read") })
    }

    @Test("rearrangements: fusion partner genes, in-frame, and FMI's 'N/A' other gene")
    func rearrangements() throws {
        let xml = Self.document("""
            <rearrangements>
              <rearrangement description="EML4-ALK fusion" in-frame="Yes" other-gene="EML4" targeted-gene="ALK" type="fusion"/>
              <rearrangement description="NFE2L2 rearrangement" in-frame="unknown" other-gene="N/A" targeted-gene="NFE2L2" type="rearrangement"/>
              <rearrangement in-frame="No" other-gene="KEAP1" targeted-gene="KEAP1" type="truncation"/>
            </rearrangements>
            """)
        let events = try ReaderTestSupport.read(xml).report.rearrangements
        #expect(events.map(\.genes) == [["ALK", "EML4"], ["NFE2L2"], ["KEAP1"]])
        #expect(events.map(\.kind) == [.fusion, .rearrangement, .truncation])
        #expect(events.map(\.inFrame) == [true, nil, false])
        #expect(events[2].reportedDescription == "KEAP1 truncation")
    }

    @Test("a rearrangement's gene written target-gene (as an earlier LifeOmic export does) is read as targeted-gene")
    func targetGeneSpelling() throws {
        let xml = Self.document(#"<rearrangements><rearrangement other-gene="N/A" target-gene="NFE2L2" type="rearrangement"/></rearrangements>"#)
        let reading = try ReaderTestSupport.read(xml)
        #expect(reading.report.rearrangements.map(\.genes) == [["NFE2L2"]])
        #expect(reading.report.unreadableAlterations.isEmpty)
    }

    @Test("a short variant without a gene is unreadable, with the element path and line")
    func missingGene() throws {
        let xml = Self.document(#"<short-variants><short-variant cds-effect="1A&gt;G"/><short-variant cds-effect="2A&gt;G"/></short-variants>"#)
        let unreadable = try ReaderTestSupport.read(xml).report.unreadableAlterations
        #expect(unreadable.map(\.location.path) == (1...2).map { "line 5, /rr:ResultsReport/rr:ResultsPayload/variant-report/short-variants/short-variant[\($0)]" })
        #expect(unreadable.map(\.reason) == Array(repeating: "a short-variant needs a gene attribute", count: 2))
        #expect(unreadable.allSatisfy { $0.gene == nil && $0.kind == .shortVariant })
    }

    @Test("an unreadable KEAP1 element is an uninterpretable alteration with reason 'unreadable' and the detail")
    func unreadableInterpretation() throws {
        let xml = Self.document(#"<short-variants><short-variant allele-fraction="52" gene="KEAP1" protein-effect="G333C"/><short-variant allele-fraction="0.3" gene="KRAS" protein-effect="G12C"/></short-variants>"#)
        let output = try ReaderTestSupport.annotated(Data(xml.utf8), fileName: "partial.xml")
        let alteration = try #require(output.alterations.first)
        #expect(output.alterations.count == 1)
        #expect(alteration.text("disposition") == "uninterpretable" && alteration.text("reason") == "unreadable")
        #expect(alteration.text("reasonDetail") == "@allele-fraction: expected a fraction between 0 and 1, found '52'")
        #expect((output["otherAlterations"] as? [[String: Any]])?.count == 1)
        #expect((output["warnings"] as? [String])?.contains { $0.contains("partly unreadable") } == true)
        #expect(output.text("summary")?.contains("KEAP1 short_variant (unreadable) could not be interpreted (unreadable).") == true)
    }

    @Test("VAF: allele-fraction, else percent-reads as a percentage; out-of-range values are errors")
    func alleleFractions() throws {
        let xml = Self.document("""
            <short-variants>
              <short-variant cds-effect="997G&gt;T" gene="KEAP1" percent-reads="52.5" protein-effect="G333C"/>
            </short-variants>
            """)
        #expect(try ReaderTestSupport.read(xml).report.shortVariants.first?.vaf == 0.525)
        let bad = Self.document(#"<short-variants><short-variant allele-fraction="52" gene="KEAP1" protein-effect="G333C"/></short-variants>"#)
        #expect(try ReaderTestSupport.read(bad).report.unreadableAlterations.map(\.reason) == ["@allele-fraction: expected a fraction between 0 and 1, found '52'"])
    }

    @Test("a bare variant-report root is read; the diagnosis falls back to pathology-diagnosis, then disease")
    func bareVariantReport() throws {
        let xml = #"<variant-report xmlns="http://foundationmedicine.com/compbio/variant-report-external" disease="LUNG" pathology-diagnosis="Squamous cell carcinoma" test-type="FoundationOneLiquidDx"><short-variants/></variant-report>"#
        let reading = try ReaderTestSupport.read(xml)
        #expect(reading.format == .foundationOneXML)
        #expect(reading.report.tumorType.diagnosisText == "Squamous cell carcinoma")
        #expect(reading.report.panel == "FoundationOneLiquidDx")
        #expect(reading.report.patientId == nil && reading.report.specimenId == nil)
    }

    @Test("elements the reader does not use are not kept, but still count for the [n] of their same-named siblings")
    func unreadElementsKeepPositions() throws {
        // short-variant[2] is inside an element the reader never reads; the third is short-variant[3] all the same.
        let xml = Self.document("""
            <short-variants>
              <short-variant gene="KRAS" protein-effect="G12C"><dna-evidence sample="S1"/></short-variant>
              <short-variant gene="TP53" protein-effect="R273H"/>
              <short-variant gene="KEAP1" allele-fraction="7" protein-effect="G333C"/>
            </short-variants>
            <other-list><short-variant gene="EGFR" protein-effect="L858R"/></other-list>
            """)
        let report = try ReaderTestSupport.read(xml).report
        #expect(report.shortVariants.map(\.gene) == ["KRAS", "TP53"])
        #expect(report.shortVariants.map(\.location.path) == (1...2).map { "line \(5 + $0), /rr:ResultsReport/rr:ResultsPayload/variant-report/short-variants/short-variant[\($0)]" })
        #expect(report.unreadableAlterations.map(\.location.path) == ["line 8, /rr:ResultsReport/rr:ResultsPayload/variant-report/short-variants/short-variant[3]"])
    }

    @Test("attribute values with character references and predefined entities are read as the characters they stand for")
    func attributeReferences() throws {
        let xml = Self.document(#"<short-variants><short-variant gene="KEAP1" cds-effect="997G&gt;T" protein-effect="G333C" transcript="NM&#95;012289 &amp;&#x41;&#38;&lt;&quot;&apos;"/></short-variants>"#)
        let variant = try #require(try ReaderTestSupport.read(xml).report.shortVariants.first)
        #expect(variant.hgvsc == "997G>T")
        #expect(variant.transcript == "NM_012289 &A&<\"'")
    }

    @Test("a ResultsReport without a variant-report is an error")
    func missingVariantReport() {
        let xml = #"<rr:ResultsReport xmlns:rr="http://integration.foundationmedicine.com/reporting"><rr:ResultsPayload/></rr:ResultsReport>"#
        #expect(ReaderTestSupport.readError(Data(xml.utf8))?.problem == "expected exactly one variant-report element, found 0")
    }
}
