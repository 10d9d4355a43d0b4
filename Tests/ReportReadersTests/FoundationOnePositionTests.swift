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

    @Test("ASCII positions are split by bytes into the parts the Character split gives, colons doubled or trailing included")
    func byteSplitMatchesCharacterSplit() {
        for text in ["chr2:178096498", "chr2::178096498", ":chr2:5:", "a:b:c", "::", "chr2:1\r\n", "\r\n:\r\n", "x"] {
            let bytes = text.utf8.split(separator: UInt8(ascii: ":")).map { String(Substring($0)) }
            #expect(bytes == text.split(separator: ":").map(String.init), "\(text.debugDescription)")
        }
    }
}
