@testable import ReportReaders
import Testing

/// FoundationOne's `position` attribute (`chr2:178096498`, hg19) as a place on a chromosome.
@Suite("FoundationOne position")
struct FoundationOnePositionTests {
    @Test("chromosome spellings FMI and others write are placed; other text, other chromosomes and positions off the chromosome are not")
    func spellings() throws {
        for text in ["chr2:178096498", "2:178096498", "CHR2:178096498", "chrX:100", "chrM:16000", "MT:1"] {
            #expect(FoundationOnePosition.location(text) != nil, "\(text)")
        }
        #expect(try #require(FoundationOnePosition.location("chr2:178096498")) == ("2", 178_096_498))
        #expect(try #require(FoundationOnePosition.location("chrM:16000")) == ("MT", 16_000))
        for text in ["chr2:178096498:1", "chr2:", ":178096498", "chr2", "chr23:5", "chrUn:5", "chr2:0", "chr2:-5", "chr2:1e5",
                     "chr2:300000000", "chr2\u{FF1A}178096498", "chr\u{FF12}:178096498", "chr2:178096498\u{0301}", ""] {
            #expect(FoundationOnePosition.location(text) == nil, "\(text)")
        }
        #expect(FoundationOnePosition.location(nil) == nil)
    }

    @Test("ASCII positions have the parts the Character split gave: empty parts between doubled, leading or trailing colons are dropped, CR LF stays in its part")
    func byteSplitKeepsTheCharacterSplitsParts() throws {
        // CR LF, one Character of two bytes, stays in the chromosome's part, whose white space is trimmed.
        for text in ["chr2::178096498", ":chr2:178096498", "chr2:178096498:", "::chr2::178096498::", "chr2\r\n:178096498"] {
            #expect(try #require(FoundationOnePosition.location(text), "\(text)") == ("2", 178_096_498))
        }
        for text in ["chr2:178096498\r\n", "chr2:1:2", "::"] {
            #expect(FoundationOnePosition.location(text) == nil, "\(text.debugDescription)")
        }
    }
}
