@testable import ReportReaders
import Testing

/// Element positions (`short-variant[3]`) come from ``SiblingCounts``: the same answers before and after its
/// short list overflows into its dictionary, and nothing left over once it is emptied for the next element.
@Suite struct SiblingCountsTests {
    @Test("positions of interleaved names, past the short list's limit, and after emptying")
    func positions() {
        var counts = SiblingCounts<String>()
        // 40 distinct names, each seen three times in rounds, so that most land in the dictionary.
        let names = (1...40).map { "n\($0)" }
        for round in 1...3 {
            for name in names {
                #expect(counts.add(name) == round, "\(name) in round \(round)")
            }
        }
        #expect(names.allSatisfy { counts.count(of: $0) == 3 })
        #expect(counts.count(of: "absent") == 0)
        counts.removeAll()
        #expect(names.allSatisfy { counts.count(of: $0) == 0 })
        #expect(counts.add("n40") == 1)
        #expect(counts.add("n1") == 1)
        #expect(counts.add("n40") == 2)
    }
}
