import Foundation
import Interpretation
import Normalization
import Testing
import TestSupport

/// Real-world KEAP1/NFE2L2 spellings copied from public files (../shared/corpus/variant-spellings.txt).
@Suite("Real-world variant spellings")
struct VariantSpellingCorpusTests {
    struct Spelling: Sendable, CustomStringConvertible {
        let gene: String
        let text: String
        var description: String { "\(gene) \(text)" }
    }

    static func spellings() -> [Spelling] {
        guard SharedData.isAvailable, let lines = try? SharedData.dataLines("corpus/variant-spellings.txt") else { return [] }
        return lines.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { return nil }
            return Spelling(gene: String(fields[0]), text: String(fields[1]))
        }
    }

    @Test("every spelling gets a disposition, and uninterpretable ones say why", .requiresSharedData)
    func everySpellingHasADisposition() throws {
        let spellings = Self.spellings()
        #expect(spellings.count > 50)
        for spelling in spellings {
            let entry = try TestResources.lookup(spelling.gene, spelling.text)
            let alteration = entry.annotated.alteration
            if alteration.disposition == .uninterpretable {
                #expect(alteration.reason != nil && alteration.reasonDetail != nil, "\(spelling)")
                #expect(alteration.reason.flatMap(UninterpretableReason.init(rawValue:)) != nil, "\(spelling): \(alteration.reason ?? "")")
            } else if alteration.kind == .shortVariant {
                #expect((alteration.hgvsc != nil || alteration.hgvsp != nil) && alteration.consequence != nil, "\(spelling)")
            }
        }
    }

    @Test("every clean protein or coding spelling is interpreted: its reference residues agree with the knowledgebase", .requiresSharedData)
    func cleanSpellingsAreInterpreted() throws {
        // Clean = one change without spaces, commas or UTF-7 corruption ('+AD4-'), and not a transcript, position or copy number.
        let clean = Self.spellings().filter { spelling in
            let text = spelling.text
            return !text.contains(" ") && !text.contains(",") && !text.contains("+A") && !text.hasPrefix("NM_") && !text.hasPrefix("chr")
                && text != "amplification" && !text.contains("LWRQDIDLGVSREVFDFSQ")
        }
        #expect(clean.count > 40)
        for spelling in clean {
            let alteration = try TestResources.lookup(spelling.gene, spelling.text).annotated.alteration
            #expect(alteration.disposition == .interpreted, "\(spelling): \(alteration.reasonDetail ?? "")")
        }
    }

    @Test("space-separated c./p. pairs from database dumps are read as the coding change with the protein change compared")
    func spaceSeparatedPair() throws {
        let entry = try TestResources.lookup("KEAP1", "c.1122G>A p.L374L")
        #expect(entry.annotated.alteration.hgvsc == "c.1122G>A")
        #expect(entry.annotated.alteration.hgvsp == "p.Leu374=")
    }
}
