import Foundation
@testable import KeapnrfServerApp
import Testing

/// The log line's time is what Foundation's ISO 8601 style writes for the same instant.
@Suite struct LogTimeTests {
    /// Seconds since 1970 across leap days, century years, the epoch and before it, the last second of a year, and
    /// the first day of the Gregorian calendar (1582-10-15; before it Foundation counts Julian days).
    static let instants: [(seconds: Int, milliseconds: Int)] = [
        (0, 0), (-2, 500), (951_782_400, 250), (951_868_799, 999), (1_796_638_366, 598), (4_102_444_799, 999),
        (946_684_800, 1), (1_709_164_800, 42), (253_402_300_799, 999), (-12_219_292_800, 0),
    ]

    @Test(arguments: instants)
    func equalsFoundationsISO8601Style(instant: (seconds: Int, milliseconds: Int)) {
        // 0.4 ms past the millisecond, so that Foundation's truncation cannot fall on the millisecond below.
        let date = Date(timeIntervalSince1970: Double(instant.seconds) + (Double(instant.milliseconds) + 0.4) / 1000)
        let expected = Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date)
        #expect(LogTime.text(seconds: instant.seconds, milliseconds: instant.milliseconds) == expected)
    }

    @Test func nowIsTheFormOfTheStyle() throws {
        let before = Date()
        let text = LogTime.now()
        #expect(text.count == 24)
        let parsed = try Date.ISO8601FormatStyle(includingFractionalSeconds: true).parseStrategy.parse(text)
        #expect(abs(parsed.timeIntervalSince(before)) < 5)
    }
}
