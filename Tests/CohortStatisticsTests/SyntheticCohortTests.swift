import Testing

/// The generated synthetic cohort must be byte-identical to the one the R oracle analysed,
/// otherwise the comparisons against `oracles/ref/synthetic/*_R.json` are skipped.
@Suite("Synthetic cohort generation")
struct SyntheticCohortTests {
    @Test("make_cohort.py output has the oracle's md5 (4-decimal and whole-month times)",
          .enabled(if: (try? SyntheticCohort.standard.get()) != nil, SyntheticCohort.skipMessage))
    func md5Matches() throws {
        for generated in [try SyntheticCohort.standard.get(), try SyntheticCohort.ties.get()] {
            #expect(!generated.expectedMD5.isEmpty, "no md5 listed for \(generated.url.lastPathComponent)")
            #expect(generated.md5 == generated.expectedMD5, "\(generated.url.path): md5 \(generated.md5)")
        }
    }
}
