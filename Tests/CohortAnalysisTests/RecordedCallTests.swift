import CohortAnalysis
import Testing

/// Reading `;`-joined change cells with TCGA MC3's `[FILTER]` tags.
@Suite("Change cells")
struct RecordedCallTests {
    @Test("A cell of several calls, one filtered by MC3")
    func filteredCall() {
        // TCGA HNSC patient row: `p.Q178L;p.Q177H[oxog]` (KEAP1_status MUT, KEAP1_status_PASS MUT).
        #expect(RecordedCall.calls(in: "p.Q178L;p.Q177H[oxog]") == [
            RecordedCall(change: "p.Q178L"), RecordedCall(change: "p.Q177H", filter: "oxog"),
        ])
    }

    @Test("Missing-value markers hold no calls", arguments: ["", "NA", "NaN", "[Not Available]", " NA "])
    func missing(_ cell: String) {
        #expect(RecordedCall.calls(in: cell).isEmpty)
    }
}
