@testable import KeapnrfServerApp
import Testing

/// The request log's `duration_ms`: milliseconds with three decimals, from the duration's seconds and attoseconds.
@Suite struct DurationFormatTests {
    @Test(arguments: [
        (Duration.microseconds(7), "0.007"), (.microseconds(12_345), "12.345"), (.seconds(2), "2000.000"),
        (.seconds(1) + .microseconds(1_050), "1001.050"), (.nanoseconds(999), "0.000"), (.zero, "0.000"),
    ])
    func milliseconds(_ duration: Duration, expected: String) {
        #expect(OperationsMiddleware.milliseconds(duration) == expected)
    }
}
