#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The time of a log line in UTC, as ISO 8601 with milliseconds ("2026-12-07T10:12:46.598Z"), the form of
/// Foundation's `Date.ISO8601FormatStyle(includingFractionalSeconds: true)`, written without it: the style went
/// through a Gregorian calendar's date components for every line (a fifth of the log line's cost).
enum LogTime {
    /// Now, to the millisecond (truncated, as the style does).
    static func now() -> String {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return text(seconds: Int(time.tv_sec), milliseconds: Int(time.tv_nsec) / 1_000_000)
    }

    /// `seconds` since 1970-01-01T00:00:00Z plus `milliseconds` (0–999).
    static func text(seconds: Int, milliseconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        // Each field's value and digits; after it, its separator from `separators`.
        let fields: [(Int, Int)] = [(year, 4), (month, 2), (day, 2), (secondOfDay / 3_600, 2), (secondOfDay / 60 % 60, 2), (secondOfDay % 60, 2), (milliseconds, 3)]
        return String(unsafeUninitializedCapacity: 24) { buffer in
            var position = 0
            for (index, (value, width)) in fields.enumerated() {
                var remaining = value
                for offset in stride(from: width - 1, through: 0, by: -1) {
                    buffer[position + offset] = UInt8(ascii: "0") + UInt8(remaining % 10)
                    remaining /= 10
                }
                position += width
                buffer[position] = separators[index]
                position += 1
            }
            return position
        }
    }

    private static let separators = Array("--T::.Z".utf8)

    /// The Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`); the text has four
    /// digits of year, so years 1583–9999 (the style counts Julian days before 1582-10-15).
    private static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
